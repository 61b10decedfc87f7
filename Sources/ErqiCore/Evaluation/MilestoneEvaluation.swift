/// The evaluation of one milestone as of a day.
public struct MilestoneEvaluation: Sendable, Hashable, Codable {
    /// The milestone.
    public var milestone: Milestone
    /// The as-of day.
    public var asOf: CalendarDate
    /// Done, overdue or pending.
    public var status: EvaluationStatus
    /// The day it was reported done, if it was by the as-of day.
    public var completedOn: CalendarDate?
    /// Whether it was done after its deadline.
    public var completedLate: Bool
    /// The latest evidence known on the as-of day.
    public var latestEvidence: Milestone.Evidence?

    /// Evaluates a milestone: done when evidence dated by the as-of day says so; otherwise overdue after the
    /// deadline and pending until it.
    /// - Parameters:
    ///   - milestone: The milestone.
    ///   - asOf: The as-of day.
    public init(milestone: Milestone, asOf: CalendarDate) {
        self.milestone = milestone
        self.asOf = asOf
        let known = milestone.evidence.filter { $0.date <= asOf }
        self.latestEvidence = known.last
        if let done = known.first(where: \.isDone) {
            self.status = .done
            self.completedOn = done.date
            self.completedLate = done.date > milestone.due
        } else {
            self.status = asOf > milestone.due ? .overdue : .pending
            self.completedOn = nil
            self.completedLate = false
        }
    }
}
