public import ErqiCore

/// One figure of a report, proposed as a target or an observation, with everything a reviewer needs to confirm it.
public struct DraftedFigure: Sendable, Hashable {
    /// Target or observation.
    public var kind: FigureKind
    /// The figure as printed, from its first digit, with its unit and qualifiers; line breaks removed
    /// (`518亿元以上`, `13.2万余户`).
    public var literal: String
    /// The line (from 1) where the number starts, the newspaper line breaks joined as `scripts/verify-seeds` does.
    public var line: Int
    /// The exact value in base units and its unit (the lower end of a range; signed for a decrease).
    public var quantity: Quantity
    /// The upper end of a range (2%至3%), or `nil`.
    public var upperQuantity: Quantity?
    /// For a target, what it asks: `atLeast` for 以上 or a bare figure, `atMost` for 以内 and 控制在, `between` for a
    /// range. For an observation, the comparator the text wrote (usually `nil`).
    public var comparator: ComparisonOperator?
    /// How exactly the figure is stated (余/多, 近, 约).
    public var approximation: Approximation
    /// The period the figure covers.
    public var period: Period
    /// Why that period (the phrase that gave it, or the report's year).
    public var periodReason: String
    /// A proposed indicator name, from the words around the figure.
    public var indicatorName: String
    /// A proposed indicator kind: rates for percentages and multiples, stocks for levels, flows otherwise.
    public var indicatorKind: IndicatorKind
    /// `preliminary` for 预计, `final` otherwise (observations only).
    public var quality: ObservationQuality
    /// How sure the drafter is.
    public var confidence: DraftConfidence
    /// The cue that decided the kind, in words.
    public var reason: String
    /// What a person must decide before the figure can be used, or `nil` when nothing is open.
    public var review: String?

    /// Creates a drafted figure (the drafter makes these; the initialiser is public for tests and tools).
    /// - Parameters:
    ///   - kind: Target or observation.
    ///   - literal: The figure as printed.
    ///   - line: Its line.
    ///   - quantity: Value and unit.
    ///   - upperQuantity: Upper end of a range.
    ///   - comparator: The requirement's comparator, or the one written.
    ///   - approximation: How exactly it is stated.
    ///   - period: The period it covers.
    ///   - periodReason: Why that period.
    ///   - indicatorName: The proposed indicator name.
    ///   - indicatorKind: The proposed indicator kind.
    ///   - quality: Preliminary or final.
    ///   - confidence: How sure the drafter is.
    ///   - reason: Why this kind.
    ///   - review: What is left to decide.
    public init(
        kind: FigureKind, literal: String, line: Int, quantity: Quantity, upperQuantity: Quantity? = nil,
        comparator: ComparisonOperator?, approximation: Approximation, period: Period, periodReason: String,
        indicatorName: String, indicatorKind: IndicatorKind, quality: ObservationQuality = .final,
        confidence: DraftConfidence, reason: String, review: String? = nil
    ) {
        self.kind = kind
        self.literal = literal
        self.line = line
        self.quantity = quantity
        self.upperQuantity = upperQuantity
        self.comparator = comparator
        self.approximation = approximation
        self.period = period
        self.periodReason = periodReason
        self.indicatorName = indicatorName
        self.indicatorKind = indicatorKind
        self.quality = quality
        self.confidence = confidence
        self.reason = reason
        self.review = review
    }
}
