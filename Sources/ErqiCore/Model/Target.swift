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
    public var baseline: Baseline? {
        get { extras?.baseline }
        set { extras = TargetExtras(baseline: newValue, trajectory: trajectory, note: note) }
    }
    /// A deadline earlier than the period's end, if the plan sets one.
    public var deadline: CalendarDate?
    /// Dated changes to the requirement, in date order.
    public var revisions: [TargetRevision]
    /// The expected path of progress; `nil` means linear.
    public var trajectory: Trajectory? {
        get { extras?.trajectory }
        set { extras = TargetExtras(baseline: baseline, trajectory: newValue, note: note) }
    }
    /// The weight in rollups, 1 by default.
    public var weight: ExactDecimal
    /// Where the target is stated.
    public var citation: SourceCitation?
    /// Remarks.
    public var note: LocalizedText? {
        get { extras?.note }
        set { extras = TargetExtras(baseline: baseline, trajectory: trajectory, note: newValue) }
    }
    /// The parts many targets leave unset (baseline, trajectory, note), behind one reference: `nil` when none is
    /// set. Never mutated in place, so copies stay values.
    private var extras: TargetExtras?

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
        self.deadline = deadline
        self.revisions = revisions.sorted { $0.effectiveOn < $1.effectiveOn }
        self.weight = weight
        self.citation = citation
        self.extras = TargetExtras(baseline: baseline, trajectory: trajectory, note: note)
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

// MARK: - Equality, hashing and coding, as if every field were stored

extension Target {
    /// Whether two targets have the same fields.
    /// - Parameters:
    ///   - lhs: A target.
    ///   - rhs: Another.
    /// - Returns: `true` when every field is equal.
    public static func == (lhs: Target, rhs: Target) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.indicator == rhs.indicator && lhs.period == rhs.period
            && lhs.requirement == rhs.requirement && lhs.deadline == rhs.deadline && lhs.revisions == rhs.revisions
            && lhs.weight == rhs.weight && lhs.citation == rhs.citation
            && (lhs.extras === rhs.extras
                || (lhs.baseline == rhs.baseline && lhs.trajectory == rhs.trajectory && lhs.note == rhs.note))
    }

    /// Hashes every field.
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(indicator)
        hasher.combine(period)
        hasher.combine(requirement)
        hasher.combine(baseline)
        hasher.combine(deadline)
        hasher.combine(revisions)
        hasher.combine(trajectory)
        hasher.combine(weight)
        hasher.combine(citation)
        hasher.combine(note)
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, indicator, period, requirement, baseline, deadline, revisions, trajectory, weight, citation
        case note
    }

    /// Decodes a target from its fields; the optional ones may be absent.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(ID.self, forKey: .id)
        self.title = try container.decode(LocalizedText.self, forKey: .title)
        self.indicator = try container.decode(Indicator.ID.self, forKey: .indicator)
        self.period = try container.decode(Period.self, forKey: .period)
        self.requirement = try container.decode(Requirement.self, forKey: .requirement)
        let baseline = try container.decodeIfPresent(Baseline.self, forKey: .baseline)
        self.deadline = try container.decodeIfPresent(CalendarDate.self, forKey: .deadline)
        // Kept as decoded, as the synthesized decoder did: only the initializer sorts revisions.
        self.revisions = try container.decode([TargetRevision].self, forKey: .revisions)
        let trajectory = try container.decodeIfPresent(Trajectory.self, forKey: .trajectory)
        self.weight = try container.decode(ExactDecimal.self, forKey: .weight)
        self.citation = try container.decodeIfPresent(SourceCitation.self, forKey: .citation)
        let note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
        self.extras = TargetExtras(baseline: baseline, trajectory: trajectory, note: note)
    }

    /// Encodes the fields in declaration order, leaving out the absent optional ones.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(period, forKey: .period)
        try container.encode(requirement, forKey: .requirement)
        try container.encodeIfPresent(baseline, forKey: .baseline)
        try container.encodeIfPresent(deadline, forKey: .deadline)
        try container.encode(revisions, forKey: .revisions)
        try container.encodeIfPresent(trajectory, forKey: .trajectory)
        try container.encode(weight, forKey: .weight)
        try container.encodeIfPresent(citation, forKey: .citation)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
