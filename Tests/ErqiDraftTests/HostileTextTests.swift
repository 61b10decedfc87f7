import ErqiCore
import ErqiDraft
import Testing

/// The drafter never traps on hostile text, cites only lines that exist, and gives the same draft twice.
struct HostileTextTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [Character] = Array(
        "0123456789０１２.%~-年月日第届个项所亿万千百十一二三四五六七八九两几数余多近约超以上内确保力争完成了同比增长累计上下半年全覆盖“”‘’「」，、。；：,;:\n\n\r\n \t\u{200B}\u{202E}元人次强的项目区将发力点一年来"
    )

    @Test(arguments: 0..<40)
    func hostileTextNeverTrapsAndCitesRealLines(seed: Int) {
        var generator = SplitMix(state: UInt64(seed))
        let length = Int.random(in: 0...400, using: &generator)
        let text = String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "0" })
        let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        let draft = ReportDrafter(year: 2022).draft(text)
        for figure in draft.figures {
            #expect((1...max(1, lineCount)).contains(figure.line), "seed \(seed): line \(figure.line)")
            #expect(!figure.literal.isEmpty)
        }
        for left in draft.leftOut {
            #expect((1...max(1, lineCount)).contains(left.line), "seed \(seed): left-out line \(left.line)")
        }
        #expect(ReportDrafter(year: 2022).draft(text) == draft)
    }
}
