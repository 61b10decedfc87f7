public import Foundation

/// The numbers behind a target's status, exact and unrounded, in the target's unit where they have one.
///
/// A figure is `nil` when it does not apply (completion with a baseline) or cannot be computed (pace before
/// any progress is expected). Reporters round for display only.
public struct EvaluationFigures: Sendable, Hashable, Codable {
    /// `a / T` against the requirement in force, for at-least targets without a baseline.
    public var completion: Decimal?
    /// `a / T` against the original requirement, when a revision is in force.
    public var completionOfOriginal: Decimal?
    /// `(a − b) / (T − b)`, raw.
    public var gapClosed: Decimal?
    /// The expected share of progress by the as-of day.
    public var expectedProgress: Decimal?
    /// `p / e` (for caps, `e / p`: see ``Evaluator``).
    public var paceRatio: Decimal?
    /// `b + (a − b) / e`: the value at the end at the current pace.
    public var projection: Decimal?
    /// How far the actual falls short of the requirement, in the direction it asks: `T − a` for at-least,
    /// `a − T` for at-most, the distance to the band or value otherwise. Negative when exceeded.
    public var shortfall: Decimal?
    /// `(T − a)` per year for the rest of the period.
    public var requiredPerYear: Decimal?
    /// `(T − a)` per month for the rest of the period.
    public var requiredPerMonth: Decimal?
    /// CAGR and R, for stock indicators with a dated positive baseline.
    public var growth: GrowthAssessment?

    /// Creates empty figures.
    public init() {}
}
