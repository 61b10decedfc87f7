/// The words of the quantity language: numerals, qualifiers, units and measure words.
///
/// Everything here is a table or a one-character classification, so that the grammar in ``NumberParser`` and
/// ``PhraseParser`` reads as grammar.
enum QuantityLexicon {
    // MARK: - Normalization

    /// Maps full-width digits and punctuation to their ASCII forms, one character for one character, so that
    /// character offsets stay those of the input.
    ///
    /// The full-width comma `，` is deliberately kept: it is a sentence comma in running text, and only
    /// ``QuantityLanguage/parse(_:)`` accepts it as a thousands separator.
    /// - Parameter character: A character of the input.
    /// - Returns: The normalized character.
    static func normalized(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return character }
        switch scalar.value {
        case 0xFF10...0xFF19:
            return Character(Unicode.Scalar(UInt8(scalar.value - 0xFF10) + 0x30))
        case 0xFF0E: return "."
        case 0xFF05: return "%"
        case 0xFF0D, 0x2212: return "-"
        case 0xFF5E, 0x301C: return "~"
        case 0x3000, 0x00A0: return " "
        default: return character
        }
    }

    // MARK: - Numerals

    // Each table below is a dictionary: `Character` hashes and compares by canonical equivalence, so a look-up
    // finds exactly the characters a chain of `==` would, with one hash instead of a dozen string comparisons.

    private static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "貳": 2, "兩": 2, "三": 3, "叁": 3, "參": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
        "玖": 9,
    ]
    private static let smallUnitPowers: [Character: Int] = ["十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3]
    private static let bigUnitPowers: [Character: Int] = ["万": 4, "萬": 4, "亿": 8, "億": 8]
    private static let tensWords: [Character: Int] = ["廿": 2, "卅": 3]

    /// The value of a Chinese digit (零〇一二两三四五六七八九 and the formal 壹贰叁肆伍陆柒捌玖), or `nil`.
    static func chineseDigit(_ character: Character) -> Int? {
        character.isASCII ? nil : chineseDigits[character]
    }

    /// The power of ten of a unit below 万: 十/拾 1, 百/佰 2, 千/仟 3.
    static func smallUnitPower(_ character: Character) -> Int? {
        character.isASCII ? nil : smallUnitPowers[character]
    }

    /// The power of ten of a large unit: 万/萬 4, 亿/億 8.
    static func bigUnitPower(_ character: Character) -> Int? {
        character.isASCII ? nil : bigUnitPowers[character]
    }

    /// The number of tens written by one character: 廿 (20) is 2, 卅 (30) is 3.
    static func tensWord(_ character: Character) -> Int? {
        character.isASCII ? nil : tensWords[character]
    }

    /// The ASCII value of a digit `0`–`9` (after normalization), or `nil`.
    static func asciiDigit(_ character: Character) -> UInt8? {
        guard let ascii = character.asciiValue, ascii >= 0x30, ascii <= 0x39 else { return nil }
        return ascii - 0x30
    }

    /// Whether the character is the Chinese decimal point 点 (點).
    static func isChinesePoint(_ character: Character) -> Bool {
        character == "点" || character == "點"
    }

    /// Whether the character is written inside a numeral: a digit, a Chinese digit or unit, a point or a separator.
    static func isNumeralCharacter(_ character: Character) -> Bool {
        asciiDigit(character) != nil || chineseDigit(character) != nil || smallUnitPower(character) != nil
            || bigUnitPower(character) != nil || tensWord(character) != nil || character == "."
            || character == "," || isChinesePoint(character)
    }

    /// Whether a numeral can start with this character (not 百, 千, 万 or 亿, which need a digit before them).
    static func canStartNumeral(_ character: Character) -> Bool {
        asciiDigit(character) != nil || chineseDigit(character) != nil || character == "十" || character == "拾"
            || tensWord(character) != nil
    }

    /// Whether the character is a sign that makes a number negative (负, or a minus after normalization).
    static func isNegativeSign(_ character: Character) -> Bool {
        character == "负" || character == "負" || character == "-"
    }

    /// Whether the character is a space that may separate the parts of a quantity (not a line break).
    static func isHorizontalSpace(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }

    /// Whether the character is a CJK ideograph (the basic block and extension A).
    static func isIdeograph(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    /// Whether the character is an ASCII letter.
    static func isLatinLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
    }

    // MARK: - Qualifiers

    /// What a qualifier word says about a figure.
    enum Qualifier: Equatable {
        case comparator(ComparisonOperator)
        case approximation(Approximation)
    }

    /// Qualifiers written before the number, longest first within a shared start.
    static let prefixQualifiers: [(word: String, qualifier: Qualifier)] = [
        ("不少于", .comparator(.atLeast)), ("不低于", .comparator(.atLeast)), ("至少", .comparator(.atLeast)),
        ("不超过", .comparator(.atMost)), ("不高于", .comparator(.atMost)), ("不多于", .comparator(.atMost)),
        ("至多", .comparator(.atMost)), ("最多", .comparator(.atMost)),
        ("超过", .comparator(.greaterThan)), ("多于", .comparator(.greaterThan)), ("高于", .comparator(.greaterThan)),
        ("超", .comparator(.greaterThan)), ("逾", .comparator(.greaterThan)),
        ("不满", .comparator(.lessThan)), ("不到", .comparator(.lessThan)), ("不足", .comparator(.lessThan)),
        ("少于", .comparator(.lessThan)), ("低于", .comparator(.lessThan)),
        ("将近", .approximation(.nearly)), ("接近", .approximation(.nearly)), ("近", .approximation(.nearly)),
        ("大约", .approximation(.about)), ("约", .approximation(.about)),
    ]

    /// English qualifiers written before the number by ``QuantityFormatter`` (read by `parse` only).
    static let englishPrefixQualifiers: [(word: String, qualifier: Qualifier)] = [
        ("more than ", .approximation(.moreThan)), ("nearly ", .approximation(.nearly)),
        ("about ", .approximation(.about)),
    ]

    /// Qualifiers written after the number and unit.
    static let suffixQualifiers: [(word: String, qualifier: Qualifier)] = [
        ("及以上", .comparator(.atLeast)), ("以上", .comparator(.atLeast)),
        ("及以下", .comparator(.atMost)), ("以下", .comparator(.atMost)), ("以内", .comparator(.atMost)),
        ("左右", .approximation(.about)), ("上下", .approximation(.about)),
    ]

    /// ``prefixQualifiers``, ``englishPrefixQualifiers`` and ``suffixQualifiers`` as look-up tables.
    static let prefixQualifierTable = LexiconWordTable(prefixQualifiers.map { ($0.word, $0.qualifier) })
    static let englishPrefixQualifierTable = LexiconWordTable(englishPrefixQualifiers.map { ($0.word, $0.qualifier) })
    static let suffixQualifierTable = LexiconWordTable(suffixQualifiers.map { ($0.word, $0.qualifier) })

    /// Words that make the figure after them a change (增长8%, 下降3%); 了 may follow (增长了8%).
    ///
    /// 新增 (newly added) is deliberately absent: 新增就业1.2万人 counts new jobs, a level. A change word followed by
    /// 到 or 至 names the level reached, not the change (提高到80% is 80%).
    static let changeWordTable = LexiconWordTable<ChangeDirection>([
        ("增长", .increase), ("增加", .increase), ("提高", .increase), ("提升", .increase), ("上升", .increase),
        ("上涨", .increase), ("扩大", .increase),
        ("下降", .decrease), ("减少", .decrease), ("降低", .decrease), ("下跌", .decrease), ("回落", .decrease),
        ("压减", .decrease), ("压缩", .decrease), ("缩减", .decrease), ("缩小", .decrease),
    ])

    /// Words that say a change is measured against the year before; read only before a change word.
    static let yearOnYearTable = LexiconWordTable<Bool>([
        ("同比", true), ("比上年", true), ("较上年", true), ("比去年", true), ("较去年", true),
    ])

    /// Words that say how firmly a figure is promised (确保, 力争): not comparators, see ``Commitment``.
    static let commitmentTable = LexiconWordTable<Commitment>([
        ("确保", .ensure), ("保证", .ensure), ("力争", .strive), ("争取", .strive), ("力求", .strive),
    ])

    /// Words that put a cap on the figure after them (控制在3%以内, 控制在5.5%左右): ≤ unless a suffix says otherwise.
    static let capTable = LexiconWordTable<Bool>([("控制在", true)])

    /// Whether the character marks "more than" (余, 多) after a number.
    static func isMoreThanMarker(_ character: Character) -> Bool {
        character == "余" || character == "多" || character == "餘"
    }

    // MARK: - Units

    /// A unit word and what it means.
    struct UnitWord {
        /// The word as written.
        let word: String
        /// The unit it denotes.
        let unit: QuantityUnit
        /// The power of ten the written number is multiplied by to reach the base unit (−2 for % and 个百分点).
        let scale: Int
    }

    /// The measure words of counts the issue names, kept as written.
    static let knownMeasureWords = ["个", "所", "家", "条", "户", "套", "项", "座", "处", "名", "人", "人次", "场", "次"]

    /// Further measure words accepted after a number in running text, as counts with the word kept.
    ///
    /// Only these (and ``knownMeasureWords``) are read as measure words by ``QuantityLanguage/extract(from:)``:
    /// a character such as 区 in 六区 or 强 in 500强 is not. ``QuantityLanguage/parse(_:)`` accepts any single
    /// ideograph after the number as a measure word.
    static let extraMeasureWords = [
        "件", "类", "张", "台", "辆", "吨", "部", "本", "只", "头", "棵", "株", "间", "栋", "幢", "批", "份", "篇",
        "封", "位", "块", "架", "艘", "宗", "起", "例", "支", "片", "盏", "根", "层", "户次", "架次", "小时", "岁",
        "床位", "班次", "车次", "辆次",
    ]

    /// Every unit word, longest first so that 个百分点 wins over 个 and 平方公里 over 公里.
    static let unitWords: [UnitWord] = {
        var words: [UnitWord] = [
            UnitWord(word: "个百分点", unit: .percentagePoints, scale: -2),
            UnitWord(word: "百分点", unit: .percentagePoints, scale: -2),
            UnitWord(word: "%", unit: .percent, scale: -2),
            UnitWord(word: "平方公里", unit: .squareKilometres, scale: 0),
            UnitWord(word: "平方千米", unit: .squareKilometres, scale: 0),
            UnitWord(word: "平方米", unit: .squareMetres, scale: 0),
            UnitWord(word: "公里", unit: .kilometres, scale: 0),
            UnitWord(word: "千米", unit: .kilometres, scale: 0),
            UnitWord(word: "米", unit: .metres, scale: 0),
            UnitWord(word: "亩", unit: .mu, scale: 0),
            UnitWord(word: "公顷", unit: .hectares, scale: 0),
            UnitWord(word: "微克/立方米", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "微克每立方米", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "μg/m³", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "µg/m³", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "μg/m3", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "µg/m3", unit: .microgramsPerCubicMetre, scale: 0),
            UnitWord(word: "立方米", unit: .cubicMetres, scale: 0),
            UnitWord(word: "吨", unit: .tonnes, scale: 0),
            UnitWord(word: "公斤", unit: .kilograms, scale: 0),
            UnitWord(word: "千克", unit: .kilograms, scale: 0),
            // Beds are counted as 床位 however the text words them: 500张床位, 500个床位, 500床.
            UnitWord(word: "张床位", unit: .count(measureWord: "床位"), scale: 0),
            UnitWord(word: "个床位", unit: .count(measureWord: "床位"), scale: 0),
            UnitWord(word: "张病床", unit: .count(measureWord: "床位"), scale: 0),
            UnitWord(word: "床", unit: .count(measureWord: "床位"), scale: 0),
            UnitWord(word: "元", unit: .yuan, scale: 0),
            UnitWord(word: "个月", unit: .months, scale: 0),
            UnitWord(word: "年", unit: .years, scale: 0),
            UnitWord(word: "天", unit: .days, scale: 0),
            UnitWord(word: "倍", unit: .multiple, scale: 0),
        ]
        for word in knownMeasureWords + extraMeasureWords {
            words.append(UnitWord(word: word, unit: .count(measureWord: word), scale: 0))
        }
        return words.sorted { $0.word.count > $1.word.count }
    }()

    /// English unit words written by ``QuantityFormatter`` in English (read by `parse` only), longest first.
    static let englishUnitWords: [UnitWord] = [
        UnitWord(word: "percentage points", unit: .percentagePoints, scale: -2),
        UnitWord(word: "percentage point", unit: .percentagePoints, scale: -2),
        UnitWord(word: "months", unit: .months, scale: 0),
        UnitWord(word: "month", unit: .months, scale: 0),
        UnitWord(word: "years", unit: .years, scale: 0),
        UnitWord(word: "year", unit: .years, scale: 0),
        UnitWord(word: "times", unit: .multiple, scale: 0),
        UnitWord(word: "days", unit: .days, scale: 0),
        UnitWord(word: "day", unit: .days, scale: 0),
        UnitWord(word: "yuan", unit: .yuan, scale: 0),
        UnitWord(word: "μg/m³", unit: .microgramsPerCubicMetre, scale: 0),
        UnitWord(word: "hectares", unit: .hectares, scale: 0),
        UnitWord(word: "tonnes", unit: .tonnes, scale: 0),
        UnitWord(word: "tonne", unit: .tonnes, scale: 0),
        UnitWord(word: "km²", unit: .squareKilometres, scale: 0),
        UnitWord(word: "kg", unit: .kilograms, scale: 0),
        UnitWord(word: "ha", unit: .hectares, scale: 0),
        UnitWord(word: "m³", unit: .cubicMetres, scale: 0),
        UnitWord(word: "m²", unit: .squareMetres, scale: 0),
        UnitWord(word: "km", unit: .kilometres, scale: 0),
        UnitWord(word: "mu", unit: .mu, scale: 0),
        UnitWord(word: "m", unit: .metres, scale: 0),
    ]

    /// English magnitude words written by ``QuantityFormatter`` in English reports (read by `parse` only).
    static let englishMagnitudes: [(word: String, power: Int)] = [
        ("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3),
    ]

    /// ``unitWords``, ``englishUnitWords`` and ``englishMagnitudes`` as look-up tables.
    static let unitWordTable = LexiconWordTable(unitWords.map { ($0.word, $0) })
    static let englishUnitWordTable = LexiconWordTable(englishUnitWords.map { ($0.word, $0) })
    static let englishMagnitudeTable = LexiconWordTable(englishMagnitudes.map { ($0.word, $0.power) })

    /// Units after which 多 or 余 may follow the unit word: 3年多, 一倍多, 5%多.
    static func takesMoreThanAfterUnit(_ unit: QuantityUnit) -> Bool {
        switch unit {
        case .years, .months, .days, .multiple, .percent, .percentagePoints: true
        default: false
        }
    }

    /// Characters that end a numeral in a date or a time of day (月 日 号 时 点 分 秒): 7月30日 is no quantity.
    static func isDatePart(_ character: Character) -> Bool {
        datePartCharacters.contains(character)
    }
    private static let datePartCharacters: Set<Character> = ["月", "日", "号", "號", "时", "時", "点", "點", "分", "秒"]

    /// Characters that connect the two ends of a range: 1~6月, 2021-2025, 两到三年.
    static func isRangeConnector(_ character: Character) -> Bool {
        rangeConnectorCharacters.contains(character)
    }
    private static let rangeConnectorCharacters: Set<Character> = ["~", "-", "–", "—", "至", "到"]

    /// The units below and above 万 that can start a percentage or fraction (百分之五, 千分之三, 万分之一).
    static let fractionDenominatorCharacters: Set<Character> = ["百", "千", "万", "佰", "仟", "萬"]

    /// Whether the characters at `index` spell `word`.
    /// - Parameters:
    ///   - word: The word to look for.
    ///   - characters: The (normalized) input.
    ///   - index: Where the word would start.
    static func matches(_ word: String, in characters: [Character], at index: Int) -> Bool {
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }
}
