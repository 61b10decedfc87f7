import Foundation

/// The evaluation of one target as of a day: status, the requirement in force, the actual and its figures.
public struct TargetEvaluation: Sendable, Hashable, Codable {
    /// The target, with its original requirement and all revisions.
    public var target: Target
    /// The target's indicator, or `nil` when the dataset does not define it.
    public var indicator: Indicator?
    /// The as-of day.
    public var asOf: CalendarDate
    /// The verdict.
    public var status: EvaluationStatus
    /// Why, when the figures alone do not show it.
    public var reason: StatusReason?
    /// The requirement in force on the as-of day.
    public var requirementInForce: Requirement
    /// The index in `target.revisions` of the revision in force, or `nil` for the original requirement.
    public var revisionInForce: Int?
    /// The actual figure, summed over the observations used for a flow.
    public var actual: ExactDecimal?
    /// How exactly the actual is stated.
    public var actualApproximation: Approximation
    /// The least final quality among the observations used.
    public var actualQuality: ObservationQuality?
    /// The last day the actual covers.
    public var actualDate: CalendarDate?
    /// How many days the last day the actual covers lies before the day the data is needed to reach: the as-of
    /// day, or the due day once the period has ended; `nil` without an actual.
    ///
    /// Expected progress, pace and projection are taken at the data's date, not at the as-of day, so the same
    /// data keeps its verdict as the calendar moves; this says how old that data is.
    public var dataAgeDays: Int?
    /// Whether the data is stale: older than ``EvaluationPolicy/staleAfterDays``; `nil` without an actual.
    public var dataIsStale: Bool?
    /// Whether the requirement holds on the actual, honouring its approximation.
    public var check: RequirementCheck?
    /// The observations the actual comes from.
    public var observationsUsed: [Observation]
    /// Observations replaced by more final ones for the same period.
    public var observationsSuperseded: [Observation]
    /// Observations of the used ones' quality and period with a different figure, set aside by the rule of
    /// conflicts (the later publication, then dataset order): reported beside the one used.
    public var observationsInConflict: [Observation]
    /// Observations with comparability notes: shown, never compared.
    public var observationsNotComparable: [Observation]
    /// Every comparable figure of the indicator within the target's period known by the as-of day, in date
    /// order, used or not (a first-half figure beside the year's): what a trend chart plots. Filled only when the
    /// evaluator's ``Evaluator/keepsFiguresInPeriod`` is on, to keep large scorecards small; otherwise `nil`.
    public var figuresInPeriod: [Observation]? = nil
    /// The numbers.
    public var figures: EvaluationFigures
    /// What the evaluator noticed about the data.
    public var issues: [EvaluationIssue]

    /// Creates an evaluation with no actual; the evaluator fills in the rest.
    /// - Parameters:
    ///   - target: The target.
    ///   - indicator: Its indicator.
    ///   - asOf: The as-of day.
    public init(target: Target, indicator: Indicator?, asOf: CalendarDate) {
        let inForce = target.requirement(asOf: asOf)
        self.target = target
        self.indicator = indicator
        self.asOf = asOf
        self.status = .noData
        self.reason = nil
        self.requirementInForce = inForce.requirement
        self.revisionInForce = inForce.revision
        self.actual = nil
        self.actualApproximation = .exact
        self.actualQuality = nil
        self.actualDate = nil
        self.dataAgeDays = nil
        self.dataIsStale = nil
        self.check = nil
        self.observationsUsed = []
        self.observationsSuperseded = []
        self.observationsInConflict = []
        self.observationsNotComparable = []
        self.figures = EvaluationFigures()
        self.issues = []
    }

    /// The revision in force, if any.
    public var revision: TargetRevision? { revisionInForce.map { target.revisions[$0] } }
}
