/// How final a reported figure is.
public enum ObservationQuality: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A preliminary figure (预计), to be replaced.
    case preliminary
    /// An estimate.
    case estimate
    /// A final figure; it supersedes the others for the same period.
    case final

    /// Orders qualities: preliminary < estimate < final.
    public static func < (lhs: ObservationQuality, rhs: ObservationQuality) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .preliminary: 0
        case .estimate: 1
        case .final: 2
        }
    }
}

/// A reported figure: what an indicator achieved over a period, or its level on a day.
///
/// For a flow, the period is what was counted (103 compounds in 2020-H1). For a stock or a rate, a one-day
/// period is the day of the level. The observation is known from the period's end.
public struct Observation: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe observation identifier.
    public typealias ID = Identifier<Observation>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// The indicator measured.
    public var indicator: Indicator.ID
    /// What the figure covers.
    public var period: Period
    /// The figure.
    public var value: Quantity
    /// How exactly the figure is stated.
    public var approximation: Approximation
    /// How final the figure is.
    public var quality: ObservationQuality
    /// Where it is stated, with the figure as written.
    public var citation: SourceCitation?
    /// Set when the figure measures something close to, but not the same as, the indicator; such figures are
    /// shown but never compared with a target.
    public var comparabilityNote: LocalizedText?
    /// Remarks.
    public var note: LocalizedText?
    /// The observations this one replaces, whatever their quality or publication date (e.g. a corrected
    /// figure); `nil` when it replaces none by name. See the DocC article "Evaluation", conflicts.
    public var supersedes: [ID]?

    /// Creates an observation.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - indicator: The indicator measured.
    ///   - period: What the figure covers.
    ///   - value: The figure.
    ///   - approximation: How exactly it is stated: exact unless given. For a figure read from report text (约, 余,
    ///     近), use `init(id:indicator:period:reading:…)`, which keeps the text's approximation.
    ///   - quality: How final it is.
    ///   - citation: Where it is stated.
    ///   - comparabilityNote: Why it is not quite the indicator, if so.
    ///   - note: Remarks.
    ///   - supersedes: The observations this one replaces by name, or `nil`.
    public init(
        id: ID, indicator: Indicator.ID, period: Period, value: Quantity,
        approximation: Approximation = .exact, quality: ObservationQuality = .final,
        citation: SourceCitation? = nil, comparabilityNote: LocalizedText? = nil, note: LocalizedText? = nil,
        supersedes: [ID]? = nil
    ) {
        self.id = id
        self.indicator = indicator
        self.period = period
        self.value = value
        self.approximation = approximation
        self.quality = quality
        self.citation = citation
        self.comparabilityNote = comparabilityNote
        self.note = note
        self.supersedes = supersedes
    }

    /// The day from which the figure is known: the end of its period.
    public var date: CalendarDate { period.end }
}
