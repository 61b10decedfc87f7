/// A number in a report that the drafter did not turn into a target or an observation, and why.
public struct LeftOutFigure: Sendable, Hashable, Codable {
    /// The number as printed, with its unit or the word that decided (`7月30日`, `七项`, `500`).
    public let literal: String
    /// The line (from 1) where the number starts.
    public let line: Int
    /// The category, as in seeds/README.md.
    public let category: LeftOutCategory
    /// Why, in plain English.
    public let reason: String

    /// Creates a left-out figure.
    /// - Parameters:
    ///   - literal: The number as printed.
    ///   - line: The line where it starts.
    ///   - category: Why it is left out.
    ///   - reason: The reason in words.
    public init(literal: String, line: Int, category: LeftOutCategory, reason: String) {
        self.literal = literal
        self.line = line
        self.category = category
        self.reason = reason
    }
}
