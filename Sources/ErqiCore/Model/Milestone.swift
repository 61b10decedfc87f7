import Foundation

/// A dated commitment without a number, such as "all new projects under way by 30 June".
public struct Milestone: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe milestone identifier.
    public typealias ID = Identifier<Milestone>

    /// What a source says about a milestone on a day: done, or not yet done.
    public struct Evidence: Sendable, Hashable, Codable {
        /// The day the statement refers to.
        public var date: CalendarDate
        /// Whether the milestone was done by then.
        public var isDone: Bool
        /// Where it is stated.
        public var citation: SourceCitation?

        /// Creates evidence.
        /// - Parameters:
        ///   - date: The day the statement refers to.
        ///   - isDone: Whether the milestone was done by then.
        ///   - citation: Where it is stated.
        public init(date: CalendarDate, isDone: Bool, citation: SourceCitation? = nil) {
            self.date = date
            self.isDone = isDone
            self.citation = citation
        }
    }

    /// The identifier, unique in a dataset.
    public var id: ID
    /// What is promised.
    public var title: LocalizedText
    /// The deadline.
    public var due: CalendarDate
    /// Statements about progress.
    public var evidence: [Evidence]
    /// The weight in rollups, 1 by default.
    public var weight: ExactDecimal
    /// Where the milestone is stated.
    public var citation: SourceCitation?

    /// Creates a milestone.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: What is promised.
    ///   - due: The deadline.
    ///   - evidence: Statements about progress.
    ///   - weight: The weight in rollups.
    ///   - citation: Where it is stated.
    public init(
        id: ID, title: LocalizedText, due: CalendarDate, evidence: [Evidence] = [], weight: ExactDecimal = 1,
        citation: SourceCitation? = nil
    ) {
        self.id = id
        self.title = title
        self.due = due
        self.evidence = evidence.sorted { $0.date < $1.date }
        self.weight = weight
        self.citation = citation
    }
}
