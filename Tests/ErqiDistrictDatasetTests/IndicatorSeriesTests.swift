import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// Issue #16, point 2: an indicator's figures over time and its targets' paths, on the bundled dataset.
struct IndicatorSeriesTests {
    static func series(_ id: Indicator.ID) throws -> IndicatorSeries {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        return try #require(dataset.series(of: id))
    }

    @Test func theCompoundSeriesHasBothFiguresInDateOrderAndTheRevisionAsAStep() throws {
        let series = try Self.series("old-compounds-renovated")
        #expect(series.figures.map(\.value.value) == [103, 236])
        #expect(series.figures.map(\.period.description) == ["2020-H1", "2020"])
        #expect(series.figures.map { $0.citation?.source.rawValue } == ["src-2020-midyear", "src-2020-annual"])
        let path = try #require(series.targets.first { $0.target == "p2020-old-compounds-renovated" })
        #expect(path.steps.map(\.requirement.value.value) == [357, 297])
        #expect(path.steps.map(\.from.description) == ["2020-01-01", "2020-07-30"])
        #expect(path.expected.map(\.value) == [0, 297])
        #expect(path.expected.map(\.date.description) == ["2020-01-01", "2020-12-31"])
        #expect(series.figures(for: path).count == 2)
    }

    @Test func aTrajectoryAndABaselineShapeTheExpectedPath() throws {
        let target = Target(
            id: "t", title: "投资", indicator: "i", period: try Period(parsing: "2020"),
            requirement: try Requirement(.atLeast, try Quantity("500", .yuan)),
            baseline: Baseline(value: try Quantity("100", .yuan)),
            trajectory: Trajectory(checkpoints: [
                Trajectory.Checkpoint(date: try CalendarDate(iso: "2020-06-30"), share: try ExactDecimal.parse("0.5"))
            ]))
        let path = TargetPath(plan: "p", target: target)
        #expect(path.expected.map(\.value) == [100, 300, 500])
        #expect(path.expected.map(\.date.description) == ["2020-01-01", "2020-06-30", "2020-12-31"])
    }

    @Test func anUnknownIndicatorHasNoSeries() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        #expect(dataset.series(of: "no-such-indicator") == nil)
    }

    @Test func textCSVAndJSONWriteTheSeries() throws {
        let series = try Self.series("old-compounds-renovated")
        let zh = try render(TextReporter(options: ReportOptions(language: .zh)), series)
        #expect(zh.contains("2020-07-30起: ≥ 297个"))
        #expect(zh.contains("2020-12-31应达: 297个"))
        #expect(zh.contains("2020-H1  103个"))
        let en = try render(TextReporter(options: ReportOptions(language: .en)), series)
        #expect(en.contains("from 2020-07-30: ≥ 297"))
        let csv = try render(CSVReporter(), series).components(separatedBy: "\r\n")
        #expect(csv.first == CSVReporter.seriesColumns.joined(separator: ","))
        #expect(
            csv.contains("figure,,2020-06-30,2020-01-01,2020-06-30,,103,,count:个,exact,final,src-2020-midyear:152,103个")
        )
        #expect(
            csv.contains {
                $0.hasPrefix("requirement,p2020-old-compounds-renovated,2020-07-30,") && $0.contains(",297,")
            })
        let json = try render(JSONReporter(), series)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["figures"] as? [Any])?.count == 2)
    }

    private func render(_ reporter: some SeriesReporter, _ series: IndicatorSeries) throws -> String {
        var output = ""
        try reporter.write(series, to: &output)
        return output
    }

    @Test(arguments: Language.allCases)
    func theHTMLReportChartsEveryTargetWithTwoFiguresOrMore(language: Language) throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        var evaluator = Evaluator(dataset: dataset)
        evaluator.keepsFiguresInPeriod = true
        let scorecard = evaluator.scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        let charted = scorecard.allTargetEvaluations.filter { ($0.figuresInPeriod ?? []).count >= 2 }
        #expect(charted.map(\.target.id) == ["p2020-old-compounds-renovated", "p2020mid-old-compounds-renovated"])
        let html = try HTMLReporter(options: ReportOptions(language: language)).render(scorecard)
        let charts = html.components(separatedBy: "<svg class=\"trend\"").dropFirst()
        #expect(charts.count == charted.count)
        for (chart, evaluation) in zip(charts, charted) {
            let svg = chart.components(separatedBy: "</svg>")[0]
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title>\(SeriesLabel.trend.text(in: language)): "))
            #expect(svg.contains(evaluation.target.title.text(in: language)))
            // Both figures with their values, the revision as a step, the target and the expected path in words.
            #expect(svg.components(separatedBy: "<circle class=\"figure\"").count - 1 == 2)
            #expect(svg.contains("class=\"expected-path\""))
            #expect(svg.contains(SeriesLabel.expectedPath.text(in: language)))
            #expect(svg.contains("297"))
            #expect(svg.contains("103") && svg.contains("236"))
        }
        let p2020 = try #require(charts.first)
        #expect(p2020.contains("class=\"goal-step\""))
        #expect(p2020.contains("\(SeriesLabel.revised.text(in: language)) 2020-07-30"))
        #expect(!html.contains("<script"))
    }
}
