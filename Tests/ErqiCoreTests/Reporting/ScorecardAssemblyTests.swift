import ErqiCore
import Foundation
import Testing

struct ScorecardAssemblyTests {
    static let unit = QuantityUnit.count(measureWord: "个")
    static let indicator = Indicator(id: "things", name: "事项", unit: unit)
    static let other = Indicator(id: "other", name: "其他", unit: unit)

    static func target(_ id: Target.ID, need: Int, weight: ExactDecimal = 1) -> Target {
        Target(
            id: id, title: "t", indicator: indicator.id, period: Fixtures.period("2020"),
            requirement: .atLeast(Quantity(need, unit)), weight: weight)
    }

    /// Theme A holds a target 50% done; its nested theme B (weight 3) holds one 100% done and one with no data.
    static var dataset: Dataset {
        var none = target("none", need: 5)
        none.indicator = other.id
        let nestedWithNoData = Theme(id: "b", title: "B", weight: 3, targets: [target("full", need: 10), none])
        let milestone = Milestone(id: "m", title: "m", due: Fixtures.date("2020-06-30"))
        let themeA = Theme(
            id: "a", title: "A", themes: [nestedWithNoData], targets: [target("half", need: 20)],
            milestones: [milestone])
        return Dataset(
            indicators: [indicator, other],
            plans: [Plan(id: "p", title: "P", period: Fixtures.period("2020"), themes: [themeA])],
            observations: [
                Observation(
                    id: "o", indicator: indicator.id, period: Fixtures.period("2020"), value: Quantity(10, unit)),
                Observation(
                    id: "lonely", indicator: "unplanned", period: Fixtures.period("2020"),
                    value: Quantity(4, unit)),
                Observation(
                    id: "later", indicator: "unplanned", period: Fixtures.period("2021"),
                    value: Quantity(4, unit)),
            ])
    }

    @Test func rollupsWeighNestedThemesAndSayWhatWasLeftOut() throws {
        let scorecard = Evaluator(dataset: Self.dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
        let theme = try #require(scorecard.plans.first?.themes.first)
        // half: 10/20 = 0.5 (weight 1); full: 10/10 = 1 (weight 1 × 3). Mean = (0.5 + 3) / 4 = 0.875.
        #expect(theme.rollup.meanProgress == Fixtures.decimal("0.875"))
        #expect(theme.rollup.progressCount == 2)
        #expect(theme.rollup.counts[.missed] == 1)
        #expect(theme.rollup.counts[.achieved] == 1)
        #expect(theme.rollup.counts[.noData] == 1)
        #expect(theme.rollup.counts[.overdue] == 1)
        #expect(
            theme.rollup.excluded == [
                Rollup.Exclusion(item: "none", reason: .noData), Rollup.Exclusion(item: "m", reason: .milestone),
            ])
        let nested = try #require(theme.themes.first)
        // Within B the weights are its targets' own: only "full" has progress.
        #expect(nested.rollup.meanProgress == 1)
        #expect(scorecard.rollup.counts.total == 4)
    }

    @Test func achievementsWithoutTargetsAreKept() {
        let scorecard = Evaluator(dataset: Self.dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
        #expect(scorecard.achievements.map(\.id) == ["lonely"])
    }

    @Test func themeFilterKeepsOneTheme() throws {
        let scorecard = Evaluator(dataset: Self.dataset).scorecard(asOf: Fixtures.date("2020-12-31"), theme: "b")
        let plan = try #require(scorecard.plans.first)
        #expect(plan.themes.map(\.id) == ["b"])
        #expect(scorecard.allTargetEvaluations.map(\.target.id) == ["full", "none"])
        #expect(
            Evaluator(dataset: Self.dataset).scorecard(asOf: Fixtures.date("2020-12-31"), plans: ["x"]).plans.isEmpty)
    }

    @Test func latestDateIsTheNaturalAsOfDay() {
        #expect(Self.dataset.latestDate == Fixtures.date("2021-12-31"))
    }
}

struct ParallelEvaluationTests {
    /// Many targets across nested themes, some sharing indicators, so chunks cross theme boundaries.
    static var bigDataset: Dataset {
        let unit = QuantityUnit.count(measureWord: "个")
        let indicators = (0..<50).map { Indicator(id: Indicator.ID("i\($0)"), name: "i", unit: unit) }
        var themes: [Theme] = []
        for theme in 0..<20 {
            let targets = (0..<37).map { index in
                Target(
                    id: Target.ID("t\(theme)-\(index)"), title: "t",
                    indicator: Indicator.ID("i\((theme + index) % 50)"),
                    period: Fixtures.period("2020"), requirement: .atLeast(Quantity(100 + index, unit)),
                    weight: ExactDecimal(index % 3 + 1))
            }
            themes.append(
                Theme(
                    id: Theme.ID("theme\(theme)"), title: "T", weight: ExactDecimal(theme % 2 + 1),
                    themes: [Theme(id: Theme.ID("nested\(theme)"), title: "N", targets: Array(targets.prefix(5)))],
                    targets: Array(targets.dropFirst(5))))
        }
        let observations = (0..<50).flatMap { index in
            [
                Observation(
                    id: Observation.ID("h\(index)"), indicator: Indicator.ID("i\(index)"),
                    period: Fixtures.period("2020-H1"), value: Quantity(40 + index, unit)),
                Observation(
                    id: Observation.ID("q\(index)"), indicator: Indicator.ID("i\(index)"),
                    period: Fixtures.period("2020-Q3"), value: Quantity(index, unit)),
            ]
        }
        return Dataset(
            indicators: indicators,
            plans: [Plan(id: "p", title: "P", period: Fixtures.period("2020"), themes: themes)],
            observations: observations)
    }

    /// The big dataset's themes spread over ten plans of two themes each, so that the parallel scorecard
    /// evaluates and assembles whole plans per task when there are at least two plans per task.
    static var manyPlansDataset: Dataset {
        var dataset = bigDataset
        let themes = dataset.plans[0].themes
        dataset.plans = stride(from: 0, to: themes.count, by: 2).map { first in
            Plan(
                id: Plan.ID("p\(first / 2)"), title: "P", period: Fixtures.period("2020"),
                themes: Array(themes[first..<first + 2]))
        }
        return dataset
    }

    @Test(arguments: [(1, 1), (1, 2), (1, 3), (1, 8), (10, 1), (10, 2), (10, 5), (10, 6)])
    func parallelScorecardEqualsSerial(plans: Int, parallelism: Int) async throws {
        let dataset = plans == 1 ? Self.bigDataset : Self.manyPlansDataset
        #expect(dataset.plans.count == plans)
        let evaluator = Evaluator(dataset: dataset)
        let asOf = Fixtures.date("2020-10-15")
        let serial = evaluator.scorecard(asOf: asOf)
        let parallel = await evaluator.scorecard(asOf: asOf, parallelism: parallelism)
        #expect(parallel == serial)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(parallel) == encoder.encode(serial))
        #expect(serial.allTargetEvaluations.count == 740)
        #expect(serial.rollup.counts.total == 740)
    }

    /// A weight stored as exactly `Decimal(1)` is not multiplied; any other form of 1, and other weights, are:
    /// the rollups come out the same either way.
    @Test func weightsOfOneInAnyFormRollUpAlike() throws {
        func meanProgress(halfWeight: ExactDecimal, nestedWeight: ExactDecimal) throws -> ExactDecimal? {
            var dataset = ScorecardAssemblyTests.dataset
            var theme = dataset.plans[0].themes[0]
            theme.targets[0].weight = halfWeight
            theme.themes[0].weight = nestedWeight
            dataset.plans[0].themes[0] = theme
            let scorecard = Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
            return try #require(scorecard.plans.first?.themes.first).rollup.meanProgress
        }
        let one = try ExactDecimal.parse("1.000")
        // half (0.5) weighs 1, full (1) weighs 3: (0.5 + 3) / 4.
        #expect(try meanProgress(halfWeight: 1, nestedWeight: 3) == Fixtures.decimal("0.875"))
        #expect(try meanProgress(halfWeight: one, nestedWeight: 3) == Fixtures.decimal("0.875"))
        // half weighs 2, full weighs 1 (in either form): (1 + 1) / 3.
        let third = try #require(try meanProgress(halfWeight: 2, nestedWeight: one))
        #expect(third == (try ExactDecimal(2) / ExactDecimal(3)))
        #expect(try meanProgress(halfWeight: 2, nestedWeight: 1) == third)
        // half weighs 0.5: (0.25 + 3) / 3.5.
        #expect(
            try meanProgress(halfWeight: Fixtures.decimal("0.5"), nestedWeight: 3)
                == Fixtures.decimal("3.25") / Fixtures.decimal("3.5"))
    }
}
