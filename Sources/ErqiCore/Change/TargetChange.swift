import Foundation

/// How one target changed between two scorecards.
public struct TargetChange: Sendable, Hashable, Codable {
    /// The plan that holds the target.
    public var plan: Plan.ID
    /// The target's id.
    public var target: Target.ID
    /// The target's name, from the later scorecard where it is there.
    public var title: LocalizedText
    /// The target's indicator.
    public var indicator: Indicator.ID
    /// The status in the earlier scorecard, `nil` when the target is new.
    public var statusBefore: EvaluationStatus?
    /// The status in the later scorecard, `nil` when the target is gone.
    public var statusAfter: EvaluationStatus?
    /// The requirement in force in the earlier scorecard.
    public var requirementBefore: Requirement?
    /// The requirement in force in the later scorecard.
    public var requirementAfter: Requirement?
    /// The revisions in force in the later scorecard that were not in force in the earlier one, oldest first.
    public var revisions: [TargetRevision]
    /// The actual in the earlier scorecard, in the unit of its requirement.
    public var actualBefore: ExactDecimal?
    /// The actual in the later scorecard.
    public var actualAfter: ExactDecimal?
    /// How approximate the earlier actual is.
    public var approximationBefore: Approximation
    /// How approximate the later actual is.
    public var approximationAfter: Approximation
    /// The progress a report shows in the earlier scorecard: completion, or else gap closed.
    public var progressBefore: ExactDecimal?
    /// The progress a report shows in the later scorecard.
    public var progressAfter: ExactDecimal?
    /// Figures used in the later scorecard that the earlier one did not use: new reports, or final figures.
    public var newObservations: [Observation]
    /// Figures used in the earlier scorecard that the later one no longer uses: superseded, or gone from the data.
    public var droppedObservations: [Observation]

    /// Compares a target's two evaluations; at least one must be given.
    /// - Parameters:
    ///   - plan: The plan that holds the target.
    ///   - before: The earlier evaluation, `nil` when the target is new.
    ///   - after: The later evaluation, `nil` when the target is gone.
    public init(plan: Plan.ID, before: TargetEvaluation?, after: TargetEvaluation?) {
        let either = after ?? before
        self.plan = plan
        self.target = either?.target.id ?? ""
        self.title = either?.target.title ?? LocalizedText(zh: "")
        self.indicator = either?.target.indicator ?? ""
        self.statusBefore = before?.status
        self.statusAfter = after?.status
        self.requirementBefore = before?.requirementInForce
        self.requirementAfter = after?.requirementInForce
        let earlierRevisions = before.map(Self.revisionsInForce) ?? []
        self.revisions = after.map(Self.revisionsInForce)?.filter { !earlierRevisions.contains($0) } ?? []
        self.actualBefore = before?.actual
        self.actualAfter = after?.actual
        self.approximationBefore = before?.actualApproximation ?? .exact
        self.approximationAfter = after?.actualApproximation ?? .exact
        self.progressBefore = before.flatMap { $0.figures.completion ?? $0.figures.gapClosed }
        self.progressAfter = after.flatMap { $0.figures.completion ?? $0.figures.gapClosed }
        let earlierUsed = Set((before?.observationsUsed ?? []).map(\.id))
        let laterUsed = Set((after?.observationsUsed ?? []).map(\.id))
        self.newObservations = (after?.observationsUsed ?? []).filter { !earlierUsed.contains($0.id) }
        self.droppedObservations = (before?.observationsUsed ?? []).filter { !laterUsed.contains($0.id) }
    }

    /// Whether the target is only in the later scorecard.
    public var isAdded: Bool { statusBefore == nil }

    /// Whether the target is only in the earlier scorecard.
    public var isRemoved: Bool { statusAfter == nil }

    /// Whether the status differs between the two scorecards (or the target is added or removed).
    public var statusChanged: Bool { statusBefore != statusAfter }

    /// Whether anything changed: the status, a revision, the requirement, the actual, or the figures used.
    public var isChanged: Bool {
        statusChanged || !revisions.isEmpty || requirementBefore != requirementAfter || actualBefore != actualAfter
            || !newObservations.isEmpty || !droppedObservations.isEmpty
    }

    /// The revisions of an evaluation's target in force on its as-of day.
    private static func revisionsInForce(_ evaluation: TargetEvaluation) -> [TargetRevision] {
        evaluation.target.revisions.filter { $0.effectiveOn <= evaluation.asOf }
    }
}
