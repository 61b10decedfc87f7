import Foundation

/// The numbers behind a target's status, exact and unrounded, in the target's unit where they have one.
///
/// A figure is `nil` when it does not apply (completion with a baseline) or cannot be computed (pace before
/// any progress is expected). Reporters round for display only.
public struct EvaluationFigures: Sendable, Hashable, Codable {
    /// `a / T` against the requirement in force, for at-least targets without a baseline.
    public var completion: ExactDecimal?
    /// `a / T` against the original requirement, when a revision is in force.
    public var completionOfOriginal: ExactDecimal?
    /// `(a − b) / (T − b)`, raw.
    public var gapClosed: ExactDecimal?
    /// The expected share of progress by the as-of day.
    public var expectedProgress: ExactDecimal?
    /// `p / e` (for caps, `e / p`: see ``Evaluator``).
    public var paceRatio: ExactDecimal?
    /// `b + (a − b) / e`: the value at the end at the current pace.
    public var projection: ExactDecimal?
    /// How far the actual falls short of the requirement, in the direction it asks: `T − a` for at-least,
    /// `a − T` for at-most, the distance to the band or value otherwise. Negative when exceeded.
    public var shortfall: ExactDecimal?
    /// `(T − a)` per year for the rest of the period.
    public var requiredPerYear: ExactDecimal?
    /// `(T − a)` per month for the rest of the period.
    public var requiredPerMonth: ExactDecimal?
    /// CAGR and R, for stock indicators with a dated positive baseline.
    public var growth: GrowthAssessment?
    /// How exactly ``completion``, ``completionOfOriginal`` and ``gapClosed`` are known when the actual is
    /// approximate, or `nil` when exact: ``Approximation/nearly`` means the true figure lies just below the one
    /// stored (近200 of 200 is below 100%), ``Approximation/moreThan`` just above it.
    public var progressApproximation: Approximation?
    /// How exactly ``shortfall`` is known when the actual is approximate, or `nil` when exact: against
    /// "≥ 200", 近200 gives a shortfall of 0 that is really ``Approximation/moreThan`` 0.
    public var shortfallApproximation: Approximation?
    /// For a band (between two bounds), the distance from the actual to the nearer bound, never negative:
    /// inside the band, the margin left; outside, how far out. A band has no completion, gap closed,
    /// expected progress, projection or required rate.
    public var bandDistance: ExactDecimal?

    /// Creates empty figures.
    public init() {}
}
