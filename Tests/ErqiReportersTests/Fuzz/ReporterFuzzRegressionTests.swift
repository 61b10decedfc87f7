import ErqiCSVReporter
import ErqiCore
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiReporting
import Foundation
import Testing

/// Bugs found by the `reporters` fuzz target (`scripts/fuzz reporters`); the inputs are in
/// `Fuzz/Reporters/regressions/`.
struct ReporterFuzzRegressionTests {
    /// `Fuzz/Reporters/regressions/json-nan-quantity`: a quantity writes its value as exact text and reads it
    /// back (an ``ExactDecimal`` has no NaN, so the NaN case that input found can no longer be built).
    @Test func jsonStillWritesFiniteQuantities() throws {
        var scorecard = ReporterFixtures.erqi2020
        scorecard.achievements = [
            Observation(
                id: "tiny", indicator: "investment", period: try Period.year(2020),
                value: Quantity(value: try ExactDecimal(significand: -7, exponent: -30), unit: .yuan))
        ]
        let json = try JSONReporter().render(scorecard)
        #expect(try JSONDecoder().decode(Scorecard.self, from: Data(json.utf8)) == scorecard)
    }

    /// `Fuzz/Reporters/regressions/markdown-c1-control`: C1 control characters (U+0080–U+009F, such as the 8-bit
    /// CSI U+009B, which terminals act on) passed through into Markdown; they now become U+FFFD, as C0 ones do
    /// (NEL, U+0085, is a line break and becomes a space).
    @Test func markdownReplacesC1Controls() {
        #expect(
            MarkdownReporter.escaped("a\u{9B}b\u{85}c\u{80}d\u{9F}e\u{A0}") == "a\u{FFFD}b c\u{FFFD}d\u{FFFD}e\u{A0}")
    }

    /// The same for code spans (source ids in the list of sources), where line separators become spaces too.
    @Test func markdownCodeSpansHoldNoControls() throws {
        var scorecard = ReporterFixtures.erqi2020
        scorecard.sources[0].id = Source.ID("s\u{9B}1\u{2028}2\u{85}3\u{7F}4")
        let markdown = try MarkdownReporter().render(scorecard)
        #expect(markdown.contains("- `s 1 2 3 4`"))
        for scalar in markdown.unicodeScalars {
            #expect(
                !(0x7F..<0xA0).contains(scalar.value) && scalar != "\u{2028}", "U+\(String(scalar.value, radix: 16))")
        }
    }
}

/// Found by the reporters fuzz target: a quote followed by a combining mark was not doubled, so the CSV was
/// malformed and a crafted title could push a formula into the next cell.
struct CSVQuoteWithCombiningMarkTests {
    @Test func quotesAreDoubledScalarByScalar() throws {
        var scorecard = ReporterFixtures.erqi2020
        scorecard.plans[0].title = LocalizedText(zh: "x\"\u{301},=cmd|' /C calc'!A0")
        let csv = try CSVReporter().render(scorecard)
        #expect(csv.contains("\"x\"\"\u{301},=cmd|' /C calc'!A0\""))
    }
}
