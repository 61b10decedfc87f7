/// A display language.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chinese.
    case zh
    /// English.
    case en
}
