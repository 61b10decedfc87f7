import ErqiCore
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3, 3),
        ("二七区", 6, 6),
        ("ｶﾀｶﾅ", 4, 4),  // halfwidth katakana
        ("ＡＢ", 4, 4),  // fullwidth letters
        ("한국", 4, 4),
        ("“二七”", 6, 8),  // ambiguous quotation marks
        ("— … ① ×", 7, 11),
        ("≥ 518亿元", 9, 10),
        ("e\u{301}", 1, 1),  // combining acute accent
        ("👩‍👩‍👧", 2, 2),  // a ZWJ family is one emoji
        ("🇨🇳", 2, 2),
        ("✅", 2, 2),
        ("🏗️", 2, 2),  // text-default symbol with VS16
        ("a\u{200B}b", 2, 2),
        ("עברית", 5, 5),
        ("", 0, 0),
    ])
    func widths(_ text: String, _ narrow: Int, _ wide: Int) {
        #expect(DisplayWidth.of(text) == narrow, "\(text)")
        #expect(DisplayWidth.of(text, ambiguous: .wide) == wide, "\(text)")
    }

    @Test(arguments: [
        ("老旧小区改造", 7, "老旧小…"),
        ("老旧小区改造", 12, "老旧小区改造"),
        ("老旧小区改造", 6, "老旧…"),
        ("abcdef", 4, "abc…"),
        ("二七", 1, "…"),
        ("二七", 0, ""),
    ])
    func truncatesByDisplayWidth(_ text: String, _ width: Int, _ expected: String) {
        let cut = DisplayWidth.truncate(text, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }

    /// A text's width, counted scalar by scalar when every scalar stands alone, equals the sum of its
    /// characters' widths, for texts mixing those scalars with marks, joiners, emoji and flags (slow path).
    @Test func textWidthEqualsTheSumOfItsCharactersWidths() {
        let pool: [String] = [
            "a", " ", "9", "%", "é", "\u{AD}", "ß", "≥", "–", "…", "“", "①", "×", "→", "、", "。", "二", "七", "区", "Ａ",
            "ｶ", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{200B}", "✅", "🏗", "🇨", "🇳", "한", "\u{3099}", "\u{302A}",
            "ע", "\u{0600}",
        ]
        var seed: UInt64 = 18
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 60)
            var text = ""
            for step in 0..<length { text += pool[Int((seed >> UInt64(step * 4 % 56)) % UInt64(pool.count))] }
            for ambiguous in ReportOptions.AmbiguousWidth.allCases {
                let byCharacter = text.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) }
                #expect(
                    DisplayWidth.of(text, ambiguous: ambiguous) == byCharacter, "\(text.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func tableComesFromAKnownUnicodeVersion() {
        #expect(DisplayWidth.unicodeVersion.split(separator: ".").count == 3)
    }
}

struct TextReporterTests {
    @Test(arguments: [ReportOptions.AmbiguousWidth.narrow, .wide])
    func columnsAlignByDisplayWidth(_ ambiguous: ReportOptions.AmbiguousWidth) throws {
        let text = try TextReporter(options: ReportOptions(ambiguousWidth: ambiguous)).render(ReporterFixtures.erqi2020)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // In every table, each row's last cell (the source) starts at the display column of the last header.
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasSuffix("来源"), lines[index].contains("状态") else { continue }
            let header = lines[index]
            let column = DisplayWidth.of(String(header.dropLast(2)), ambiguous: ambiguous)
            var row = index + 2
            while row < lines.count, !lines[row].isEmpty {
                let cells = lines[row]
                let start = try #require(cells.range(of: "  ", options: .backwards)).upperBound
                #expect(DisplayWidth.of(String(cells[..<start]), ambiguous: ambiguous) == column, "\(cells)")
                row += 1
            }
        }
    }

    @Test(arguments: [40, 60, 80, 100])
    func respectsLineWidth(_ width: Int) throws {
        for ambiguous in ReportOptions.AmbiguousWidth.allCases {
            let options = ReportOptions(lineWidth: width, ambiguousWidth: ambiguous)
            for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
                let text = try TextReporter(options: options).render(scorecard)
                for line in text.split(separator: "\n") {
                    #expect(DisplayWidth.of(String(line), ambiguous: ambiguous) <= width, "\(line)")
                }
            }
        }
        let long = try TextReporter(options: ReportOptions(lineWidth: width)).render(ReporterFixtures.erqi2020)
        #expect(long.contains("…"))
    }

    @Test func colourOnlyWhenAskedAndStatusAlsoInWords() throws {
        let plain = try TextReporter().render(ReporterFixtures.erqi2020)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("x 未达成"))
        let coloured = try TextReporter(options: ReportOptions(colour: true)).render(ReporterFixtures.erqi2020)
        #expect(coloured.contains("\u{1B}[31mx 未达成"))
    }

    @Test(arguments: [
        (true, [String: String](), true),
        (false, [:], false),
        (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false),
        (true, ["TERM": "xterm-256color"], true),
    ])
    func colourWantedOnlyOnATerminalWithoutNoColor(_ isTerminal: Bool, _ environment: [String: String], _ wanted: Bool)
    {
        #expect(ReportOptions.colourWanted(isTerminal: isTerminal, environment: environment) == wanted)
    }

    @Test func dataCannotInjectTerminalEscapes() throws {
        let text = try TextReporter().render(ReporterFixtures.hostile)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
        #expect(!text.contains("\r"))
        #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }

    /// Issue #13, points 8 and 14: control characters and bidirectional controls in data are shown as their code
    /// point, so the reader sees them and the terminal neither runs them nor reorders the line.
    @Test func controlAndBidirectionalCharactersAreShownVisibly() throws {
        let text = try TextReporter(options: ReportOptions(lineWidth: 400)).render(ReporterFixtures.hostile)
        #expect(text.contains("\\u{1B}[31mred\\u{1B}[0m bell\\u{07}"))
        #expect(text.contains("\\u{202E}override\\u{202C} end"))
        #expect(!text.unicodeScalars.contains { [0x061C, 0x200E, 0x200F].contains($0.value) })
        #expect(
            !text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) || (0x80..<0xA0).contains($0.value) })
    }

    @Test func showsRevisionActualProgressPaceAndSource() throws {
        let text = try TextReporter(options: ReportOptions(language: .en)).render(ReporterFixtures.erqi2020)
        #expect(text.contains("was ≥ 357, revised on 2020-07-30"))
        #expect(text.contains("38.81 billion yuan"))
        #expect(text.contains("74.9%"))
        #expect(
            text.split(separator: "\n").contains { $0.contains("1.20") && $0.contains("50.1%") && $0.contains("ahead") }
        )
        #expect(text.contains("report-2020:8"))
    }

    /// Names that start with a variation selector or a combining mark, or end with a prepended mark, would join
    /// the margin or the column gap next to them into one character of another width; found by the reporters
    /// fuzz target ("line wider than 11"). They get a dotted circle as their base instead.
    @Test(arguments: [11, 24, 40])
    func marksAtTheEdgesOfNamesDoNotWidenLines(_ width: Int) throws {
        var dataset = ReporterFixtures.erqi2020Dataset
        let edges = ["\u{FE0F} / ||||||||||||", "\u{301}二七\u{FE0F}", "\u{200D}✅", "x\u{600}", "\u{FE0F}"]
        for (index, _) in dataset.plans.enumerated() {
            dataset.plans[index].title = LocalizedText(zh: edges[index % edges.count], en: edges[0])
            for (themeIndex, _) in dataset.plans[index].themes.enumerated() {
                let edge = edges[(index + themeIndex + 1) % edges.count]
                dataset.plans[index].themes[themeIndex].title = LocalizedText(zh: edge, en: edge)
                for (targetIndex, _) in dataset.plans[index].themes[themeIndex].targets.enumerated() {
                    let title = edges[(targetIndex + 2) % edges.count]
                    dataset.plans[index].themes[themeIndex].targets[targetIndex].title =
                        LocalizedText(zh: title, en: title)
                }
            }
        }
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: ReporterFixtures.date("2020-12-31"))
        for ambiguous in ReportOptions.AmbiguousWidth.allCases {
            for colour in [false, true] {
                let options = ReportOptions(colour: colour, lineWidth: width, ambiguousWidth: ambiguous)
                let text = try TextReporter(options: options).render(scorecard)
                #expect(text.contains("\u{25CC}\u{FE0F}"))
                for line in text.split(separator: "\n") {
                    let visible = String(line).replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
                    #expect(DisplayWidth.of(visible, ambiguous: ambiguous) <= width, "\(line)")
                }
            }
        }
        // Without a line width the marks keep their circles: before a leading mark, after a trailing one.
        let wide = try TextReporter().render(scorecard)
        #expect(wide.contains("\u{25CC}\u{301}二七\u{FE0F}"))
        #expect(wide.contains("x\u{600}\u{25CC}"))
    }
}
