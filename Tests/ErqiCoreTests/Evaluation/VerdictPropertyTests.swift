import ErqiCore
import ErqiReporting
import Foundation
import Testing

/// Seeded random targets and figures (200 cases each): the properties issue 14 asks of every verdict.
struct VerdictPropertyTests {
    static let items = QuantityUnit.count(measureWord: "项")
    static let flow = Indicator(id: "flow", name: "流量", unit: items, kind: .flow)
    static let rate = Indicator(id: "rate", name: "涨幅", unit: .percent, direction: .band, kind: .rate)

    static func evaluate(_ target: Target, _ indicator: Indicator, _ observations: [Observation], asOf: CalendarDate)
        -> TargetEvaluation
    {
        let dataset = Fixtures.dataset(indicators: [indicator], targets: [target], observations: observations)
        return Evaluator(dataset: dataset).evaluate(target, asOf: asOf)
    }

    /// The number in a shown percentage such as `100.0%`, or `nil` when the text carries a mark (<, >, ≈).
    static func unmarkedPercent(_ text: String) -> ExactDecimal? {
        guard let first = text.first, first.isNumber || first == "-" else { return nil }
        return try? ExactDecimal.parse(String(text.dropLast()))
    }

    /// A missed at-least target never shows a completion of 100% or more without a mark, and an achieved one
    /// never shows less than 100% without one; the shortfall shown beside a missed row is never an unmarked 0.
    @Test func statusNeverContradictsTheFiguresShown() throws {
        var random = SplitMix64(seed: 0x5EED_0014)
        let approximations = Approximation.allCases
        for _ in 0..<200 {
            let required = Int.random(in: 1...1000, using: &random)
            // Half the cases sit exactly on the requirement, where only the approximation decides.
            let tenths = Bool.random(using: &random) ? 1000 : Int.random(in: 0...1200, using: &random)
            let actual = try ExactDecimal(tenths) / 10 * ExactDecimal(required) / 100
            let approximation = approximations[Int.random(in: 0..<approximations.count, using: &random)]
            let target = Target(
                id: "t", title: "目标", indicator: Self.flow.id, period: Fixtures.period("2020"),
                requirement: .atLeast(Quantity(required, Self.items)))
            let observation = Observation(
                id: "o", indicator: Self.flow.id, period: Fixtures.period("2020"),
                value: Quantity(value: actual, unit: Self.items), approximation: approximation)
            let evaluation = Self.evaluate(target, Self.flow, [observation], asOf: Fixtures.date("2020-12-31"))
            for language in [Language.zh, .en] {
                let options = ReportOptions(language: language, decimalPlaces: Int.random(in: 0...2, using: &random))
                let shown = try #require(options.progressText(for: evaluation))
                let context = "\(actual) (\(approximation)) of \(required): \(evaluation.status), shown \(shown)"
                if evaluation.status == .missed, let percent = Self.unmarkedPercent(shown) {
                    #expect(percent < 100, "\(context)")
                }
                if evaluation.status == .achieved, let percent = Self.unmarkedPercent(shown) {
                    #expect(percent >= 100, "\(context)")
                }
                if evaluation.status == .missed, let shortfall = options.shortfallText(for: evaluation) {
                    #expect(shortfall != options.quantityText(0, unit: Self.items), "\(context)")
                }
            }
        }
    }

    /// A band value inside the band is never missed (nor off track), and one outside is never achieved.
    @Test func bandValueInsideTheBandIsNeverMissed() throws {
        var random = SplitMix64(seed: 0xBA4D)
        for _ in 0..<200 {
            let lower = Int.random(in: 0...50, using: &random)
            let upper = lower + Int.random(in: 1...50, using: &random)
            let value = Int.random(in: 0...120, using: &random)
            let band = Target(
                id: "b", title: "区间", indicator: Self.rate.id, period: Fixtures.period("2020"),
                requirement: try Requirement(
                    between: Quantity(value: ExactDecimal(lower) / 1000, unit: .percent),
                    and: Quantity(value: ExactDecimal(upper) / 1000, unit: .percent)))
            let month = Int.random(in: 1...12, using: &random)
            let observation = Observation(
                id: "o", indicator: Self.rate.id,
                period: try Period(start: CalendarDate(2020, 1, 1), end: CalendarDate(2020, month, 28)),
                value: Quantity(value: try ExactDecimal(value) / 1000, unit: .percent))
            let asOf = try CalendarDate(2020, 12, month == 12 ? 31 : 1)
            let evaluation = Self.evaluate(band, Self.rate, [observation], asOf: asOf)
            let context = "\(value) in [\(lower), \(upper)] as of \(asOf): \(evaluation.status)"
            if (lower...upper).contains(value) {
                #expect(evaluation.status == .achieved || evaluation.status == .onTrack, "\(context)")
            } else {
                #expect(evaluation.status == .missed || evaluation.status == .offTrack, "\(context)")
            }
            #expect(evaluation.figures.completion == nil && evaluation.figures.gapClosed == nil, "\(context)")
        }
    }

    /// Adding a final figure for a later period never changes the verdict or figures of an earlier period's
    /// target.
    @Test func laterFinalFigureNeverChangesAnEarlierVerdict() throws {
        var random = SplitMix64(seed: 0x1A7E)
        for _ in 0..<200 {
            let required = Int.random(in: 1...500, using: &random)
            let target = Target(
                id: "t", title: "目标", indicator: Self.flow.id, period: Fixtures.period("2020"),
                requirement: Bool.random(using: &random)
                    ? .atLeast(Quantity(required, Self.items)) : .atMost(Quantity(required, Self.items)))
            let firstHalf = Observation(
                id: "h1", indicator: Self.flow.id, period: Fixtures.period("2020-H1"),
                value: Quantity(Int.random(in: 0...600, using: &random), Self.items),
                quality: Bool.random(using: &random) ? .final : .preliminary)
            var observations = [firstHalf]
            if Bool.random(using: &random) {
                observations.append(
                    Observation(
                        id: "y", indicator: Self.flow.id, period: Fixtures.period("2020"),
                        value: Quantity(Int.random(in: 0...600, using: &random), Self.items)))
            }
            let asOf = try CalendarDate(
                Int.random(in: 2020...2022, using: &random), Int.random(in: 1...12, using: &random), 15)
            let before = Self.evaluate(target, Self.flow, observations, asOf: asOf)
            let later = Observation(
                id: "next", indicator: Self.flow.id, period: Fixtures.period("2021"),
                value: Quantity(Int.random(in: 0...600, using: &random), Self.items))
            let after = Self.evaluate(target, Self.flow, observations + [later], asOf: asOf)
            #expect(after.status == before.status, "as of \(asOf)")
            #expect(after.figures == before.figures, "as of \(asOf)")
            #expect(after.actual == before.actual, "as of \(asOf)")
        }
    }
}
