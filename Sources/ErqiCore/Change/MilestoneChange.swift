/// How one milestone changed between two scorecards.
public struct MilestoneChange: Sendable, Hashable, Codable {
    /// The plan that holds the milestone.
    public var plan: Plan.ID
    /// The milestone's id.
    public var milestone: Milestone.ID
    /// Its name, from the later scorecard where it is there.
    public var title: LocalizedText
    /// The day it is due.
    public var due: CalendarDate
    /// The status in the earlier scorecard, `nil` when the milestone is new.
    public var statusBefore: EvaluationStatus?
    /// The status in the later scorecard, `nil` when the milestone is gone.
    public var statusAfter: EvaluationStatus?
    /// Whether it fell due in between: due after the earlier as-of day and by the later one.
    public var fellDue: Bool

    /// Compares a milestone's two evaluations; at least one must be given.
    /// - Parameters:
    ///   - plan: The plan that holds the milestone.
    ///   - before: The earlier evaluation, `nil` when the milestone is new.
    ///   - after: The later evaluation, `nil` when the milestone is gone.
    ///   - earlier: The earlier as-of day.
    ///   - later: The later as-of day.
    public init(
        plan: Plan.ID, before: MilestoneEvaluation?, after: MilestoneEvaluation?, between earlier: CalendarDate,
        and later: CalendarDate
    ) {
        let either = after ?? before
        self.plan = plan
        self.milestone = either?.milestone.id ?? ""
        self.title = either?.milestone.title ?? LocalizedText(zh: "")
        self.due = either?.milestone.due ?? earlier
        self.statusBefore = before?.status
        self.statusAfter = after?.status
        self.fellDue = due > earlier && due <= later
    }

    /// Whether the status differs, or the milestone fell due in between.
    public var isChanged: Bool { statusBefore != statusAfter || fellDue }
}
