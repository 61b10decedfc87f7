import ErqiCore
import Testing

struct MilestoneTests {
    /// All new projects under way by 30 June.
    static func milestone(doneOn: String?) -> Milestone {
        Milestone(
            id: "projects-started", title: "新建项目全部开工", due: Fixtures.date("2020-06-30"),
            evidence: doneOn.map { [Milestone.Evidence(date: Fixtures.date($0), isDone: true)] } ?? [])
    }

    @Test func doneBeforeTheDeadline() {
        let evaluation = MilestoneEvaluation(
            milestone: Self.milestone(doneOn: "2020-06-20"),
            asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.status == .done)
        #expect(evaluation.completedOn == Fixtures.date("2020-06-20"))
        #expect(!evaluation.completedLate)
    }

    @Test func doneAfterTheDeadline() {
        let milestone = Self.milestone(doneOn: "2020-07-15")
        let before = MilestoneEvaluation(milestone: milestone, asOf: Fixtures.date("2020-07-01"))
        #expect(before.status == .overdue)
        let after = MilestoneEvaluation(milestone: milestone, asOf: Fixtures.date("2020-07-15"))
        #expect(after.status == .done)
        #expect(after.completedLate)
    }

    @Test func pendingUntilTheDeadline() {
        let evaluation = MilestoneEvaluation(milestone: Self.milestone(doneOn: nil), asOf: Fixtures.date("2020-06-30"))
        #expect(evaluation.status == .pending)
        let overdue = MilestoneEvaluation(milestone: Self.milestone(doneOn: nil), asOf: Fixtures.date("2020-07-01"))
        #expect(overdue.status == .overdue)
    }

    @Test func notDoneEvidenceKeepsItOpen() {
        let milestone = Milestone(
            id: "m", title: "m", due: Fixtures.date("2020-12-31"),
            evidence: [Milestone.Evidence(date: Fixtures.date("2020-06-30"), isDone: false)])
        let evaluation = MilestoneEvaluation(milestone: milestone, asOf: Fixtures.date("2020-07-01"))
        #expect(evaluation.status == .pending)
        #expect(evaluation.latestEvidence?.isDone == false)
    }
}
