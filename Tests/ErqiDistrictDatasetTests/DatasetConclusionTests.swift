import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import Foundation
import Testing

/// The conclusions the bundled dataset supports, target by target, as of the days people ask about.
struct DatasetConclusionTests {
    static let dataset: Dataset? = try? PlanFileLoader.loadJSON(
        bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)

    static func evaluation(_ id: String, asOf: String) throws -> TargetEvaluation {
        let dataset = try #require(Self.dataset)
        var found: Target?
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                if let target = theme.targets.first(where: { $0.id.rawValue == id }) { found = target }
            }
        }
        let target = try #require(found, "no target \(id)")
        return Evaluator(dataset: dataset).evaluate(target, asOf: try CalendarDate(iso: asOf))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var asOf: String
        var status: EvaluationStatus
        /// Completion (or, without one, gap closed) in percent to one place; nil when there is no figure.
        var percent: String?
        /// The index of the revision in force, or nil for the original requirement.
        var revision: Int?
        var testDescription: String { "\(id) as of \(asOf)" }
    }

    static let cases: [Case] = [
        // The 2020 plan at year end.
        Case(id: "p2020-fixed-asset-investment", asOf: "2020-12-31", status: .missed, percent: "74.9"),
        Case(id: "p2020-old-compounds-renovated", asOf: "2020-12-31", status: .missed, percent: "79.5", revision: 0),
        Case(id: "p2020-major-projects", asOf: "2020-12-31", status: .achieved, percent: "100"),
        Case(id: "p2020-district-roads", asOf: "2020-12-31", status: .missed, percent: "48.6"),
        Case(id: "p2020-ring-grid-roads", asOf: "2020-12-31", status: .notComparable),
        Case(id: "p2020-new-schools", asOf: "2020-12-31", status: .notComparable),
        Case(id: "p2020-new-kindergartens", asOf: "2020-12-31", status: .notComparable),
        Case(id: "p2020-one-visit-items", asOf: "2020-12-31", status: .notComparable),
        Case(id: "p2020-showcase-projects", asOf: "2020-12-31", status: .noData),
        Case(id: "p2020-erqi-square-projects", asOf: "2020-12-31", status: .noData),
        Case(id: "p2020-erqi-square-tasks", asOf: "2020-12-31", status: .noData),
        Case(id: "p2020-fringe-showcases", asOf: "2020-12-31", status: .noData),
        Case(id: "p2020-public-expenditure-cut", asOf: "2020-12-31", status: .noData),
        // The mid-2020 meeting's eight points, judged at year end.
        Case(id: "p2020mid-key-projects", asOf: "2020-12-31", status: .achieved, percent: "100"),
        Case(id: "p2020mid-major-projects", asOf: "2020-12-31", status: .achieved, percent: "100"),
        Case(id: "p2020mid-old-compounds-renovated", asOf: "2020-12-31", status: .missed, percent: "79.5"),
        Case(id: "p2020mid-school-lunch-afterschool", asOf: "2020-12-31", status: .achieved, percent: "100"),
        Case(id: "p2020mid-school-safety-zones", asOf: "2020-12-31", status: .noData),
        Case(id: "p2020mid-showcase-projects", asOf: "2020-12-31", status: .noData),
        // The mid-year view, as of 30 June 2020: the compounds target was still 357.
        Case(id: "p2020-old-compounds-renovated", asOf: "2020-06-30", status: .offTrack, percent: "28.9"),
        Case(id: "p2020mid-old-compounds-renovated", asOf: "2020-06-30", status: .offTrack, percent: "34.7"),
        Case(id: "p2020-fixed-asset-investment", asOf: "2020-06-30", status: .notComparable),
        Case(id: "p2020-major-projects", asOf: "2020-06-30", status: .noData),
        // The 2021–2025 plan: not started in 2020, no figures reported yet.
        Case(id: "p2021-fixed-asset-investment", asOf: "2020-12-31", status: .pending),
        Case(id: "p2021-new-projects-started", asOf: "2022-12-31", status: .noData),
        Case(id: "p2021-industrial-projects", asOf: "2025-12-31", status: .noData),
    ]

    @Test(arguments: cases)
    func conclusion(_ expected: Case) throws {
        let evaluation = try Self.evaluation(expected.id, asOf: expected.asOf)
        #expect(evaluation.status == expected.status)
        #expect(evaluation.revisionInForce == expected.revision)
        let figure = evaluation.figures.completion ?? evaluation.figures.gapClosed
        #expect(try figure.map { try ($0 * 100).rounded(places: 1).description } == expected.percent)
    }

    @Test func compoundsMidYearPaceAndRevision() throws {
        let midYear = try Self.evaluation("p2020-old-compounds-renovated", asOf: "2020-06-30")
        #expect(midYear.requirementInForce.value.value == 357)
        #expect(
            midYear.figures.paceRatio.map { $0.rounded(places: 4) } == (try ExactDecimal.parse("0.5802")))
        let yearEnd = try Self.evaluation("p2020-old-compounds-renovated", asOf: "2020-12-31")
        #expect(yearEnd.requirementInForce.value.value == 297)
        #expect(yearEnd.revision?.effectiveOn == (try CalendarDate(iso: "2020-07-30")))
        #expect(
            try yearEnd.figures.completionOfOriginal.map { try ($0 * 100).rounded(places: 1) }
                == (try ExactDecimal.parse("66.1")))
        #expect(yearEnd.observationsUsed.map(\.citation?.literal) == ["236个"])
    }

    @Test func investmentShortfallCitesItsSources() throws {
        let evaluation = try Self.evaluation("p2020-fixed-asset-investment", asOf: "2020-12-31")
        #expect(evaluation.figures.shortfall == ExactDecimal(12_990_000_000))
        #expect(evaluation.target.citation?.literal == "518亿元以上")
        #expect(evaluation.observationsUsed.first?.citation?.literal == "388.1亿元")
    }

    @Test func milestonesOfThe2020Plan() throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        let milestones = Dictionary(
            uniqueKeysWithValues: scorecard.allMilestoneEvaluations.map { ($0.milestone.id.rawValue, $0) })
        // All new projects were to start by 30 June; the annual report says they did, without a date.
        #expect(milestones["p2020-new-projects-started"]?.status == .done)
        #expect(milestones["p2020-new-projects-started"]?.completedLate == true)
        #expect(milestones["p2020-new-projects-paperwork"]?.status == .overdue)
        #expect(milestones["p2020-fringe-renovation-mostly-done"]?.status == .done)
    }

    @Test func yearEndRollupAndAchievementsWithoutTargets() throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        let plan2020 = try #require(scorecard.plans.first { $0.id == "p2020" })
        #expect(plan2020.rollup.counts[.achieved] == 1)
        #expect(plan2020.rollup.counts[.missed] == 3)
        #expect(plan2020.rollup.counts[.notComparable] == 4)
        #expect(plan2020.rollup.progressCount == 4)
        // The 2020 plan and the mid-2020 meeting both hold targets on the major projects and the old compounds
        // of 2020: the overall rollup counts those two figures twice and says so (the showcase projects, also in
        // both, have no figure).
        #expect(scorecard.rollup.doubleCountedFigures == 2)
        #expect(plan2020.rollup.doubleCountedFigures == nil)
        // Most of what the annual report states has no target: those figures are kept as achievements.
        // Figures for the same days are settled as targets' are (final over preliminary, then the later
        // publication): the 2021 congress's 760亿元 GDP replaces the annual report's preliminary 773亿元, and its
        // 14.7万户 market entities and 5 years of excellent ratings win the conflicts with the annual report's
        // 13.2万余户 and 4 years, which are listed apart with their sources.
        #expect(scorecard.achievements.count == 131)
        #expect(scorecard.achievements.contains { $0.citation?.literal == "760亿元" })
        #expect(scorecard.achievements.contains { $0.citation?.literal == "14.7万户" })
        #expect(scorecard.achievementsSuperseded.map(\.citation?.literal) == ["773亿元"])
        #expect(scorecard.achievementsInConflict.map(\.citation?.literal) == ["4年", "13.2万余户"])
    }
}
