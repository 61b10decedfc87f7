/// A dated change to a target's requirement, e.g. 357 compounds revised to 297 on 2020-07-30.
public struct TargetRevision: Sendable, Hashable, Codable {
    /// The day from which the new requirement is in force.
    public var effectiveOn: CalendarDate
    /// The new requirement.
    public var requirement: Requirement
    /// Where the revision is stated.
    public var citation: SourceCitation?
    /// Why the target changed, if a source says.
    public var reason: LocalizedText?

    /// Creates a revision.
    /// - Parameters:
    ///   - effectiveOn: The day from which it is in force.
    ///   - requirement: The new requirement.
    ///   - citation: Where it is stated.
    ///   - reason: Why the target changed.
    public init(
        effectiveOn: CalendarDate, requirement: Requirement, citation: SourceCitation? = nil,
        reason: LocalizedText? = nil
    ) {
        self.effectiveOn = effectiveOn
        self.requirement = requirement
        self.citation = citation
        self.reason = reason
    }
}
