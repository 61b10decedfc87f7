/// A plan: a document's set of targets and milestones, organised in themes as the document organises them.
public struct Plan: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe plan identifier.
    public typealias ID = Identifier<Plan>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// The plan's name.
    public var title: LocalizedText
    /// The period the plan covers.
    public var period: Period
    /// Where the plan is stated.
    public var source: Source.ID?
    /// The top-level themes.
    public var themes: [Theme]

    /// Creates a plan.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: The name.
    ///   - period: The period it covers.
    ///   - source: Where it is stated.
    ///   - themes: The top-level themes.
    public init(id: ID, title: LocalizedText, period: Period, source: Source.ID? = nil, themes: [Theme]) {
        self.id = id
        self.title = title
        self.period = period
        self.source = source
        self.themes = themes
    }
}
