import Foundation

/// A numeric commitment: an indicator must meet a requirement over a period.
///
/// The requirement first stated is kept as ``requirement``; later changes are ``revisions`` in date order, and
/// ``requirement(asOf:)`` gives the one in force on a day.
public struct Target: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe target identifier.
    public typealias ID = Identifier<Target>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// What the target is, in the plan's words (a summary, not a quotation).
    public var title: LocalizedText
    /// The indicator measured.
    public var indicator: Indicator.ID
    /// The period the target covers; a flow is counted within it.
    public var period: Period
    /// The requirement as first stated.
    public var requirement: Requirement
    /// The starting level; `nil` means 0.
    public var baseline: Baseline?
    /// A deadline earlier than the period's end, if the plan sets one.
    public var deadline: CalendarDate?
    /// Dated changes to the requirement, in date order.
    public var revisions: [TargetRevision]
    /// The expected path of progress; `nil` means linear.
    public var trajectory: Trajectory?
    /// The weight in rollups, 1 by default.
    public var weight: ExactDecimal
    /// Where the target is stated.
    public var citation: SourceCitation?
    /// Remarks.
    public var note: LocalizedText?

    /// Creates a target.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: What the target is.
    ///   - indicator: The indicator measured.
    ///   - period: The period it covers.
    ///   - requirement: The requirement as first stated.
    ///   - baseline: The starting level; `nil` means 0.
    ///   - deadline: A deadline before the period's end.
    ///   - revisions: Dated changes; they are sorted by date.
    ///   - trajectory: The expected path; `nil` means linear.
    ///   - weight: The weight in rollups.
    ///   - citation: Where it is stated.
    ///   - note: Remarks.
    public init(
        id: ID, title: LocalizedText, indicator: Indicator.ID, period: Period, requirement: Requirement,
        baseline: Baseline? = nil, deadline: CalendarDate? = nil, revisions: [TargetRevision] = [],
        trajectory: Trajectory? = nil, weight: ExactDecimal = 1, citation: SourceCitation? = nil,
        note: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.indicator = indicator
        self.period = period
        self.requirement = requirement
        self.baseline = baseline
        self.deadline = deadline
        self.revisions = revisions.sorted { $0.effectiveOn < $1.effectiveOn }
        self.trajectory = trajectory
        self.weight = weight
        self.citation = citation
        self.note = note
    }

    /// The requirement in force on a day, and which revision it comes from.
    /// - Parameter date: The as-of day.
    /// - Returns: The requirement and the index of its revision in ``revisions``, or `nil` for the original.
    public func requirement(asOf date: CalendarDate) -> (requirement: Requirement, revision: Int?) {
        var current: (Requirement, Int?) = (requirement, nil)
        for (index, revision) in revisions.enumerated() where revision.effectiveOn <= date {
            current = (revision.requirement, index)
        }
        return current
    }

    /// The last day by which the target must be met: the deadline, or the period's end.
    public var dueDate: CalendarDate { deadline ?? period.end }
}
