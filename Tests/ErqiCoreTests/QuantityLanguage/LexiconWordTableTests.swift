import Testing

@testable import ErqiCore
@testable import ErqiNumbers

@Suite struct LexiconWordTableTests {
    private let table = LexiconWordTable<Int>([("个百分点", 1), ("个", 2), ("以上", 3), ("以", 4), ("百分点", 5)])

    @Test func theFirstWordInListOrderWins() {
        let characters = Array("3个百分点以上")
        #expect(table.first(in: characters, at: 1)?.length == 4)
        #expect(table.first(in: characters, at: 1)?.meaning == 1)
        #expect(table.first(in: characters, at: 5)?.meaning == 3)
        // Only 个 fits when the longer word runs past the end.
        let short = Array("3个百分")
        #expect(table.first(in: short, at: 1)?.meaning == 2)
        #expect(table.first(in: short, at: 1)?.length == 1)
    }

    @Test func aWordThatIsNotAcceptedGivesWayToTheNextCandidate() {
        let characters = Array("以上")
        let found = table.first(in: characters, at: 0) { end in end == 1 }
        #expect(found?.meaning == 4)
        #expect(table.first(in: characters, at: 0) { _ in false } == nil)
    }

    @Test func positionsWithoutAWordGiveNothing() {
        let characters = Array("3个")
        #expect(table.first(in: characters, at: 0) == nil)
        #expect(table.first(in: characters, at: 2) == nil)
        #expect(table.first(in: characters, at: -1) == nil)
        #expect(table.first(in: [], at: 0) == nil)
    }

    @Test func charactersMatchByCanonicalEquivalenceAsWithEquals() {
        // "é" written as e and a combining accent is the same Character as the precomposed é.
        let accented = LexiconWordTable<Int>([("\u{E9}t\u{E9}", 7)])
        let decomposed = Array("e\u{301}te\u{301}")
        #expect(decomposed.count == 3)
        #expect(accented.first(in: decomposed, at: 0)?.meaning == 7)
        // U+F978 is canonically 兩 (U+5169), so `==` and the table both take it for the word's first character;
        // U+F9FD is canonically 什, not 十, and neither does.
        let pair = LexiconWordTable<Int>([("兩个", 8), ("十个", 9)])
        #expect(Character("\u{F978}") == "兩")
        #expect(pair.first(in: ["\u{F978}", "个"], at: 0)?.meaning == 8)
        #expect(Character("\u{F9FD}") != "十")
        #expect(pair.first(in: ["\u{F9FD}", "个"], at: 0) == nil)
        #expect(QuantityLexicon.chineseDigit("兩") == 2)
        #expect(QuantityLexicon.chineseDigit("7") == nil)
        #expect(QuantityLexicon.bigUnitPower("億") == 8)
        #expect(QuantityLexicon.tensWord("卅") == 3)
        #expect(QuantityLexicon.isDatePart("號"))
        #expect(QuantityLexicon.isRangeConnector("—"))
        #expect(!QuantityLexicon.isRangeConnector("+"))
    }
}

/// The numeral classifications, which look characters up in dictionaries, against the chains of `==` they
/// replaced, on every scalar of the Basic Multilingual Plane and of the supplementary ideographic plane
/// (CJK extension B onwards and the compatibility ideographs that canonically decompose to ideographs), and
/// on characters of several scalars.
@Suite struct NumeralClassificationTests {
    private static func referenceDigit(_ character: Character) -> Int? {
        switch character {
        case "零", "〇": 0
        case "一", "壹": 1
        case "二", "两", "贰", "貳", "兩": 2
        case "三", "叁", "參": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆", "陸": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    private static func referencePowers(_ character: Character) -> [Int?] {
        let small: Int? =
            switch character {
            case "十", "拾": 1
            case "百", "佰": 2
            case "千", "仟": 3
            default: nil
            }
        let big: Int? =
            switch character {
            case "万", "萬": 4
            case "亿", "億": 8
            default: nil
            }
        let tens: Int? =
            switch character {
            case "廿": 2
            case "卅": 3
            default: nil
            }
        return [small, big, tens]
    }

    private static func classified(_ character: Character) -> [Int?] {
        [
            QuantityLexicon.chineseDigit(character), QuantityLexicon.smallUnitPower(character),
            QuantityLexicon.bigUnitPower(character), QuantityLexicon.tensWord(character),
        ]
    }

    @Test func agreeWithTheChainsOfEqualsOnEveryScalar() {
        var mismatches: [String] = []
        var found = 0
        for value in Array(0...0xFFFF) + Array(0x2_0000...0x2_FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            let expected = [Self.referenceDigit(character)] + Self.referencePowers(character)
            let actual = Self.classified(character)
            if actual != expected { mismatches.append(String(value, radix: 16)) }
            if actual.contains(where: { $0 != nil }) { found += 1 }
        }
        #expect(mismatches.isEmpty)
        // 25 digits, 6 small units, 4 big units and 2 tens words, and six compatibility ideographs that are
        // canonically the same characters: U+F96B 參, U+F973 拾, U+F978 兩, U+F9B2 零, U+F9D1 六, U+F9D3 陸.
        #expect(found == 43)
        #expect(QuantityLexicon.chineseDigit(Character("\u{F9B2}")) == 0)
        #expect(QuantityLexicon.smallUnitPower(Character("\u{F973}")) == 1)
    }

    @Test func agreeOnCharactersOfSeveralScalars() {
        let characters: [Character] = ["一\u{301}", "二\u{FE00}", "\u{5341}\u{20DD}", "e\u{301}", "\r\n", "万\u{200D}"]
        for character in characters {
            #expect(
                Self.classified(character) == [Self.referenceDigit(character)] + Self.referencePowers(character))
            #expect(Self.classified(character) == [nil, nil, nil, nil])
        }
    }
}
