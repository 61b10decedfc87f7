/// How a target compares the actual figure with its value (named so as not to clash with Foundation's `Comparator`).
public enum ComparisonOperator: String, Sendable, Hashable, Codable, CaseIterable {
    /// The actual must be at least the value (≥; 以上, 不少于, 至少). Inclusive, as 以上 is in Civil Code art. 1259.
    case atLeast
    /// The actual must be at most the value (≤; 以下, 以内, 不超过).
    case atMost
    /// The actual must exceed the value (>; 超过).
    case greaterThan
    /// The actual must stay below the value (<; 不满, 不到).
    case lessThan
    /// The actual must equal the value.
    case exactly
    /// The actual must lie between the value and an upper value, both inclusive (a band).
    case between

    /// The mathematical symbol of the comparator.
    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .greaterThan: ">"
        case .lessThan: "<"
        case .exactly: "="
        case .between: "∈"
        }
    }
}
