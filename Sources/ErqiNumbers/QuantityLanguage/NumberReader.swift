/// How strictly the quantity language reads text.
enum ReadingMode {
    /// The text must be exactly a quantity (``QuantityLanguage/parse(_:)``): anything odd is an error.
    case whole
    /// Running text (``QuantityLanguage/extract(from:)``): a number ends where its grammar stops, and only
    /// contradictions inside a numeral are errors.
    case running
}

/// A number read from text, before units and qualifiers.
struct ReadNumber {
    /// The exact magnitude (without sign).
    var value: DecimalDigits
    /// Whether a sign (负, -) made it negative.
    var negative: Bool
    /// The offset of its first character (the sign, if any).
    var start: Int
    /// The offset just past its last character.
    var end: Int
    /// The offset of a 多 or 余 written inside the number, before its magnitude (80多万), if any.
    var moreThanOffset: Int?
}

/// Reads one number: Arabic or Chinese digits, 十百千万亿 units, 零, decimals, signs and thousands separators.
///
/// Grammar, in short:
/// - A section below 万 is made of digit–unit pairs in descending order (一千零一十, 两千六); 十 may stand
///   without a digit at the start, after 零 or after 万/亿 (十一, 十万零一千).
/// - 万 multiplies the section before it; 亿 multiplies everything before it (一千一百万亿 is 1100×10¹²).
///   Each is used once per level.
/// - A trailing single digit right after a unit of 百 or more (no 零 between) is one place lower (spoken
///   elision), in Arabic digits as in Chinese ones: 三万五 = 35000, 1万5 = 15000, 一百二 = 120, 3千5 = 3500,
///   2亿5 = 250000000. Arabic parts of two or more digits are taken as written: 1万600 = 10600, 1万05 = 10005.
/// - A decimal (16.4, 一点五) must start the number and may be followed only by its magnitude
///   (十/百/千, then 万, then 亿): 3.1千万, 1.5万亿.
/// - 多/余 may sit between a number and its magnitude: 80多万 (more than 800000).
struct NumberReader {
    private let characters: [Character]
    private let mode: ReadingMode
    private let start: Int
    private var index: Int

    private var negative = false
    private var yi = DecimalDigits.zero
    private var yiUsed = false
    private var wan = DecimalDigits.zero
    private var wanUsed = false
    private var group = DecimalDigits.zero
    private var groupLastPower: Int?
    private var pending: Pending?
    private var last = Token.start
    private var lastZeroOffset = 0
    private var zeroSinceUnit = false
    private var sectionHasContent = false
    private var consumedAny = false

    private enum Token: Equatable {
        case start, digit, zero, smallUnit(Int), bigUnit(Int)
    }

    /// A digit or Arabic number waiting for the unit that says what place it has.
    private struct Pending {
        var value: DecimalDigits
        var offset: Int
        var isArabic: Bool
        var isZero: Bool
        /// The power of ten a lone digit takes when nothing follows it (spoken elision: 三万五, 1万5), if any.
        var elisionPower: Int?
    }

    /// Creates a reader.
    /// - Parameters:
    ///   - characters: The normalized input.
    ///   - start: Where the number starts (a sign or a numeral character).
    ///   - mode: How strictly to read.
    init(characters: [Character], start: Int, mode: ReadingMode) {
        self.characters = characters
        self.start = start
        self.index = start
        self.mode = mode
    }

    /// Reads the number.
    /// - Returns: The number and where it ends.
    /// - Throws: ``QuantityParseError`` when the characters contradict the grammar of numbers.
    mutating func read() throws(QuantityParseError) -> ReadNumber {
        if index < characters.count, QuantityLexicon.isNegativeSign(characters[index]) {
            negative = true
            index += 1
            guard index < characters.count, QuantityLexicon.canStartNumeral(characters[index]) else {
                throw .missingNumber(offset: index)
            }
        }
        while index < characters.count {
            let character = characters[index]
            if QuantityLexicon.asciiDigit(character) != nil {
                if let decimal = try readArabic() { return decimal }
            } else if let digit = QuantityLexicon.chineseDigit(character) {
                if digit == 0 { try readZero() } else { try readDigit(digit) }
            } else if let power = QuantityLexicon.smallUnitPower(character) {
                if startsUnitWord(at: index) { break }
                try readSmallUnit(power)
            } else if let tens = QuantityLexicon.tensWord(character) {
                try readTens(tens)
            } else if let power = QuantityLexicon.bigUnitPower(character) {
                try readBigUnit(power)
            } else if QuantityLexicon.isChinesePoint(character) {
                if let decimal = try readChinesePoint() { return decimal }
                break
            } else if QuantityLexicon.isMoreThanMarker(character) {
                if let number = try readMoreThanBeforeMagnitude() { return number }
                break
            } else if consumedAny, let next = bigUnitAfterGap(from: index), next > index {
                index = next
            } else {
                break
            }
        }
        return try finish()
    }

    // MARK: - Tokens

    private mutating func readDigit(_ digit: Int) throws(QuantityParseError) {
        if pending != nil { throw .digitAfterDigit(offset: index) }
        pending = Pending(
            value: DecimalDigits(digit), offset: index, isArabic: false, isZero: false,
            elisionPower: elisionPowerAfterLastUnit())
        last = .digit
        consumedAny = true
        sectionHasContent = true
        index += 1
    }

    /// The place a lone digit takes when it ends the number right after a unit of 百 or more with no 零 between
    /// (spoken elision: 三万五 and 1万5 are 35000 and 15000, 一百二 is 120), or `nil`.
    private func elisionPowerAfterLastUnit() -> Int? {
        guard !zeroSinceUnit else { return nil }
        switch last {
        case .smallUnit(let power) where power >= 2: return power - 1
        case .bigUnit(let power): return power - 1
        default: return nil
        }
    }

    private mutating func readZero() throws(QuantityParseError) {
        if pending != nil { throw .digitAfterDigit(offset: index) }
        if !consumedAny {
            pending = Pending(value: .zero, offset: index, isArabic: false, isZero: true, elisionPower: nil)
            last = .digit
            consumedAny = true
            sectionHasContent = true
            index += 1
            return
        }
        if last == .zero { throw .misplacedZero(offset: index) }
        zeroSinceUnit = true
        last = .zero
        lastZeroOffset = index
        index += 1
    }

    private mutating func readSmallUnit(_ power: Int) throws(QuantityParseError) {
        let value: DecimalDigits
        if let waiting = pending {
            if waiting.isZero { throw .misplacedZero(offset: waiting.offset) }
            if waiting.isArabic {
                guard let number = waiting.value.smallInteger, (1...9).contains(number) else {
                    throw .invalidCoefficient(offset: waiting.offset)
                }
            }
            value = waiting.value.shifted(by: power)
        } else {
            let standsAlone: Bool
            switch last {
            case .start, .zero, .bigUnit: standsAlone = power == 1
            default: standsAlone = false
            }
            guard standsAlone else { throw .unitWithoutDigit(offset: index) }
            value = DecimalDigits(10)
        }
        if let lastPower = groupLastPower, power >= lastPower { throw .unitOutOfOrder(offset: index) }
        group = group.adding(value)
        groupLastPower = power
        pending = nil
        zeroSinceUnit = false
        last = .smallUnit(power)
        consumedAny = true
        sectionHasContent = true
        index += 1
    }

    private mutating func readTens(_ tens: Int) throws(QuantityParseError) {
        if pending != nil { throw .digitAfterDigit(offset: index) }
        if let lastPower = groupLastPower, 1 >= lastPower { throw .unitOutOfOrder(offset: index) }
        group = group.adding(DecimalDigits(tens * 10))
        groupLastPower = 1
        zeroSinceUnit = false
        last = .smallUnit(1)
        consumedAny = true
        sectionHasContent = true
        index += 1
    }

    private mutating func readBigUnit(_ power: Int) throws(QuantityParseError) {
        if power == 4 ? wanUsed : yiUsed { throw .repeatedMagnitude(offset: index) }
        if let waiting = pending, waiting.isZero { throw .misplacedZero(offset: waiting.offset) }
        if last == .zero { throw .misplacedZero(offset: lastZeroOffset) }
        guard sectionHasContent || (power == 8 && wanUsed) else { throw .unitWithoutDigit(offset: index) }
        let overflowOffset = pending?.offset ?? index
        let units = try pendingAsUnits()
        if power == 4 {
            let section = group.adding(units)
            if yiUsed, !section.isLess(thanPowerOfTen: 4) { throw .positionOverflow(offset: overflowOffset) }
            wan = section.shifted(by: 4)
            wanUsed = true
        } else {
            yi = wan.adding(group).adding(units).shifted(by: 8)
            yiUsed = true
            wan = .zero
            wanUsed = false
        }
        group = .zero
        groupLastPower = nil
        pending = nil
        zeroSinceUnit = false
        sectionHasContent = false
        last = .bigUnit(power)
        consumedAny = true
        index += 1
    }

    /// Reads an Arabic number; returns the finished number when it is a decimal (which ends the number).
    private mutating func readArabic() throws(QuantityParseError) -> ReadNumber? {
        let begin = index
        let literal = try scanArabicLiteral()
        if literal.isDecimal {
            guard !consumedAny else { throw .misplacedDecimal(offset: begin) }
            consumedAny = true
            return try finishDecimal(literal.value, allowMagnitude: true)
        }
        if pending != nil { throw .digitAfterDigit(offset: begin) }
        // A single Arabic digit right after 百/千/万/亿 is elided like a Chinese one: 1万5 = 15000, 3千5 = 3500.
        let isSingleDigit = index - begin == 1 && !literal.value.isZero
        pending = Pending(
            value: literal.value, offset: begin, isArabic: true, isZero: false,
            elisionPower: isSingleDigit ? elisionPowerAfterLastUnit() : nil)
        last = .digit
        consumedAny = true
        sectionHasContent = true
        return nil
    }

    /// Reads 点 and the digits after it; returns `nil` (number ends before 点) in running text without digits.
    private mutating func readChinesePoint() throws(QuantityParseError) -> ReadNumber? {
        let pointOffset = index
        guard consumedAny, last != .zero else {
            if mode == .whole { throw .missingNumber(offset: pointOffset) }
            return nil
        }
        var position = index + 1
        var fraction: [UInt8] = []
        while position < characters.count {
            let character = characters[position]
            if let digit = QuantityLexicon.asciiDigit(character) {
                fraction.append(digit)
            } else if let digit = QuantityLexicon.chineseDigit(character), character != "两", character != "兩" {
                fraction.append(UInt8(digit))
            } else {
                break
            }
            position += 1
        }
        if fraction.isEmpty {
            if mode == .whole { throw .missingFractionDigits(offset: pointOffset + 1) }
            return nil
        }
        if fraction.count > 400 { throw .tooManyDigits(offset: pointOffset + 1) }
        let integer = try total()
        let value = integer.adding(DecimalDigits(digits: fraction, exponent: -fraction.count))
        index = position
        if index < characters.count,
            characters[index] == "." || QuantityLexicon.isChinesePoint(characters[index])
        {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let digitFollows = QuantityLexicon.asciiDigit(next) != nil || QuantityLexicon.chineseDigit(next) != nil
            if mode == .whole || digitFollows { throw .secondDecimalPoint(offset: index) }
        }
        return try finishDecimal(value, allowMagnitude: !(yiUsed || wanUsed))
    }

    /// Reads 多/余 followed by a magnitude (80多万); returns `nil` when no magnitude follows.
    private mutating func readMoreThanBeforeMagnitude() throws(QuantityParseError) -> ReadNumber? {
        guard consumedAny, last != .zero, !yiUsed else { return nil }
        let markerOffset = index
        let next = gapEnd(from: index + 1)
        guard next < characters.count, let power = QuantityLexicon.bigUnitPower(characters[next]) else { return nil }
        if wanUsed && power == 4 { return nil }
        var value = try total()
        index = next
        if !wanUsed, index < characters.count, characters[index] == "万" || characters[index] == "萬" {
            value = value.shifted(by: 4)
            index += 1
        }
        if let after = bigUnitAfterGap(from: index, power: 8) {
            value = value.shifted(by: 8)
            index = after + 1
        }
        if index < characters.count, QuantityLexicon.isNumeralCharacter(characters[index]),
            !isSentencePunctuation(at: index), !startsNewWord(at: index)
        {
            throw .unexpectedCharacter(characters[index], offset: index)
        }
        return ReadNumber(value: value, negative: negative, start: start, end: index, moreThanOffset: markerOffset)
    }

    // MARK: - Ending

    /// The value of everything read so far.
    private func total() throws(QuantityParseError) -> DecimalDigits {
        yi.adding(wan).adding(group).adding(try pendingAsUnits())
    }

    /// The waiting digit taken as the last place of its section, with the spoken elision for a lone digit.
    private func pendingAsUnits() throws(QuantityParseError) -> DecimalDigits {
        guard let waiting = pending else { return .zero }
        if waiting.isArabic, waiting.elisionPower == nil {
            let limit: Int? = groupLastPower ?? (wanUsed ? 4 : (yiUsed ? 8 : nil))
            if let limit, !waiting.value.isLess(thanPowerOfTen: limit) {
                throw .positionOverflow(offset: waiting.offset)
            }
            return waiting.value
        }
        return waiting.value.shifted(by: waiting.elisionPower ?? 0)
    }

    private mutating func finish() throws(QuantityParseError) -> ReadNumber {
        guard consumedAny else { throw .missingNumber(offset: index) }
        if last == .zero { throw .misplacedZero(offset: lastZeroOffset) }
        let value = try total()
        return ReadNumber(value: value, negative: negative, start: start, end: index, moreThanOffset: nil)
    }

    /// Applies the magnitude after a decimal (十/百/千, then 万, then 亿) and ends the number.
    private mutating func finishDecimal(_ decimal: DecimalDigits, allowMagnitude: Bool) throws(QuantityParseError)
        -> ReadNumber
    {
        var value = decimal
        if allowMagnitude {
            if index < characters.count, let power = QuantityLexicon.smallUnitPower(characters[index]),
                !startsUnitWord(at: index)
            {
                value = value.shifted(by: power)
                index += 1
            }
            if let at = bigUnitAfterGap(from: index, power: 4) {
                value = value.shifted(by: 4)
                index = at + 1
            }
            if let at = bigUnitAfterGap(from: index, power: 8) {
                value = value.shifted(by: 8)
                index = at + 1
            }
        }
        if index < characters.count, QuantityLexicon.isNumeralCharacter(characters[index]),
            !startsUnitWord(at: index), !isSentencePunctuation(at: index), !startsNewWord(at: index)
        {
            let character = characters[index]
            if QuantityLexicon.isChinesePoint(character) {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let digitFollows = QuantityLexicon.asciiDigit(next) != nil || QuantityLexicon.chineseDigit(next) != nil
                if digitFollows { throw .secondDecimalPoint(offset: index) }
                if mode == .whole { throw .missingFractionDigits(offset: index + 1) }
            } else {
                throw .trailingAfterDecimal(offset: index)
            }
        }
        return ReadNumber(value: value, negative: negative, start: start, end: index, moreThanOffset: nil)
    }

    // MARK: - Arabic numbers

    private struct ArabicLiteral {
        var value: DecimalDigits
        var isDecimal: Bool
    }

    /// Scans digits with optional thousands separators and an optional `.` fraction.
    private mutating func scanArabicLiteral() throws(QuantityParseError) -> ArabicLiteral {
        let begin = index
        var integer: [UInt8] = []
        var firstGroupSize: Int?
        var firstSeparator: Int?
        var lastSeparator: Int?
        var fault: Int?
        var current = 0
        var position = index
        while position < characters.count {
            let character = characters[position]
            if let digit = QuantityLexicon.asciiDigit(character) {
                if integer.count > 400 { throw .tooManyDigits(offset: begin) }
                integer.append(digit)
                current += 1
                position += 1
            } else if isThousandsSeparator(character), position + 1 < characters.count,
                QuantityLexicon.asciiDigit(characters[position + 1]) != nil
            {
                // Groups are checked as they close, so a long run of bad separators is not rescanned.
                if let lastSeparator {
                    if current != 3 { fault = lastSeparator }
                } else {
                    firstGroupSize = current
                    firstSeparator = position
                    if current > 3 { fault = position }
                }
                if fault != nil { break }
                lastSeparator = position
                current = 0
                position += 1
            } else {
                break
            }
        }
        if fault == nil, let lastSeparator, current != 3 { fault = lastSeparator }
        if let fault, let firstSeparator, let firstGroupSize {
            if mode == .whole { throw .misplacedSeparator(offset: fault) }
            // In running text a comma that does not group thousands ends the number.
            index = firstSeparator
            let digits = Array(integer.prefix(firstGroupSize))
            return ArabicLiteral(value: DecimalDigits(digits: digits, exponent: 0), isDecimal: false)
        }
        if integer.count > 400 { throw .tooManyDigits(offset: begin) }
        var fraction: [UInt8] = []
        var isDecimal = false
        if position < characters.count, characters[position] == "." {
            let next = position + 1 < characters.count ? characters[position + 1] : " "
            if QuantityLexicon.asciiDigit(next) != nil {
                isDecimal = true
                position += 1
                while position < characters.count, let digit = QuantityLexicon.asciiDigit(characters[position]) {
                    fraction.append(digit)
                    position += 1
                }
                if fraction.count > 400 { throw .tooManyDigits(offset: begin) }
                if position < characters.count, characters[position] == "." {
                    let after = position + 1 < characters.count ? characters[position + 1] : " "
                    if mode == .whole || QuantityLexicon.asciiDigit(after) != nil {
                        throw .secondDecimalPoint(offset: position)
                    }
                }
                if mode == .whole, position + 1 < characters.count, isThousandsSeparator(characters[position]),
                    QuantityLexicon.asciiDigit(characters[position + 1]) != nil
                {
                    throw .misplacedSeparator(offset: position)
                }
            } else if mode == .whole {
                if next == "." { throw .secondDecimalPoint(offset: position + 1) }
                throw .missingFractionDigits(offset: position + 1)
            }
        }
        index = position
        return ArabicLiteral(
            value: DecimalDigits(digits: integer + fraction, exponent: -fraction.count), isDecimal: isDecimal)
    }

    private func isThousandsSeparator(_ character: Character) -> Bool {
        character == "," || (mode == .whole && character == "，")
    }

    // MARK: - Lookahead

    /// Whether a unit word that starts with a numeral character starts here (百分点, 千米).
    private func startsUnitWord(at position: Int) -> Bool {
        QuantityLexicon.matches("百分点", in: characters, at: position)
            || QuantityLexicon.matches("千米", in: characters, at: position)
    }

    /// Whether, in running text, a Chinese digit after a finished number starts another word (80多万二七人).
    private func startsNewWord(at position: Int) -> Bool {
        guard mode == .running, let digit = QuantityLexicon.chineseDigit(characters[position]) else {
            return false
        }
        return digit != 0
    }

    /// Whether the character is a comma or point used as punctuation, not inside the number.
    ///
    /// In running text a comma always is (many reports write `,` for `，`); otherwise a comma or point is
    /// punctuation when no digit follows it.
    private func isSentencePunctuation(at position: Int) -> Bool {
        let character = characters[position]
        guard character == "," || character == "." else { return false }
        if mode == .running && character == "," { return true }
        let next = position + 1 < characters.count ? characters[position + 1] : " "
        return QuantityLexicon.asciiDigit(next) == nil
    }

    /// The offset of a big unit after optional spaces and at most one line break, or `nil`.
    private func bigUnitAfterGap(from position: Int, power: Int? = nil) -> Int? {
        let next = gapEnd(from: position)
        guard next < characters.count, let found = QuantityLexicon.bigUnitPower(characters[next]) else { return nil }
        if let power, power != found { return nil }
        return next
    }

    /// The offset after spaces, at most one line break, and spaces.
    private func gapEnd(from position: Int) -> Int {
        PhraseParser.gapEnd(in: characters, from: position)
    }
}
