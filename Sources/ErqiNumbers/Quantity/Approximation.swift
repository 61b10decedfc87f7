/// How exactly a reported figure states its value.
///
/// A report's "13.2万余户" is `moreThan` 132,000; "近200项" is `nearly` 200; "约300" is `about` 300.
/// A target's "518亿元以上" is not an approximation but a ``ComparisonOperator`` (≥).
public enum Approximation: String, Sendable, Hashable, Codable, CaseIterable {
    /// The value is exact.
    case exact
    /// The true value is above the stated one (余, 多).
    case moreThan
    /// The true value is just under the stated one (近, 将近).
    case nearly
    /// The true value is around the stated one (约, 左右, 上下).
    case about

    /// The approximation of a sum of figures with these two approximations.
    ///
    /// Exact plus anything keeps the other; two of the same kind keep it; otherwise the sum is `about`.
    /// - Parameter other: The other addend's approximation.
    /// - Returns: The approximation of the sum.
    public func combined(with other: Approximation) -> Approximation {
        if self == other || other == .exact { return self }
        if self == .exact { return other }
        return .about
    }
}
