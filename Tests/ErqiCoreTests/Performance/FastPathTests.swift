import Foundation
import Testing

@testable import ErqiCore
@testable import ErqiPlanFiles

/// The fast paths of the loader and the reporters give exactly what the validated slow paths give.
/// Correctness only: no timing here (speed is measured by Benchmarks/ in release builds).
struct FastPathTests {
    @Test func whitespaceTrimmingMatchesFoundation() {
        let spaces = [
            "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{202F}",
            "\u{205F}", "\u{3000}",
        ]
        let others = ["a", "中", "\u{0301}", "\u{2028}", "\u{FEFF}", "\u{200C}", "x y", "\u{1F600}", "\u{85}", "0"]
        var random = SplitMix64(seed: 3)
        var samples = spaces + others + ["", "  ", " a ", "\u{3000}中文\u{3000}", " \u{0301}x "]
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &random)
            samples.append(
                (0..<count).map { _ in
                    Bool.random(using: &random)
                        ? spaces.randomElement(using: &random)! : others.randomElement(using: &random)!
                }.joined())
        }
        for text in samples {
            let bytes = Array(text.utf8)
            let range = CSVWhitespace.trimmed(bytes, 0..<bytes.count)
            #expect(String(decoding: bytes[range], as: UTF8.self) == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func fastPeriodAndDateParsingMatchTheSlowPath() {
        var samples = [
            "2025", "2025-03", "2025-H1", "2025-Q3", "2025-13", "2025-00", "2025-02-29", "2024-02-29",
            "2025-01-01..2025-03-31", "2025-03-31..2025-01-01", "2025-01-01..2025-02-30", "0000", "9999", "2021-2025",
            "2025-1-01", "2025/01/01", "２０２５", "2025-06-30", "0001-01-01..9999-12-31", "2025-01-01..2025-01-01",
        ]
        var random = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let year = Int.random(in: 0...10_000, using: &random)
            let month = Int.random(in: 0...13, using: &random)
            let day = Int.random(in: 0...32, using: &random)
            let text = String(format: "%04d-%02d-%02d", year, month, day)
            samples += [text, String(text.prefix(7)), String(text.prefix(4)), "2025-01-01.." + text]
        }
        for text in samples {
            let bytes = Array(text.utf8)
            let fastPeriod = bytes.withUnsafeBufferPointer(PlainTextParsing.period)
            let slowPeriod = try? Period(parsing: text)
            if let fastPeriod { #expect(fastPeriod == slowPeriod, "\(text)") }
            let fastDate = bytes.withUnsafeBufferPointer(PlainTextParsing.date)
            let slowDate = try? CalendarDate(iso: text)
            if let fastDate { #expect(fastDate == slowDate, "\(text)") }
            if bytes.count == 10 || bytes.count == 22 || bytes.count == 7 || bytes.count == 4,
                text.utf8.allSatisfy({ $0 < 0x80 }), slowPeriod != nil, !text.contains("H"), !text.contains("Q"),
                !(bytes.count == 9)
            {
                #expect(fastPeriod != nil, "\(text) should take the fast path")
            }
        }
    }

    /// The loader's first pass (no locations recorded) and the full pass build the same dataset.
    @Test func quickAndFullCSVPassesBuildTheSameDataset() throws {
        let targets = """
            plan,plan_title,plan_period,theme,theme_title,id,title,indicator,indicator_name,unit,direction,kind,period,deadline,comparator,requirement,upper,baseline,baseline_date,effective_on,reason,source,line
            u1,县1,2025,economy,经济, t1 ,投资,i1,固定资产投资,CNY,higherIsBetter,flow,2025,,atLeast,518亿元以上,,,,,,plan,3
            u1,,,economy,,t1,投资,i1,,,,,,,atLeast,500亿元,,,,2025-04-15,调整,plan,
            u1,,,"society/health",,t2,床位,i2,床位数,count:张,,stock,2025,2025-09-30,,1200,,1000,2024-12-31,,,plan,4
            u1,,,society,,t3,失业率,i3,失业率,percent,band,rate,2025,,between,0.03,0.055,,,,,plan,5

            """
        let observations = """
            id,indicator,period,value,approximation,source,comparability_note
            o1,i1,2025-01-01..2025-03-31,12000000000.50,,stats,
            o2,i1,2025-04,"3000000000",about,stats,
            o3,i2,2025-06-30,\u{3000}1100\u{3000},,stats,
            o4,i3,2025-06-30,4.2%,,stats,
            o5,i3,2025-05-31,0.05,nearly,stats,口径不同
            """
        let files: [CSVPlanFile.Table: SourceText] = [
            .targets: SourceText(file: "targets.csv", bytes: Array(targets.utf8)),
            .observations: SourceText(file: "observations.csv", bytes: Array(observations.utf8)),
        ]
        var quick = CSVPlanFile(recordingLocations: false)
        var full = CSVPlanFile()
        let quickResult = quick.decode(files)
        let fullResult = full.decode(files)
        let quickDataset = try #require(quickResult)
        let fullDataset = try #require(fullResult)
        #expect(quick.problems.isEmpty)
        #expect(quickDataset == fullDataset)
        let loaded = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Array(targets.utf8)), observations: ("observations.csv", Array(observations.utf8)))
        #expect(loaded == fullDataset)
        #expect(loaded.observations.count == 5)
        #expect(loaded.observations[2].value.value == 1100)
    }
}
