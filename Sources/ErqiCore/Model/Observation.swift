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
    /// The parts most observations leave unset (notes, names replaced), behind one reference: `nil` when none is
    /// set, so a plain observation carries eight bytes for them. Never mutated in place, so copies stay values.
    private var extras: ObservationExtras?

    /// Set when the figure measures something close to, but not the same as, the indicator; such figures are
    /// shown but never compared with a target.
    public var comparabilityNote: LocalizedText? {
        get { extras?.comparabilityNote }
        set { extras = ObservationExtras(comparabilityNote: newValue, note: note, supersedes: supersedes) }
    }
    /// Remarks.
    public var note: LocalizedText? {
        get { extras?.note }
        set { extras = ObservationExtras(comparabilityNote: comparabilityNote, note: newValue, supersedes: supersedes) }
    }
    /// The observations this one replaces, whatever their quality or publication date (e.g. a corrected
    /// figure); `nil` when it replaces none by name. See the DocC article "Evaluation", conflicts.
    public var supersedes: [ID]? {
        get { extras?.supersedes }
        set { extras = ObservationExtras(comparabilityNote: comparabilityNote, note: note, supersedes: newValue) }
    }

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
        self.extras = ObservationExtras(comparabilityNote: comparabilityNote, note: note, supersedes: supersedes)
    }

    /// The day from which the figure is known: the end of its period.
    public var date: CalendarDate { period.end }
}

// MARK: - Equality, hashing and coding, as if every field were stored

extension Observation {
    /// Whether two observations have the same fields.
    /// - Parameters:
    ///   - lhs: An observation.
    ///   - rhs: Another.
    /// - Returns: `true` when every field is equal.
    public static func == (lhs: Observation, rhs: Observation) -> Bool {
        lhs.id == rhs.id && lhs.indicator == rhs.indicator && lhs.period == rhs.period && lhs.value == rhs.value
            && lhs.approximation == rhs.approximation && lhs.quality == rhs.quality && lhs.citation == rhs.citation
            && (lhs.extras === rhs.extras
                || (lhs.comparabilityNote == rhs.comparabilityNote && lhs.note == rhs.note
                    && lhs.supersedes == rhs.supersedes))
    }

    /// Hashes every field.
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(indicator)
        hasher.combine(period)
        hasher.combine(value)
        hasher.combine(approximation)
        hasher.combine(quality)
        hasher.combine(citation)
        hasher.combine(comparabilityNote)
        hasher.combine(note)
        hasher.combine(supersedes)
    }

    private enum CodingKeys: String, CodingKey {
        case id, indicator, period, value, approximation, quality, citation, comparabilityNote, note, supersedes
    }

    /// Decodes an observation from its fields; the optional ones may be absent.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ID.self, forKey: .id),
            indicator: try container.decode(Indicator.ID.self, forKey: .indicator),
            period: try container.decode(Period.self, forKey: .period),
            value: try container.decode(Quantity.self, forKey: .value),
            approximation: try container.decode(Approximation.self, forKey: .approximation),
            quality: try container.decode(ObservationQuality.self, forKey: .quality),
            citation: try container.decodeIfPresent(SourceCitation.self, forKey: .citation),
            comparabilityNote: try container.decodeIfPresent(LocalizedText.self, forKey: .comparabilityNote),
            note: try container.decodeIfPresent(LocalizedText.self, forKey: .note),
            supersedes: try container.decodeIfPresent([ID].self, forKey: .supersedes))
    }

    /// Encodes the fields in declaration order, leaving out the absent optional ones.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(period, forKey: .period)
        try container.encode(value, forKey: .value)
        try container.encode(approximation, forKey: .approximation)
        try container.encode(quality, forKey: .quality)
        try container.encodeIfPresent(citation, forKey: .citation)
        try container.encodeIfPresent(comparabilityNote, forKey: .comparabilityNote)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(supersedes, forKey: .supersedes)
    }
}
