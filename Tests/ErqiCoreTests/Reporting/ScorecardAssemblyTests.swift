import ErqiCore
import Foundation
import Testing

struct ScorecardAssemblyTests {
    static let unit = QuantityUnit.count(measureWord: "个")
    static let indicator = Indicator(id: "things", name: "事项", unit: unit)
    static let other = Indicator(id: "other", name: "其他", unit: unit)

    static func target(_ id: Target.ID, need: Int, weight: Decimal = 1) -> Target {
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
