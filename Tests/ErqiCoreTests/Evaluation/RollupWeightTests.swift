import ErqiCore
import Foundation
import Testing

/// Issue 14 point 1: weights at every level of the rollup, and figures counted twice across plans reported.
struct RollupWeightTests {
    static let items = QuantityUnit.count(measureWord: "项")

    static func indicator(_ id: String) -> Indicator {
        Indicator(id: Indicator.ID(id), name: LocalizedText(zh: id), unit: items, kind: .flow)
    }

    /// A target on its own indicator reaching `done` of 100 in 2020.
    static func target(_ id: String) -> Target {
        Target(
            id: Target.ID(id), title: LocalizedText(zh: id), indicator: Indicator.ID(id),
            period: Fixtures.period("2020"),
            requirement: .atLeast(Quantity(100, items)))
    }

    static func observation(_ id: String, _ done: Int) -> Observation {
        Observation(
            id: Observation.ID(id), indicator: Indicator.ID(id), period: Fixtures.period("2020"),
            value: Quantity(done, items))
    }

    /// Two top-level themes: one at 20% done, one at 80%. Their weights decide the plan's mean progress.
    static func planMean(weights: (Int, Int), order: Bool = true) -> ExactDecimal? {
        var themes = [
            Theme(id: "a", title: "甲", weight: ExactDecimal(weights.0), targets: [target("x")]),
            Theme(id: "b", title: "乙", weight: ExactDecimal(weights.1), targets: [target("y")]),
        ]
        if !order { themes.reverse() }
        let dataset = Dataset(
            indicators: [indicator("x"), indicator("y")],
            plans: [Plan(id: "plan", title: "计划", period: Fixtures.period("2020"), themes: themes)],
            observations: [observation("x", 20), observation("y", 80)])
        return Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2020-12-31")).plans.first?.rollup
            .meanProgress
    }

    @Test func topLevelThemeWeightsCountInThePlanRollup() throws {
        // (2 × 0.2 + 1 × 0.8) / 3 = 0.4; (100 × 0.2 + 1 × 0.8) / 101 = 20.8 / 101.
        #expect(Self.planMean(weights: (2, 1)) == Fixtures.decimal("0.4"))
        let heavy = Self.planMean(weights: (100, 1))
        #expect(heavy == (try Fixtures.decimal("20.8") / 101))
        #expect(heavy != Self.planMean(weights: (2, 1)))
    }

    /// Seeded random weights: the plan's mean is the weighted mean of the themes' progress, whatever the order
    /// of the themes, and scaling every weight by the same factor changes nothing.
    @Test func rollupIsInvariantToThemeOrderAndScalesWithWeights() throws {
        var random = SplitMix64(seed: 0x0E16)
        for _ in 0..<200 {
            let weights = (Int.random(in: 1...50, using: &random), Int.random(in: 1...50, using: &random))
            let factor = Int.random(in: 2...9, using: &random)
            let mean = Self.planMean(weights: weights)
            let expected =
                try
                (ExactDecimal(weights.0) * Fixtures.decimal("0.2") + ExactDecimal(weights.1) * Fixtures.decimal("0.8"))
                / ExactDecimal(weights.0 + weights.1)
            #expect(mean == expected, "\(weights)")
            #expect(Self.planMean(weights: weights, order: false) == mean, "\(weights)")
            let scaled = Self.planMean(weights: (weights.0 * factor, weights.1 * factor))
            #expect(
                scaled.map { $0.rounded(places: 30) }
                    == mean.map { $0.rounded(places: 30) },
                "\(weights) × \(factor)")
        }
    }

    /// Two plans with targets on the same indicator and year: the overall rollup counts that figure twice and
    /// says so.
    @Test func overallRollupReportsDoubleCountedFigures() throws {
        let plans = ["p1", "p2"].map { id in
            Plan(
                id: Plan.ID(id), title: LocalizedText(zh: id), period: Fixtures.period("2020"),
                themes: [Theme(id: "t", title: "主题", targets: [Self.target("x")])])
        }
        let other = Plan(
            id: "p3", title: "p3", period: Fixtures.period("2020"),
            themes: [Theme(id: "t", title: "主题", targets: [Self.target("y")])])
        let dataset = Dataset(
            indicators: [Self.indicator("x"), Self.indicator("y")], plans: plans + [other],
            observations: [Self.observation("x", 20), Self.observation("y", 80)])
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
        #expect(scorecard.rollup.progressCount == 3)
        #expect(scorecard.rollup.doubleCountedFigures == 1)
        #expect(scorecard.plans.allSatisfy { $0.rollup.doubleCountedFigures == nil })
        let single = Evaluator(
            dataset: Dataset(indicators: dataset.indicators, plans: [other], observations: dataset.observations)
        )
        .scorecard(asOf: Fixtures.date("2020-12-31"))
        #expect(single.rollup.doubleCountedFigures == 0)
    }
}
