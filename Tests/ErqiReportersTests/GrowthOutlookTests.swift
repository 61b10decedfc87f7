import ErqiCore
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// Issue #15 point 2: a growth target shows its observed yearly growth against the growth needed, the figures
/// of the evaluation as JSON writes them.
struct GrowthOutlookTests {
    static var scorecard: Scorecard {
        get throws {
            let unit = QuantityUnit.count(measureWord: "户")
            let entities = Indicator(
                id: "market-entities", name: LocalizedText(zh: "市场主体", en: "market entities"), unit: unit,
                direction: .higherIsBetter, kind: .stock)
            // From 50,000 at the end of 2020 to at least 80,000 by the end of 2025.
            let target = Target(
                id: "entities-2025", title: LocalizedText(zh: "市场主体8万户", en: "80,000 market entities"),
                indicator: entities.id, period: try Period(parsing: "2021–2025"),
                requirement: .atLeast(Quantity(80_000, unit)),
                baseline: Baseline(value: Quantity(50_000, unit), date: try CalendarDate(iso: "2020-12-31")))
            let level = Observation(
                id: "2022", indicator: entities.id, period: try Period(parsing: "2022-12-31"),
                value: Quantity(62_000, unit))
            let plan = Plan(
                id: "p", title: LocalizedText(zh: "五年规划", en: "Five-year plan"),
                period: try Period(parsing: "2021–2025"),
                themes: [Theme(id: "t", title: LocalizedText(zh: "市场", en: "Market"), targets: [target])])
            let dataset = Dataset(indicators: [entities], plans: [plan], observations: [level])
            return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2023-01-01"))
        }
    }

    @Test func growthTargetShowsObservedAgainstRequiredGrowth() throws {
        let scorecard = try Self.scorecard
        let evaluation = try #require(scorecard.allTargetEvaluations.first)
        #expect(evaluation.status == .onTrack)
        let perYear = try #require(evaluation.figures.requiredPerYear)
        #expect(perYear.rounded(places: 0) == 5999)
        let projection = try #require(evaluation.figures.projection)
        #expect(projection.rounded(places: -1) == 80020)
        // JSON carries the rates as the evaluation has them: 0.113632 observed, 0.098573 required.
        let json = try JSONReporter().render(scorecard)
        #expect(json.contains("\"observedRate\": 0.113632"))
        #expect(json.contains("\"requiredRate\": 0.098573"))
        let zh = ReportOptions(language: .zh)
        for text in [
            try TextReporter(options: zh).render(scorecard), try MarkdownReporter(options: zh).render(scorecard),
            try HTMLReporter(options: zh).render(scorecard),
        ] {
            #expect(text.contains("年均增长 实际 11.4%，需 9.9%"))
            // (80,000 − 62,000) × 365.2425 / 1,096 days left = 5,998.5…: per year, the period being five years.
            #expect(text.contains("尚需每年 ≈5999户"))
            // 50,000 + 12,000 / (730 / 1,826) = 80,015.3…, at least the 80,000 required, as on track says.
            #expect(text.contains("按当前进度期末预计 ≈80020户"))
        }
        let english = try TextReporter(options: ReportOptions(language: .en, decimalPlaces: 2)).render(scorecard)
        #expect(english.contains("yearly growth 11.36% against 9.86% needed"))
    }
}
