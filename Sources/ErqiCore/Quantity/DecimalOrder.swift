import Foundation

/// Comparison of `Decimal`s without Foundation's allocations, giving Foundation's order.
///
/// Foundation compares by sign, then by significand once both operands are at one exponent. When the
/// significand with the higher exponent can be scaled down to the other's exponent within 128 bits, that is
/// exact and ``compare(_:_:)`` does it with 128-bit integers; otherwise (NaN, operands too far apart, where
/// Foundation may lose digits) it asks Foundation. The tests compare it with Foundation on 100,000 random pairs.
enum DecimalOrder {
    /// Whether the fast path is available here (the layout recognised).
    static let isUsable: Bool = {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return false }
        return RawDecimalText.isUsable
    }()

    /// The order of two values, as Foundation's `<`, `==` and `>` give it.
    static func compare(_ lhs: Decimal, _ rhs: Decimal) -> ComparisonResult {
        if isUsable, let fast = fastCompare(lhs, rhs) { return fast }
        return lhs < rhs ? .orderedAscending : lhs > rhs ? .orderedDescending : .orderedSame
    }

    /// Whether `lhs < rhs`.
    static func isLess(_ lhs: Decimal, than rhs: Decimal) -> Bool { compare(lhs, rhs) == .orderedAscending }

    /// The order by 128-bit integers, or `nil` where Foundation's could differ from the exact one.
    static func fastCompare(_ lhs: Decimal, _ rhs: Decimal) -> ComparisonResult? {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return nil }
        guard let left = DecimalParts(lhs), let right = DecimalParts(rhs), !left.isNaN, !right.isNaN else {
            return nil
        }
        let leftZero = left.significand == 0
        let rightZero = right.significand == 0
        if leftZero || rightZero {
            if leftZero && rightZero { return .orderedSame }
            if leftZero { return right.negative ? .orderedDescending : .orderedAscending }
            return left.negative ? .orderedAscending : .orderedDescending
        }
        if left.negative != right.negative { return left.negative ? .orderedAscending : .orderedDescending }
        guard let (a, b, _) = DecimalParts.aligned(left, right) else { return nil }
        if a == b { return .orderedSame }
        let magnitudeOrder: ComparisonResult = a < b ? .orderedAscending : .orderedDescending
        if !left.negative { return magnitudeOrder }
        return magnitudeOrder == .orderedAscending ? .orderedDescending : .orderedAscending
    }
}
