/// How a reporter marks up the parts of a target's notes: text reporters use ``plain``; HTML and Markdown escape.
public struct ReportNoteMarkup: Sendable {
    /// Escapes text taken from data (names, reasons, figures).
    public var data: @Sendable (String) -> String
    /// Marks up an identifier such as a status reason's raw value.
    public var code: @Sendable (String) -> String
    /// Marks up a citation's text as it follows an observation, including the separating space.
    public var citation: @Sendable (String) -> String

    /// Creates a markup from its three parts.
    /// - Parameters:
    ///   - data: Escapes text taken from data.
    ///   - code: Marks up an identifier.
    ///   - citation: Marks up a citation, including the space before it.
    public init(
        data: @escaping @Sendable (String) -> String, code: @escaping @Sendable (String) -> String,
        citation: @escaping @Sendable (String) -> String
    ) {
        self.data = data
        self.code = code
        self.citation = citation
    }

    /// Plain text: nothing escaped, citations in brackets.
    public static let plain = ReportNoteMarkup(data: { $0 }, code: { $0 }, citation: { " [\($0)]" })
}
