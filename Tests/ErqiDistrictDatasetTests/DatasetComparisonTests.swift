import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// The four plans of the bundled dataset side by side as of 2020-12-31, and the reporters that write them.
struct DatasetComparisonTests {
    static func scorecard() throws -> Scorecard {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
    }

    @Test func eachRowAgreesWithItsPlansRollupAndTargets() throws {
        let scorecard = try Self.scorecard()
        let comparison = PlanComparison(scorecard)
        #expect(comparison.rows.map(\.plan.rawValue) == ["p2019", "p2020", "p2020mid", "p2021-2025"])
        for (row, plan) in zip(comparison.rows, scorecard.plans) {
            #expect(row.meanProgress == plan.rollup.meanProgress, "\(row.plan)")
            #expect(row.targetsWithProgress == plan.rollup.progressCount, "\(row.plan)")
            #expect(row.counts == plan.rollup.counts, "\(row.plan)")
            let targets = plan.themes.flatMap(\.allTargetEvaluations)
            #expect(row.targetCount == targets.count, "\(row.plan)")
            let progress = targets.compactMap { $0.figures.completion ?? $0.figures.gapClosed }.sorted()
            #expect(row.worstTargets.map(\.progress) == Array(progress.prefix(3)), "\(row.plan)")
        }
        let p2020 = try #require(comparison.rows.first { $0.plan == "p2020" })
        #expect(p2020.worstTargets.map(\.target.rawValue).contains("p2020-fixed-asset-investment"))
        let investment = try #require(p2020.worstTargets.first { $0.target == "p2020-fixed-asset-investment" })
        #expect(investment.status == .missed)
        #expect(ReportOptions(language: .zh).percentText(investment.progress) == "74.9%")
    }

    @Test(arguments: [Language.zh, Language.en])
    func everyReporterWritesTheComparisonInOneLanguage(language: Language) throws {
        let comparison = PlanComparison(try Self.scorecard())
        let options = ReportOptions(language: language)
        let p2020 = try #require(comparison.rows.first { $0.plan == "p2020" })
        let mean = options.percentText(try #require(p2020.meanProgress))
        let title = p2020.title.text(in: language)
        let missed = options.statusText(.missed)
        for text in [
            try TextReporter(options: options).render(comparison),
            try MarkdownReporter(options: options).render(comparison),
            try HTMLReporter(options: options).render(comparison),
        ] {
            #expect(text.contains(options.comparisonLabel(.title)))
            #expect(text.contains(mean) && text.contains(title))
            #expect(text.contains("\(missed) \(p2020.targetCounts[.missed])"))
            for status in EvaluationStatus.allCases where status.rawValue != options.statusText(status) {
                #expect(!text.contains(status.rawValue), "\(status.rawValue) reached a \(language) report")
            }
        }
        let csv = try CSVReporter(options: options).render(comparison)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)
        #expect(lines[0] == CSVReporter.comparisonColumns.joined(separator: ","))
        let cells = lines[2].components(separatedBy: ",")
        let column = { (name: String) in cells[CSVReporter.comparisonColumns.firstIndex(of: name) ?? 0] }
        #expect(column("plan_id") == "p2020")
        #expect(column("targets") == String(p2020.targetCount))
        #expect(column("targets_missed") == String(p2020.targetCounts[.missed]))
        #expect(column("mean_progress") == ExactDecimal.plainText(try #require(p2020.meanProgress)))
        let json = try JSONReporter(options: options).render(comparison)
        #expect(try JSONDecoder().decode(PlanComparison.self, from: Data(json.utf8)) == comparison)
    }

    @Test(arguments: [
        (Language.zh, "排序：目标数（正常） 降序"), (Language.en, "Sorted by: Targets (on track), descending"),
    ])
    func theSortIsWordedInTheReportsLanguage(language: Language, words: String) throws {
        let comparison = PlanComparison(try Self.scorecard()).sorted(by: .targetStatus(.onTrack), descending: true)
        let options = ReportOptions(language: language)
        for text in [
            try TextReporter(options: options).render(comparison),
            try MarkdownReporter(options: options).render(comparison),
            try HTMLReporter(options: options).render(comparison),
        ] {
            #expect(text.contains(words))
            #expect(!text.contains("targets_onTrack") && !text.contains("onTrack"))
        }
    }

    @Test func textShowsTheTopAndBottomTenOfMoreThanTwentyPlans() throws {
        var comparison = PlanComparison(try Self.scorecard())
        let model = try #require(comparison.rows.first { $0.plan == "p2020" })
        comparison.rows = (1...25).map { number in
            var row = model
            row.plan = Plan.ID(String(format: "county-%02d", number))
            row.meanProgress = number == 25 ? nil : try? ExactDecimal(number) / 100
            return row
        }
        let text = try TextReporter(options: ReportOptions(language: .en)).render(comparison)
        let shown = (1...25).filter { text.contains(String(format: "county-%02d", $0)) }
        // 24 plans have a mean: the ten highest (24…15) and the ten lowest (10…1); 25 has none and is counted.
        #expect(shown == Array(1...10) + Array(15...24))
        #expect(text.contains("Highest mean progress (10)") && text.contains("Lowest mean progress (10)"))
        #expect(text.contains("Plans without a mean progress: 1"))
        #expect(text.contains("24.0%") && !text.contains("12.0%"))
    }

    @Test func aReporterWithoutComparisonsThrowsATypedError() throws {
        struct Plain: Reporter {
            var format: ReportFormat { ReportFormat(name: "plain", fileExtension: "txt", mediaType: "text/plain") }
            func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {}
        }
        let comparison = PlanComparison(try Self.scorecard())
        #expect(throws: ReporterError.comparisonNotSupported(format: "plain")) { try Plain().render(comparison) }
        #expect(
            ReporterError.comparisonNotSupported(format: "plain").description
                == "the plain reporter cannot write plans side by side")
    }
}
