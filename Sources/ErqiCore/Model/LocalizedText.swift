/// A name or note in Chinese, with an optional English rendering.
public struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The Chinese text.
    public var zh: String
    /// The English text, if there is one.
    public var en: String?

    /// Creates a text.
    /// - Parameters:
    ///   - zh: The Chinese text.
    ///   - en: The English text, if there is one.
    public init(zh: String, en: String? = nil) {
        self.zh = zh
        self.en = en
    }

    /// Creates a Chinese-only text from a literal.
    /// - Parameter value: The Chinese text.
    public init(stringLiteral value: String) {
        self.init(zh: value)
    }

    /// The text in a language, falling back to Chinese when there is no English.
    /// - Parameter language: The language wanted.
    /// - Returns: The text.
    public func text(in language: Language) -> String {
        language == .en ? (en ?? zh) : zh
    }

    /// The Chinese text.
    public var description: String { zh }
}
