import ErqiCore
import ErqiReporting
import Testing

/// Issue #13, points 8 and 14: `TerminalSafeText.escaped` shows every character that could control a terminal.
struct TerminalSafeTextTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "\\u{1B}[31mred\\u{1B}[0m"),
        ("\u{1B}]0;owned\u{07}title", "\\u{1B}]0;owned\\u{07}title"),
        ("\u{9B}2J", "\\u{9B}2J"),
        ("over\rwrite", "over\\u{0D}write"),
        ("two\nlines\ttab", "two\\u{0A}lines\\u{09}tab"),
        ("nul\u{00} del\u{7F} c1\u{85}\u{9F}", "nul\\u{00} del\\u{7F} c1\\u{85}\\u{9F}"),
        ("abc\u{202E}def\u{202C}", "abc\\u{202E}def\\u{202C}"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", "\\u{2066}\\u{2067}\\u{2068}\\u{2069}"),
        ("\u{200E}\u{200F}\u{061C}", "\\u{200E}\\u{200F}\\u{61C}"),
        ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
    ])
    func controlsAreShownAsCodePoints(_ input: String, _ expected: String) {
        #expect(TerminalSafeText.escaped(input) == expected)
    }

    @Test(arguments: ["二七区老旧小区改造", "emoji 👩‍👩‍👧 🇨🇳 ✅ 🏗️", "é (e\u{301})", "مرحبا עברית", "a\\u{1B}", ""])
    func printableTextIsUnchanged(_ text: String) {
        #expect(TerminalSafeText.escaped(text) == text)
    }

    /// Every scalar below U+3000 either comes out unchanged or as escapes: nothing the function lets through is a
    /// control character.
    @Test func nothingLeftIsAControl() {
        let all = String(String.UnicodeScalarView((0..<0x3000).compactMap(Unicode.Scalar.init)))
        let escaped = TerminalSafeText.escaped(all)
        let controls = escaped.unicodeScalars.filter {
            $0.properties.generalCategory == .control
                || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }
        #expect(controls.isEmpty)
        #expect(escaped.contains("\\u{1B}"))
    }
}
