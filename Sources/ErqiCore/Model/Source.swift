/// A document that states targets or achievements: a plan, a meeting report, an annual report.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe source identifier.
    public typealias ID = Identifier<Source>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// The document's title.
    public var title: LocalizedText
    /// The day the document was published, if known.
    public var publishedOn: CalendarDate?
    /// Where the document is: a file name, a URL or a reference.
    public var locator: String
    /// Remarks, e.g. how an unprinted year was inferred.
    public var note: LocalizedText?

    /// Creates a source.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: The title.
    ///   - publishedOn: The day of publication, if known.
    ///   - locator: Where the document is.
    ///   - note: Remarks.
    public init(
        id: ID, title: LocalizedText, publishedOn: CalendarDate? = nil, locator: String,
        note: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.publishedOn = publishedOn
        self.locator = locator
        self.note = note
    }
}

/// Where in a source a figure stands, and the figure exactly as written there.
public struct SourceCitation: Sendable, Hashable, Codable {
    /// The source.
    public var source: Source.ID
    /// The line where the figure starts, counting from 1.
    public var line: Int?
    /// The figure as the source writes it, e.g. `"388.1亿元"`.
    public var literal: String?

    /// Creates a citation.
    /// - Parameters:
    ///   - source: The source.
    ///   - line: The line where the figure starts.
    ///   - literal: The figure as written.
    public init(source: Source.ID, line: Int? = nil, literal: String? = nil) {
        self.source = source
        self.line = line
        self.literal = literal
    }
}
