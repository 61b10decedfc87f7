import Foundation

/// One of a plan's worst targets in a ``PlanComparisonRow``: its id, name, status and displayed progress.
public struct PlanComparisonTarget: Sendable, Hashable, Codable {
    /// The target's id.
    public var target: Target.ID
    /// The target's name.
    public var title: LocalizedText
    /// The target's status.
    public var status: EvaluationStatus
    /// The progress a report shows: completion, or else gap closed; not clamped (below 0 means regressed).
    public var progress: ExactDecimal

    /// Creates the entry of an evaluated target.
    /// - Parameters:
    ///   - evaluation: The target's evaluation.
    ///   - progress: Its displayed progress.
    public init(_ evaluation: TargetEvaluation, progress: ExactDecimal) {
        self.target = evaluation.target.id
        self.title = evaluation.target.title
        self.status = evaluation.status
        self.progress = progress
    }
}
