/// A type-safe identifier: an `Identifier<Target>` cannot be passed where an `Identifier<Indicator>` is expected.
///
/// It wraps a string and encodes as that string alone (a single-value container), so a JSON plan writes
/// `"indicator": "investment"` rather than an object.
///
/// ```swift
/// let id: Target.ID = "invest-2020"
/// ```
public struct Identifier<Tag>: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier's text.
    public let rawValue: String

    /// Creates an identifier from its text.
    /// - Parameter rawValue: The identifier's text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from its text.
    /// - Parameter rawValue: The identifier's text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    /// - Parameter value: The identifier's text.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes an identifier from a single string.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a single string.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text, so that sorted output is stable.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
