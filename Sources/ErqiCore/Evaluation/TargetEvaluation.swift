import Foundation

/// The evaluation of one target as of a day: status, the requirement in force, the actual and its figures.
public struct TargetEvaluation: Sendable, Hashable, Codable {
    /// Every field, behind one reference: an evaluation is copied into its theme's card, the plan's lists and
    /// the scorecard, and each copy is one retain instead of some 1,300 bytes and a dozen retained strings.
    /// The storage is immutable (no run-time exclusivity checks on reading it); a setter, which only code
    /// outside the evaluator uses, puts the changed fields in a new storage.
    private var storage: Storage

    /// The target, with its original requirement and all revisions.
    public var target: Target {
        _read { yield storage.fields.target }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.target
        }
    }
    /// The target's indicator, or `nil` when the dataset does not define it.
    public var indicator: Indicator? {
        _read { yield storage.fields.indicator }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.indicator
        }
    }
    /// The as-of day.
    public var asOf: CalendarDate {
        _read { yield storage.fields.asOf }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.asOf
        }
    }
    /// The verdict.
    public var status: EvaluationStatus {
        _read { yield storage.fields.status }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.status
        }
    }
    /// Why, when the figures alone do not show it.
    public var reason: StatusReason? {
        _read { yield storage.fields.reason }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.reason
        }
    }
    /// The requirement in force on the as-of day.
    public var requirementInForce: Requirement {
        _read { yield storage.fields.requirementInForce }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.requirementInForce
        }
    }
    /// The index in `target.revisions` of the revision in force, or `nil` for the original requirement.
    public var revisionInForce: Int? {
        _read { yield storage.fields.revisionInForce }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.revisionInForce
        }
    }
    /// The actual figure, summed over the observations used for a flow.
    public var actual: ExactDecimal? {
        _read { yield storage.fields.actual }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.actual
        }
    }
    /// How exactly the actual is stated.
    public var actualApproximation: Approximation {
        _read { yield storage.fields.actualApproximation }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.actualApproximation
        }
    }
    /// The least final quality among the observations used.
    public var actualQuality: ObservationQuality? {
        _read { yield storage.fields.actualQuality }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.actualQuality
        }
    }
    /// The last day the actual covers.
    public var actualDate: CalendarDate? {
        _read { yield storage.fields.actualDate }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.actualDate
        }
    }
    /// How many days the last day the actual covers lies before the day the data is needed to reach: the as-of
    /// day, or the due day once the period has ended; `nil` without an actual.
    ///
    /// Expected progress, pace and projection are taken at the data's date, not at the as-of day, so the same
    /// data keeps its verdict as the calendar moves; this says how old that data is.
    public var dataAgeDays: Int? {
        _read { yield storage.fields.dataAgeDays }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.dataAgeDays
        }
    }
    /// Whether the data is stale: older than ``EvaluationPolicy/staleAfterDays``; `nil` without an actual.
    public var dataIsStale: Bool? {
        _read { yield storage.fields.dataIsStale }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.dataIsStale
        }
    }
    /// Whether the requirement holds on the actual, honouring its approximation.
    public var check: RequirementCheck? {
        _read { yield storage.fields.check }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.check
        }
    }
    /// The observations the actual comes from.
    public var observationsUsed: [Observation] {
        _read { yield storage.fields.observationsUsed }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.observationsUsed
        }
    }
    /// Observations replaced by more final ones for the same period.
    public var observationsSuperseded: [Observation] {
        _read { yield storage.fields.observationsSuperseded }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.observationsSuperseded
        }
    }
    /// Observations of the used ones' quality and period with a different figure, set aside by the rule of
    /// conflicts (the later publication, then dataset order): reported beside the one used.
    public var observationsInConflict: [Observation] {
        _read { yield storage.fields.observationsInConflict }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.observationsInConflict
        }
    }
    /// Observations with comparability notes: shown, never compared.
    public var observationsNotComparable: [Observation] {
        _read { yield storage.fields.observationsNotComparable }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.observationsNotComparable
        }
    }
    /// Every comparable figure of the indicator within the target's period known by the as-of day, in date
    /// order, used or not (a first-half figure beside the year's): what a trend chart plots. Filled only when the
    /// evaluator's ``Evaluator/keepsFiguresInPeriod`` is on, to keep large scorecards small; otherwise `nil`.
    public var figuresInPeriod: [Observation]? {
        _read { yield storage.fields.figuresInPeriod }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.figuresInPeriod
        }
    }
    /// The numbers.
    public var figures: EvaluationFigures {
        _read { yield storage.fields.figures }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.figures
        }
    }
    /// What the evaluator noticed about the data.
    public var issues: [EvaluationIssue] {
        _read { yield storage.fields.issues }
        _modify {
            var fields = storage.fields
            defer { storage = Storage(fields) }
            yield &fields.issues
        }
    }

    /// Creates an evaluation with no actual; the evaluator fills in the rest.
    /// - Parameters:
    ///   - target: The target.
    ///   - indicator: Its indicator.
    ///   - asOf: The as-of day.
    public init(target: Target, indicator: Indicator?, asOf: CalendarDate) {
        storage = Storage(Fields(target: target, indicator: indicator, asOf: asOf))
    }

    /// Creates the evaluation of fields the evaluator filled in.
    init(_ fields: Fields) {
        storage = Storage(fields)
    }

    /// The indicator's dense number in the index of the evaluator that made this evaluation, if it has
    /// observations: the scorecard compares figures by it instead of hashing ids. Not part of the value: equality,
    /// hashing and coding ignore it.
    var indicatorNumber: Int? { storage.fields.indicatorNumber }

    /// The revision in force, if any.
    public var revision: TargetRevision? { revisionInForce.map { target.revisions[$0] } }
}

// MARK: - Storage

extension TargetEvaluation {
    /// The fields of an evaluation, as the evaluator fills them in (a plain value on its stack).
    struct Fields: Sendable {
        var target: Target
        var indicator: Indicator?
        var asOf: CalendarDate
        var status: EvaluationStatus
        var reason: StatusReason?
        var requirementInForce: Requirement
        var revisionInForce: Int?
        var actual: ExactDecimal?
        var actualApproximation: Approximation
        var actualQuality: ObservationQuality?
        var actualDate: CalendarDate?
        var dataAgeDays: Int?
        var dataIsStale: Bool?
        var check: RequirementCheck?
        var observationsUsed: [Observation]
        var observationsSuperseded: [Observation]
        var observationsInConflict: [Observation]
        var observationsNotComparable: [Observation]
        var figuresInPeriod: [Observation]?
        var figures: EvaluationFigures
        var issues: [EvaluationIssue]
        var indicatorNumber: Int?

        init(target: Target, indicator: Indicator?, asOf: CalendarDate, indicatorNumber: Int? = nil) {
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
            self.figuresInPeriod = nil
            self.figures = EvaluationFigures()
            self.issues = []
            self.indicatorNumber = indicatorNumber
        }
    }

    /// The fields, immutable and shared by copies, so evaluations keep value semantics.
    final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }
}

// MARK: - Equality, hashing and coding, as if every field were stored

extension TargetEvaluation {
    /// Whether two evaluations have the same fields.
    /// - Parameters:
    ///   - lhs: An evaluation.
    ///   - rhs: Another.
    /// - Returns: `true` when every field is equal.
    public static func == (lhs: TargetEvaluation, rhs: TargetEvaluation) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.target == rhs.target && lhs.indicator == rhs.indicator && lhs.asOf == rhs.asOf
                && lhs.status == rhs.status && lhs.reason == rhs.reason
                && lhs.requirementInForce == rhs.requirementInForce && lhs.revisionInForce == rhs.revisionInForce
                && lhs.actual == rhs.actual && lhs.actualApproximation == rhs.actualApproximation
                && lhs.actualQuality == rhs.actualQuality && lhs.actualDate == rhs.actualDate
                && lhs.dataAgeDays == rhs.dataAgeDays && lhs.dataIsStale == rhs.dataIsStale && lhs.check == rhs.check
                && lhs.observationsUsed == rhs.observationsUsed
                && lhs.observationsSuperseded == rhs.observationsSuperseded
                && lhs.observationsInConflict == rhs.observationsInConflict
                && lhs.observationsNotComparable == rhs.observationsNotComparable
                && lhs.figuresInPeriod == rhs.figuresInPeriod && lhs.figures == rhs.figures && lhs.issues == rhs.issues)
    }

    /// Hashes every field.
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(indicator)
        hasher.combine(asOf)
        hasher.combine(status)
        hasher.combine(reason)
        hasher.combine(requirementInForce)
        hasher.combine(revisionInForce)
        hasher.combine(actual)
        hasher.combine(actualApproximation)
        hasher.combine(actualQuality)
        hasher.combine(actualDate)
        hasher.combine(dataAgeDays)
        hasher.combine(dataIsStale)
        hasher.combine(check)
        hasher.combine(observationsUsed)
        hasher.combine(observationsSuperseded)
        hasher.combine(observationsInConflict)
        hasher.combine(observationsNotComparable)
        hasher.combine(figuresInPeriod)
        hasher.combine(figures)
        hasher.combine(issues)
    }

    private enum CodingKeys: String, CodingKey {
        case target, indicator, asOf, status, reason, requirementInForce, revisionInForce, actual, actualApproximation,
            actualQuality, actualDate, dataAgeDays, dataIsStale, check, observationsUsed, observationsSuperseded,
            observationsInConflict, observationsNotComparable, figuresInPeriod, figures, issues
    }

    /// Decodes an evaluation from its fields; the optional ones may be absent.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let target = try container.decode(Target.self, forKey: .target)
        let indicator = try container.decodeIfPresent(Indicator.self, forKey: .indicator)
        let asOf = try container.decode(CalendarDate.self, forKey: .asOf)
        var storage = Fields(target: target, indicator: indicator, asOf: asOf)
        storage.status = try container.decode(EvaluationStatus.self, forKey: .status)
        storage.reason = try container.decodeIfPresent(StatusReason.self, forKey: .reason)
        storage.requirementInForce = try container.decode(Requirement.self, forKey: .requirementInForce)
        storage.revisionInForce = try container.decodeIfPresent(Int.self, forKey: .revisionInForce)
        storage.actual = try container.decodeIfPresent(ExactDecimal.self, forKey: .actual)
        storage.actualApproximation = try container.decode(Approximation.self, forKey: .actualApproximation)
        storage.actualQuality = try container.decodeIfPresent(ObservationQuality.self, forKey: .actualQuality)
        storage.actualDate = try container.decodeIfPresent(CalendarDate.self, forKey: .actualDate)
        storage.dataAgeDays = try container.decodeIfPresent(Int.self, forKey: .dataAgeDays)
        storage.dataIsStale = try container.decodeIfPresent(Bool.self, forKey: .dataIsStale)
        storage.check = try container.decodeIfPresent(RequirementCheck.self, forKey: .check)
        storage.observationsUsed = try container.decode([Observation].self, forKey: .observationsUsed)
        storage.observationsSuperseded = try container.decode([Observation].self, forKey: .observationsSuperseded)
        storage.observationsInConflict = try container.decode([Observation].self, forKey: .observationsInConflict)
        storage.observationsNotComparable = try container.decode([Observation].self, forKey: .observationsNotComparable)
        storage.figuresInPeriod = try container.decodeIfPresent([Observation].self, forKey: .figuresInPeriod)
        storage.figures = try container.decode(EvaluationFigures.self, forKey: .figures)
        storage.issues = try container.decode([EvaluationIssue].self, forKey: .issues)
        self.storage = Storage(storage)
    }

    /// Encodes the fields in declaration order, leaving out the absent optional ones.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target)
        try container.encodeIfPresent(indicator, forKey: .indicator)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encode(requirementInForce, forKey: .requirementInForce)
        try container.encodeIfPresent(revisionInForce, forKey: .revisionInForce)
        try container.encodeIfPresent(actual, forKey: .actual)
        try container.encode(actualApproximation, forKey: .actualApproximation)
        try container.encodeIfPresent(actualQuality, forKey: .actualQuality)
        try container.encodeIfPresent(actualDate, forKey: .actualDate)
        try container.encodeIfPresent(dataAgeDays, forKey: .dataAgeDays)
        try container.encodeIfPresent(dataIsStale, forKey: .dataIsStale)
        try container.encodeIfPresent(check, forKey: .check)
        try container.encode(observationsUsed, forKey: .observationsUsed)
        try container.encode(observationsSuperseded, forKey: .observationsSuperseded)
        try container.encode(observationsInConflict, forKey: .observationsInConflict)
        try container.encode(observationsNotComparable, forKey: .observationsNotComparable)
        try container.encodeIfPresent(figuresInPeriod, forKey: .figuresInPeriod)
        try container.encode(figures, forKey: .figures)
        try container.encode(issues, forKey: .issues)
    }
}
