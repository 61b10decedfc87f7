import Foundation

/// Addition and subtraction of `Decimal`s without Foundation's allocations, giving Foundation's result byte for
/// byte where no digit is lost.
///
/// swift-foundation's array-based `Decimal` (Swift 6.0 to 6.3 on Linux) adds by bringing both operands to the
/// lower exponent (exactly, when the other significand scaled up still fits in 128 bits), adding or
/// subtracting the significands, and stripping trailing zeros; a zero operand gives the other operand as it is.
/// ``sum(_:_:)`` does the same with 128-bit integers in that exact case, and leaves every other case (NaN,
/// operands too far apart, a sum beyond 128 bits, which Foundation rounds, a zero result) to Foundation. A
/// check at first use compares it with Foundation on canaries (``isUsable``); the tests compare it on 100,000
/// random pairs.
enum DecimalSum {
    /// Whether the fast path agrees with Foundation here (checked once, on canaries).
    static let isUsable: Bool = {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return false }
        guard RawDecimalText.isWritable else { return false }
        let third = Decimal(1) / Decimal(3)
        let canaries: [(Decimal, Decimal)] = [
            (Decimal(sign: .plus, exponent: -1, significand: 3881), 518), (1, 2), (15, 5), (third, third),
            (third, 1),
            (Decimal(sign: .minus, exponent: 3, significand: 7), Decimal(sign: .plus, exponent: -2, significand: 25)),
            (0, Decimal(sign: .plus, exponent: -1, significand: 10)),
            (Decimal(sign: .plus, exponent: 2, significand: 5), 0),
        ]
        // Every fast result must be Foundation's; a zero difference (third − third) falls back.
        var fastResults = 0
        for (lhs, rhs) in canaries {
            for (fast, expected) in [(fastSum(lhs, rhs), lhs + rhs), (fastSum(lhs, -rhs), lhs - rhs)] {
                guard let fast else { continue }
                guard DecimalQuotient.bytes(of: fast) == DecimalQuotient.bytes(of: expected) else { return false }
                fastResults += 1
            }
        }
        return fastResults == 2 * canaries.count - 1
    }()

    /// `lhs + rhs`, equal byte for byte to Foundation's result.
    static func sum(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
        if isUsable, let fast = fastSum(lhs, rhs) { return fast }
        return lhs + rhs
    }

    /// `lhs - rhs`, equal byte for byte to Foundation's result.
    static func difference(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
        if isUsable, let fast = fastSum(lhs, -rhs) { return fast }
        return lhs - rhs
    }

    /// The sum by 128-bit integers, or `nil` outside the domain where it is known to match Foundation.
    static func fastSum(_ lhs: Decimal, _ rhs: Decimal) -> Decimal? {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return nil }
        guard let left = DecimalParts(lhs), let right = DecimalParts(rhs), !left.isNaN, !right.isNaN else {
            return nil
        }
        // Foundation gives the other operand unchanged when one is zero.
        if left.significand == 0 { return rhs }
        if right.significand == 0 { return lhs }
        guard let (a, b, exponent) = DecimalParts.aligned(left, right) else { return nil }
        if left.negative == right.negative {
            let (total, overflow) = a.addingReportingOverflow(b)
            if overflow { return nil }
            return DecimalParts(negative: left.negative, exponent: exponent, significand: total).compactDecimal()
        }
        if a == b { return nil }
        return a > b
            ? DecimalParts(negative: left.negative, exponent: exponent, significand: a - b).compactDecimal()
            : DecimalParts(negative: right.negative, exponent: exponent, significand: b - a).compactDecimal()
    }
}
