import ErqiCore
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// Issue #15: the outlook says what on track allows. A target whose projection falls short of the requirement can
/// still be on track (pace ratio at least the policy's on-track threshold), so the outlook line says so, worded from
/// the threshold of the policy the scorecard was evaluated with.
struct OnTrackAllowanceTests {
    /// At least 100 compounds in 2020, 48 done in the first half (182 of 366 days): gap closed 0.48 against 0.4973
    /// expected, pace 0.9653, on track; the projection 48 / 0.4973… = 96.53 is short of 100. With a baseline of 10
    /// and a target of 110, 58 done.
    static func scorecard(policy: EvaluationPolicy, baseline: Bool = false) throws -> Scorecard {
        let unit = QuantityUnit.count(measureWord: "个")
        let compounds = Indicator(
            id: "compounds", name: LocalizedText(zh: "老旧小区改造", en: "compounds renovated"), unit: unit,
            direction: .higherIsBetter, kind: .flow)
        let target = Target(
            id: "compounds-2020", title: LocalizedText(zh: "改造小区100个", en: "100 compounds"),
            indicator: compounds.id, period: try Period(parsing: "2020"),
            requirement: .atLeast(Quantity(baseline ? 110 : 100, unit)),
            baseline: baseline ? Baseline(value: Quantity(10, unit), date: try CalendarDate(iso: "2019-12-31")) : nil)
        let half = Observation(
            id: "h1", indicator: compounds.id, period: try Period(parsing: "2020-H1"),
            value: Quantity(baseline ? 58 : 48, unit))
        let plan = Plan(
            id: "p", title: LocalizedText(zh: "年度计划", en: "Annual plan"), period: try Period(parsing: "2020"),
            themes: [Theme(id: "t", title: LocalizedText(zh: "城建", en: "Building"), targets: [target])])
        let dataset = Dataset(indicators: [compounds], plans: [plan], observations: [half])
        return Evaluator(dataset: dataset, policy: policy).scorecard(asOf: try CalendarDate(iso: "2020-06-30"))
    }

    static func reports(_ scorecard: Scorecard, _ language: Language) throws -> [String] {
        let options = ReportOptions(language: language)
        return [
            try TextReporter(options: options).render(scorecard),
            try MarkdownReporter(options: options).render(scorecard),
            try HTMLReporter(options: options).render(scorecard),
        ]
    }

    @Test func onTrackProjectionShortOfTheRequirementIsExplained() throws {
        let scorecard = try Self.scorecard(policy: .standard)
        let evaluation = try #require(scorecard.allTargetEvaluations.first)
        #expect(evaluation.status == .onTrack)
        let projection = try #require(evaluation.figures.projection)
        #expect(projection < 100 && projection > 95)
        for report in try Self.reports(scorecard, .zh) {
            #expect(report.contains("按当前进度期末预计 ≈96.53个"))
            #expect(report.contains("进度比不低于 0.95 即为正常：期末预计达到要求的 95% 也算正常"))
        }
        for report in try Self.reports(scorecard, .en) {
            #expect(
                report.contains("on track from a pace of 0.95: a projection of 95% of the requirement still counts"))
        }
    }

    @Test func allowanceIsWordedFromThePolicyThreshold() throws {
        let policy = EvaluationPolicy(onTrackThreshold: ExactDecimal(9, decimalPlaces: 1))
        let scorecard = try Self.scorecard(policy: policy)
        for report in try Self.reports(scorecard, .zh) {
            #expect(report.contains("进度比不低于 0.9 即为正常：期末预计达到要求的 90% 也算正常"))
            #expect(!report.contains("不低于 0.95"))
        }
    }

    @Test func withABaselineTheAllowanceIsOfTheGap() throws {
        let scorecard = try Self.scorecard(policy: .standard, baseline: true)
        // Judged by its pace (at risk here: a flow's baseline counts in the gap), so the allowance is shown.
        #expect([.ahead, .onTrack, .atRisk, .offTrack].contains(scorecard.allTargetEvaluations.first?.status))
        for report in try Self.reports(scorecard, .zh) {
            #expect(report.contains("期末预计补上基数与要求之差的 95% 也算正常"))
        }
        for report in try Self.reports(scorecard, .en) {
            #expect(
                report.contains("a projection that closes 95% of the gap from the baseline still counts as on track"))
        }
    }
}
