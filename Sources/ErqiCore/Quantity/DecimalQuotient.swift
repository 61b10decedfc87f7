import Foundation

/// Division of `Decimal`s without Foundation's allocations, giving Foundation's result byte for byte.
///
/// Foundation's `Decimal` division works on arrays of 16-bit words and allocates several of them on every
/// call; the evaluation divides a dozen times per target. The quotient swift-foundation's array-based
/// `Decimal` (Swift 6.0 to 6.3 on Linux) produces is: when the numerator's exponent is 19 or more above the
/// denominator's, the two are first brought to one exponent, scaling the numerator up as far as Foundation
/// estimates it can (4.816 digits per free 16-bit word) and truncating the denominator; then the numerator's
/// significand times 10³⁸ is divided by the denominator's significand and truncated; then divided by 10
/// (truncating) until it fits in 128 bits; then checked against the exponent range and stripped of trailing
/// zeros. ``quotient(_:_:)`` computes exactly that with 128-bit integers.
///
/// It is used only where it is known to agree: the layout of `Decimal` must be the one ``RawDecimalText``
/// recognises, and a check at first use compares it with Foundation on canary divisions (``isUsable``). Any
/// case outside its domain — zero, NaN, an exponent beyond Foundation's range — falls back to Foundation's
/// own division, so the result is always Foundation's.
enum DecimalQuotient {
    /// Whether the fast path agrees with Foundation here (checked once, on canaries).
    static let isUsable: Bool = {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return false }
        guard RawDecimalText.isWritable else { return false }
        let canaries: [(Decimal, Decimal)] = [
            (Decimal(sign: .plus, exponent: -1, significand: 3881), 518),
            (1, 3), (2, 3), (Decimal(sign: .plus, exponent: -1, significand: 5), 3), (1, 2), (100, 4),
            (Decimal(sign: .minus, exponent: 7, significand: 12_345_678_901_234_567), 7),
            (Decimal(1) / Decimal(3), Decimal(2) / Decimal(7)), (1, Decimal(1) / Decimal(7)),
            (Decimal(sign: .plus, exponent: 10, significand: Decimal(UInt64.max)) * Decimal(UInt64.max), 3),
            // The estimated room: a Foundation that aligns exponents exactly gives another quotient here.
            (
                Decimal(string: "207727968524243503770681") ?? 0,
                Decimal(string: "0.126857390769409460512610832750273612156") ?? 0
            ),
        ]
        return canaries.allSatisfy { lhs, rhs in
            guard let fast = fastQuotient(lhs, rhs) else { return false }
            return bytes(of: fast) == bytes(of: lhs / rhs)
        }
    }()

    /// `lhs / rhs`, equal byte for byte to Foundation's result (NaN when `rhs` is zero, as Foundation gives).
    static func quotient(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
        if isUsable, let fast = fastQuotient(lhs, rhs) { return fast }
        return lhs / rhs
    }

    /// The quotient by 128-bit integers, or `nil` outside the domain where it is known to match Foundation.
    static func fastQuotient(_ lhs: Decimal, _ rhs: Decimal) -> Decimal? {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return nil }
        guard var numerator = DecimalParts(lhs), var denominator = DecimalParts(rhs), numerator.significand != 0,
            denominator.significand != 0
        else { return nil }
        if numerator.exponent - denominator.exponent >= 19 {
            alignExponents(&numerator, &denominator)
        }
        // N = a × 10³⁸, a 256-bit number; Q = N / b in two 128-bit halves.
        let scaled = numerator.significand.multipliedFullWidth(by: tenToThe38)
        let high = scaled.high.quotientAndRemainder(dividingBy: denominator.significand)
        var quotientHigh = high.quotient
        var quotientLow = denominator.significand.dividingFullWidth((high.remainder, scaled.low)).quotient
        var exponent = numerator.exponent - denominator.exponent - 38
        // Truncate digits until the quotient fits in 128 bits.
        while quotientHigh != 0 {
            let top = quotientHigh.quotientAndRemainder(dividingBy: 10)
            quotientHigh = top.quotient
            quotientLow = UInt128(10).dividingFullWidth((top.remainder, quotientLow)).quotient
            exponent += 1
        }
        // Foundation checks the exponent's range before stripping zeros: underflow and overflow fall back.
        if quotientLow == 0 || !(-128...127).contains(exponent) { return nil }
        return DecimalParts(
            negative: numerator.negative != denominator.negative, exponent: exponent, significand: quotientLow
        ).compactDecimal()
    }

    /// Brings the numerator's exponent down to the denominator's, as Foundation does before dividing when the
    /// numerator's exponent is at least 19 above: scale the numerator's significand up by the difference when
    /// that fits in 128 bits; otherwise scale it up by the room its length in 16-bit words leaves (4.816 digits
    /// a word, rounded down, as Foundation estimates it) and truncate the denominator's significand by the
    /// rest. When that leaves the denominator zero, both operands stay as they were.
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    private static func alignExponents(_ numerator: inout DecimalParts, _ denominator: inout DecimalParts) {
        let difference = numerator.exponent - denominator.exponent
        if let scaled = DecimalParts.scaledUp(numerator.significand, by: difference) {
            numerator.significand = scaled
            numerator.exponent = denominator.exponent
            return
        }
        let roomByFreeWords = [0, 4, 9, 14, 19, 24, 28, 33, 38]
        let room = roomByFreeWords[max(0, min(8, 8 - numerator.length))]
        let cut = difference - room
        let truncated = cut > 38 ? 0 : denominator.significand / DecimalParts.powerOfTen(cut)
        guard truncated != 0, let scaled = DecimalParts.scaledUp(numerator.significand, by: room) else { return }
        denominator.significand = truncated
        denominator.exponent += cut
        numerator.significand = scaled
        numerator.exponent -= room
    }

    /// 10³⁸, the largest power of ten below 2¹²⁸.
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    private static var tenToThe38: UInt128 { 100_000_000_000_000_000_000_000_000_000_000_000_000 }

    static func bytes(of value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }
}
