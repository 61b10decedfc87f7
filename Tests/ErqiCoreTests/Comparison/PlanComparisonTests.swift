import ErqiCore
import Foundation
import Testing

/// `PlanComparison` on four small plans built in code, evaluated as of 2020-12-31.
struct PlanComparisonTests {
    static let unit = QuantityUnit.count(measureWord: "所")

    /// A target `≥ required` on its own indicator, and its observation of `actual` for 2020 when there is one.
    static func target(_ id: String, atLeast required: Int, actual: Int?) -> (Indicator, Target, Observation?) {
        let indicator = Indicator(id: Indicator.ID(id), name: LocalizedText(zh: id), unit: unit, kind: .flow)
        let target = Target(
            id: Target.ID(id), title: LocalizedText(zh: "目标\(id)", en: "Target \(id)"), indicator: indicator.id,
            period: Fixtures.period("2020"), requirement: .atLeast(Quantity(required, unit)))
        let observation = actual.map {
            Observation(
                id: Observation.ID(id), indicator: indicator.id, period: Fixtures.period("2020"),
                value: Quantity($0, unit))
        }
        return (indicator, target, observation)
    }

    static func milestone(_ id: String, due: String, done: Bool) -> Milestone {
        Milestone(
            id: Milestone.ID(id), title: LocalizedText(zh: id), due: Fixtures.date(due),
            evidence: done ? [Milestone.Evidence(date: Fixtures.date("2020-05-01"), isDone: true)] : [])
    }

    /// Plan b: 50 of 100 (missed), 10 of 10 (achieved), no data; a milestone done. Mean (0.5 + 1) / 2 = 0.75.
    /// Plan a: 80 of 100 and 10 of 40 (both missed) in a nested theme; a milestone overdue. Mean 0.525.
    /// Plan c: 12 of 10 (achieved, 120%, clamped to 1 in the mean); a milestone pending. Mean 1.
    /// Plan d: one target without data. No mean.
    static var scorecard: Scorecard {
        let b = [target("b1", atLeast: 100, actual: 50), target("b2", atLeast: 10, actual: 10)]
        let b3 = target("b3", atLeast: 20, actual: nil)
        let a = [target("a1", atLeast: 100, actual: 80), target("a2", atLeast: 40, actual: 10)]
        let c = target("c1", atLeast: 10, actual: 12)
        let d = target("d1", atLeast: 10, actual: nil)
        let all = b + [b3] + a + [c, d]
        func plan(_ id: String, _ themes: [Theme]) -> Plan {
            Plan(
                id: Plan.ID(id), title: LocalizedText(zh: "计划\(id)", en: "Plan \(id)"),
                period: Fixtures.period("2020"), themes: themes)
        }
        let dataset = Dataset(
            indicators: all.map(\.0),
            plans: [
                plan(
                    "b",
                    [
                        Theme(
                            id: "b-t", title: "主题", targets: (b + [b3]).map(\.1),
                            milestones: [milestone("b-m", due: "2020-06-30", done: true)])
                    ]),
                plan(
                    "a",
                    [
                        Theme(
                            id: "a-t", title: "主题", themes: [Theme(id: "a-n", title: "子主题", targets: a.map(\.1))],
                            milestones: [milestone("a-m", due: "2020-06-30", done: false)])
                    ]),
                plan(
                    "c",
                    [
                        Theme(
                            id: "c-t", title: "主题", targets: [c.1],
                            milestones: [milestone("c-m", due: "2021-06-30", done: false)])
                    ]),
                plan("d", [Theme(id: "d-t", title: "主题", targets: [d.1])]),
            ],
            observations: all.compactMap(\.2))
        return Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
    }

    static func row(_ comparison: PlanComparison, _ plan: String) throws -> PlanComparisonRow {
        try #require(comparison.rows.first { $0.plan == Plan.ID(plan) })
    }

    @Test func rowsCountTargetsAndMilestonesApartByStatus() throws {
        let comparison = PlanComparison(Self.scorecard)
        #expect(comparison.rows.map(\.plan.rawValue) == ["b", "a", "c", "d"])
        let b = try Self.row(comparison, "b")
        #expect(b.targetCounts[.missed] == 1 && b.targetCounts[.achieved] == 1 && b.targetCounts[.noData] == 1)
        #expect(b.targetCount == 3 && b.milestoneCount == 1 && b.milestoneCounts[.done] == 1)
        #expect(b.targetCounts[.done] == 0, "milestones are not counted as targets")
        let a = try Self.row(comparison, "a")
        #expect(a.targetCounts[.missed] == 2 && a.targetCount == 2, "targets of nested themes count")
        #expect(a.milestoneCounts[.overdue] == 1)
        let c = try Self.row(comparison, "c")
        #expect(c.targetCounts[.achieved] == 1 && c.milestoneCounts[.pending] == 1 && c.targetCounts[.pending] == 0)
        #expect(b.counts == Self.scorecard.plans[0].rollup.counts, "targets and milestones add up to the rollup")
    }

    @Test func meanProgressIsThePlanRollupsAndCountsTheTargetsItCovers() throws {
        let comparison = PlanComparison(Self.scorecard)
        #expect(try Self.row(comparison, "b").meanProgress == Fixtures.decimal("0.75"))
        #expect(try Self.row(comparison, "b").targetsWithProgress == 2)
        #expect(try Self.row(comparison, "a").meanProgress == Fixtures.decimal("0.525"))
        #expect(try Self.row(comparison, "c").meanProgress == 1)
        #expect(try Self.row(comparison, "d").meanProgress == nil)
        #expect(try Self.row(comparison, "d").targetsWithProgress == 0)
    }

    @Test func worstTargetsAreTheLowestDisplayedProgressFirstWithTheirStatus() throws {
        let comparison = PlanComparison(Self.scorecard, worstTargets: 1)
        let a = try Self.row(comparison, "a")
        #expect(a.worstTargets.map(\.target.rawValue) == ["a2"])
        #expect(a.worstTargets.first?.progress == Fixtures.decimal("0.25"))
        #expect(a.worstTargets.first?.status == .missed)
        let all = PlanComparison(Self.scorecard)
        #expect(
            try Self.row(all, "a").worstTargets.map(\.progress) == [Fixtures.decimal("0.25"), Fixtures.decimal("0.8")])
        #expect(
            try Self.row(all, "b").worstTargets.map(\.target.rawValue) == ["b1", "b2"], "no-data b3 has no progress")
        #expect(try Self.row(all, "c").worstTargets.first?.progress == Fixtures.decimal("1.2"), "not clamped")
        #expect(try Self.row(all, "d").worstTargets.isEmpty)
        #expect(try Self.row(PlanComparison(Self.scorecard, worstTargets: 0), "a").worstTargets.isEmpty)
    }

    @Test(arguments: [
        ("plan_id", false, ["a", "b", "c", "d"]),
        ("plan_id", true, ["d", "c", "b", "a"]),
        ("plan_title", false, ["a", "b", "c", "d"]),
        ("targets", false, ["c", "d", "a", "b"]),
        ("targets", true, ["b", "a", "c", "d"]),
        ("targets_with_progress", false, ["d", "c", "a", "b"]),
        ("targets_with_progress", true, ["a", "b", "c", "d"]),
        ("mean_progress", false, ["a", "b", "c", "d"]),
        ("mean_progress", true, ["c", "b", "a", "d"]),
        ("targets_missed", true, ["a", "b", "c", "d"]),
        ("targets_achieved", false, ["a", "d", "b", "c"]),
        ("targets_noData", true, ["b", "d", "a", "c"]),
        ("milestones", false, ["d", "a", "b", "c"]),
        ("milestones_done", true, ["b", "a", "c", "d"]),
        ("milestones_overdue", true, ["a", "b", "c", "d"]),
        ("milestones_pending", true, ["c", "a", "b", "d"]),
        ("worst_progress", false, ["a", "b", "c", "d"]),
        ("worst_progress", true, ["c", "b", "a", "d"]),
    ])
    func sortingByAColumnBreaksTiesByPlanID(column: String, descending: Bool, expected: [String]) throws {
        let named = try #require(PlanComparisonColumn(name: column))
        let sorted = PlanComparison(Self.scorecard).sorted(by: named, descending: descending)
        #expect(sorted.rows.map(\.plan.rawValue) == expected)
        #expect(sorted.sortedBy == named && sorted.descending == descending)
    }

    @Test func everyColumnHasANameThatReadsBackAndSorts() throws {
        let names = PlanComparisonColumn.allColumns.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains("targets_onTrack") && names.contains("milestones_overdue"))
        #expect(!names.contains("targets_done") && !names.contains("milestones_missed"))
        #expect(PlanComparisonColumn(name: "mean") == nil)
        let comparison = PlanComparison(Self.scorecard)
        for column in PlanComparisonColumn.allColumns {
            #expect(PlanComparisonColumn(name: column.name) == column)
            let sorted = comparison.sorted(by: column)
            #expect(Set(sorted.rows.map(\.plan)) == Set(comparison.rows.map(\.plan)), "\(column.name)")
            let data = try JSONEncoder().encode(sorted)
            #expect(try JSONDecoder().decode(PlanComparison.self, from: data) == sorted, "\(column.name)")
        }
    }

    @Test func rankedByMeanProgressLeavesOutPlansWithoutAMean() {
        let ranked = PlanComparison(Self.scorecard).rankedByMeanProgress
        #expect(ranked.map(\.plan.rawValue) == ["c", "b", "a"])
    }
}
