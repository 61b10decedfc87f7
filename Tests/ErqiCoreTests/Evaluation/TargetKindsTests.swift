import ErqiCore
import Foundation
import Testing

/// Directions, kinds and comparators beyond the at-least flow.
struct TargetKindsTests {
    static let spending = Indicator(
        id: "spending", name: "一般公共预算支出", unit: .yuan, direction: .lowerIsBetter, kind: .flow)

    /// Cutting public spending by 15%: from a baseline of 100亿 to at most 85亿.
    static let spendingCut = Target(
        id: "spending-cut", title: "压减支出15%", indicator: spending.id, period: Fixtures.period("2020"),
        requirement: .atMost(Fixtures.yuan("85", scale: 100_000_000)),
        baseline: Baseline(value: Fixtures.yuan("100", scale: 100_000_000), date: Fixtures.date("2019-12-31")))

    static func evaluate(_ target: Target, _ indicator: Indicator, _ observations: [Observation], asOf: String)
        -> TargetEvaluation
    {
        let dataset = Fixtures.dataset(indicators: [indicator], targets: [target], observations: observations)
        return Evaluator(dataset: dataset).evaluate(target, asOf: Fixtures.date(asOf))
    }

    @Test func lowerIsBetterMissed() throws {
        let spent = Observation(
            id: "s", indicator: Self.spending.id, period: Fixtures.period("2020"),
            value: Fixtures.yuan("90", scale: 100_000_000))
        let evaluation = Self.evaluate(Self.spendingCut, Self.spending, [spent], asOf: "2020-12-31")
        #expect(evaluation.status == .missed)
        // (90 − 100) / (85 − 100) = 2/3 of the cut made; 5亿 over the cap.
        let gap = try #require(evaluation.figures.gapClosed)
        #expect(gap.rounded(places: 4) == Fixtures.decimal("0.6667"))
        #expect(evaluation.figures.shortfall == ExactDecimal(500_000_000))
        #expect(evaluation.figures.completion == nil)
    }

    @Test func lowerIsBetterAchieved() {
        let spent = Observation(
            id: "s", indicator: Self.spending.id, period: Fixtures.period("2020"),
            value: Fixtures.yuan("84", scale: 100_000_000))
        let evaluation = Self.evaluate(Self.spendingCut, Self.spending, [spent], asOf: "2020-12-31")
        #expect(evaluation.status == .achieved)
        #expect(evaluation.figures.shortfall == ExactDecimal(-100_000_000))
    }

    @Test func capRunningTooFastIsOffTrack() throws {
        // A budget of at most 12亿 for the year with no baseline: 9亿 spent by 30 June is too fast.
        let budget = Target(
            id: "budget", title: "预算上限", indicator: Self.spending.id, period: Fixtures.period("2020"),
            requirement: .atMost(Fixtures.yuan("12", scale: 100_000_000)))
        let spent = Observation(
            id: "h1", indicator: Self.spending.id, period: Fixtures.period("2020-H1"),
            value: Fixtures.yuan("9", scale: 100_000_000))
        let evaluation = Self.evaluate(budget, Self.spending, [spent], asOf: "2020-06-30")
        // p = 0.75 of the cap used while e = 182/366 of the year passed: pace e / p = 0.663.
        let pace = try #require(evaluation.figures.paceRatio)
        #expect(pace.rounded(places: 3) == Fixtures.decimal("0.663"))
        #expect(evaluation.status == .offTrack)
    }

    static let inflation = Indicator(id: "cpi", name: "居民消费价格涨幅", unit: .percent, direction: .band, kind: .rate)
    static func band() throws -> Target {
        Target(
            id: "cpi-band", title: "物价涨幅", indicator: inflation.id, period: Fixtures.period("2020"),
            requirement: try Requirement(between: Quantity("0.02", .percent), and: Quantity("0.03", .percent)))
    }

    @Test(arguments: [
        ("0.025", EvaluationStatus.achieved, "0"),
        ("0.032", .missed, "0.002"),
        ("0.015", .missed, "0.005"),
        ("0.03", .achieved, "0"),
    ])
    func bandTarget(actual: String, expected: EvaluationStatus, shortfall: String) throws {
        let observation = Observation(
            id: "cpi", indicator: Self.inflation.id, period: Fixtures.period("2020"),
            value: Quantity(value: Fixtures.decimal(actual), unit: .percent))
        let evaluation = Self.evaluate(try Self.band(), Self.inflation, [observation], asOf: "2020-12-31")
        #expect(evaluation.status == expected)
        #expect(evaluation.figures.shortfall == Fixtures.decimal(shortfall))
    }

    @Test func rateIsJudgedOnItsLatestValueWhileRunning() throws {
        let h1 = Observation(
            id: "h1", indicator: Self.inflation.id, period: Fixtures.period("2020-H1"),
            value: Quantity(value: Fixtures.decimal("0.035"), unit: .percent))
        let evaluation = Self.evaluate(try Self.band(), Self.inflation, [h1], asOf: "2020-06-30")
        #expect(evaluation.status == .offTrack)
        #expect(evaluation.figures.paceRatio == nil)
    }

    static let entities = Indicator(
        id: "market-entities", name: "市场主体", unit: .count(measureWord: "户"), direction: .higherIsBetter,
        kind: .stock)

    @Test func stockUsesTheLatestLevelNeverASum() throws {
        // From 50,000 registered entities at the end of 2020 to 80,000 by the end of 2025.
        let target = Target(
            id: "entities-2025", title: "市场主体总量", indicator: Self.entities.id,
            period: Fixtures.period("2021–2025"), requirement: .atLeast(Quantity(80_000, .count(measureWord: "户"))),
            baseline: Baseline(value: Quantity(50_000, .count(measureWord: "户")), date: Fixtures.date("2020-12-31")))
        let levels = [
            Observation(
                id: "2021", indicator: Self.entities.id, period: Fixtures.period("2021-12-31"),
                value: Quantity(56_000, .count(measureWord: "户"))),
            Observation(
                id: "2022", indicator: Self.entities.id, period: Fixtures.period("2022-12-31"),
                value: Quantity(62_000, .count(measureWord: "户"))),
        ]
        let evaluation = Self.evaluate(target, Self.entities, levels, asOf: "2023-01-01")
        #expect(evaluation.actual == 62_000)
        #expect(evaluation.observationsUsed.map(\.id) == ["2022"])
        // p = 12,000 / 30,000 = 0.4; e = 730 / 1826, taken at the data's date 2022-12-31 (not the as-of day);
        // pace = 0.4 × 1826 / 730 = 1.0005…
        #expect(evaluation.figures.gapClosed == Fixtures.decimal("0.4"))
        let pace = try #require(evaluation.figures.paceRatio)
        #expect(pace.rounded(places: 4) == Fixtures.decimal("1.0005"))
        #expect(evaluation.status == .onTrack)
        // CAGR from 50,000 to 62,000 over 730 days against 50,000 → 80,000 over 1826 days.
        let growth = try #require(evaluation.figures.growth)
        #expect(growth.observedRate == 0.113632)
        #expect(growth.requiredRate == 0.098573)
        #expect(growth.ratio == 1.15277)
        #expect(growth.progress == .onTrack)
    }

    @Test func noObservationMeansNoData() {
        let evaluation = Self.evaluate(Self.spendingCut, Self.spending, [], asOf: "2020-12-31")
        #expect(evaluation.status == .noData)
        #expect(evaluation.reason == .noObservations)
    }

    @Test func targetBeforeItsPeriodIsPending() {
        let evaluation = Self.evaluate(Self.spendingCut, Self.spending, [], asOf: "2019-06-30")
        #expect(evaluation.status == .pending)
        #expect(evaluation.reason == .periodNotStarted)
    }

    @Test func targetEqualToBaselineIsReportedNotDividedByZero() {
        let flat = Target(
            id: "flat", title: "持平", indicator: Self.entities.id, period: Fixtures.period("2021–2025"),
            requirement: .atLeast(Quantity(50_000, .count(measureWord: "户"))),
            baseline: Baseline(value: Quantity(50_000, .count(measureWord: "户"))))
        let level = Observation(
            id: "l", indicator: Self.entities.id, period: Fixtures.period("2022-12-31"),
            value: Quantity(51_000, .count(measureWord: "户")))
        let evaluation = Self.evaluate(flat, Self.entities, [level], asOf: "2023-01-01")
        #expect(evaluation.status == .undetermined)
        #expect(evaluation.reason == .targetEqualsBaseline)
        #expect(evaluation.issues.contains(.calculation(.targetEqualsBaseline(target: 50_000, baseline: 50_000))))
    }
}
