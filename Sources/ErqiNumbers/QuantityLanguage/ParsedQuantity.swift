/// A quantity found in text, with where it was written and how it was qualified.
///
/// "确保年度投资完成518亿元以上" holds one: text `518亿元以上`, range 8..<15, quantity 51800000000 CNY,
/// comparator ``ComparisonOperator/atLeast``, approximation ``Approximation/exact``.
///
/// A range ("2%至3%", "两到三年") is one parsed quantity: ``quantity`` is its lower end, ``upperQuantity`` its
/// upper end, and the comparator is ``ComparisonOperator/between``. A change ("下降3%") keeps its direction in
/// ``change`` and its sign in the value (−3%).
public struct ParsedQuantity: Sendable, Hashable {
    /// The quantity exactly as written, qualifiers included; the characters of the input at ``range``
    /// (a line break inside the phrase is kept).
    public let text: String
    /// The character offsets (Swift `Character`s, from 0) of ``text`` in the input.
    public let range: Range<Int>
    /// The exact value in base units, and the unit; the lower end of a range.
    public let quantity: Quantity
    /// The comparator a qualifier gave (以上 ≥, 以下/以内 ≤, 超过 >, 不到 <), ``ComparisonOperator/between`` for a
    /// range, or `nil`.
    public let comparator: ComparisonOperator?
    /// How exactly the figure is stated (余/多, 近, 约/左右).
    public let approximation: Approximation
    /// The upper end of a range (2%至3% has 3%), in the unit of ``quantity``; `nil` for a single figure.
    public let upperQuantity: Quantity?
    /// The direction of a figure written as a change (增长, 下降, 提高…个百分点, 翻一番), or `nil` for a level.
    public let change: QuantityChange?
    /// How firmly the figure is promised (确保, 力争), or `nil` when the text does not say.
    public let commitment: Commitment?

    /// Creates a parsed quantity.
    /// - Parameters:
    ///   - text: The quantity as written.
    ///   - range: Its character offsets in the input.
    ///   - quantity: The exact value and unit (the lower end of a range).
    ///   - comparator: The comparator a qualifier gave, `.between` for a range, or `nil`.
    ///   - approximation: How exactly the figure is stated.
    ///   - upperQuantity: The upper end of a range, or `nil`.
    ///   - change: The direction of a change, or `nil` for a level.
    ///   - commitment: How firmly the figure is promised, or `nil`.
    public init(
        text: String, range: Range<Int>, quantity: Quantity, comparator: ComparisonOperator? = nil,
        approximation: Approximation = .exact, upperQuantity: Quantity? = nil, change: QuantityChange? = nil,
        commitment: Commitment? = nil
    ) {
        self.text = text
        self.range = range
        self.quantity = quantity
        self.comparator = comparator
        self.approximation = approximation
        self.upperQuantity = upperQuantity
        self.change = change
        self.commitment = commitment
    }
}
