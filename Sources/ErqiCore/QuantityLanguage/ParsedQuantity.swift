/// A quantity found in text, with where it was written and how it was qualified.
///
/// "确保年度投资完成518亿元以上" holds one: text `518亿元以上`, range 8..<15, quantity 51800000000 CNY,
/// comparator ``ComparisonOperator/atLeast``, approximation ``Approximation/exact``.
public struct ParsedQuantity: Sendable, Hashable {
    /// The quantity exactly as written, qualifiers included; the characters of the input at ``range``
    /// (a line break inside the phrase is kept).
    public let text: String
    /// The character offsets (Swift `Character`s, from 0) of ``text`` in the input.
    public let range: Range<Int>
    /// The exact value in base units, and the unit.
    public let quantity: Quantity
    /// The comparator a qualifier gave (以上 ≥, 以下/以内 ≤, 超过 >, 不到 <), or `nil`.
    public let comparator: ComparisonOperator?
    /// How exactly the figure is stated (余/多, 近, 约/左右).
    public let approximation: Approximation

    /// Creates a parsed quantity.
    /// - Parameters:
    ///   - text: The quantity as written.
    ///   - range: Its character offsets in the input.
    ///   - quantity: The exact value and unit.
    ///   - comparator: The comparator a qualifier gave, or `nil`.
    ///   - approximation: How exactly the figure is stated.
    public init(
        text: String, range: Range<Int>, quantity: Quantity, comparator: ComparisonOperator? = nil,
        approximation: Approximation = .exact
    ) {
        self.text = text
        self.range = range
        self.quantity = quantity
        self.comparator = comparator
        self.approximation = approximation
    }
}
