import Testing

@testable import ErqiCore

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
        // The lexicon's digit tables agree with `==` on a compatibility ideograph that is not the same character.
        let compatibility = Character("\u{F9FD}")
        #expect((compatibility == "十") == (QuantityLexicon.smallUnitPower(compatibility) == 1))
        #expect(QuantityLexicon.chineseDigit("兩") == 2)
        #expect(QuantityLexicon.chineseDigit("7") == nil)
        #expect(QuantityLexicon.bigUnitPower("億") == 8)
        #expect(QuantityLexicon.tensWord("卅") == 3)
        #expect(QuantityLexicon.isDatePart("號"))
        #expect(QuantityLexicon.isRangeConnector("—"))
        #expect(!QuantityLexicon.isRangeConnector("+"))
    }
}
