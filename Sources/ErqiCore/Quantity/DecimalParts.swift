import Foundation

/// The sign, exponent and 128-bit significand of a finite `Decimal`, read from and written to its layout
/// (``RawDecimalText``), for the arithmetic that reproduces Foundation's results without its allocations
/// (``DecimalQuotient``, ``DecimalSum``, ``DecimalOrder``).
@available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
struct DecimalParts {
    var negative: Bool
    var exponent: Int
    var significand: UInt128
    /// The length in 16-bit words as stored (Foundation estimates room from it).
    var length: Int

    /// The parts of a value; `nil` when its layout is not recognised. NaN has a zero significand and is
    /// negative.
    init?(_ value: Decimal) {
        guard let fields = RawDecimalText.fields(value) else { return nil }
        negative = fields.negative
        exponent = fields.exponent
        length = fields.length
        significand = UInt128(fields.high) << 64 | UInt128(fields.low)
    }

    init(negative: Bool, exponent: Int, significand: UInt128) {
        self.negative = negative
        self.exponent = exponent
        self.significand = significand
        self.length = (significand.bitWidth - significand.leadingZeroBitCount + 15) / 16
    }

    /// Whether the value is NaN (no significand, negative).
    var isNaN: Bool { significand == 0 && negative }

    /// The value with trailing zeros stripped into the exponent, as Foundation's `compact()` leaves it, written
    /// into the layout; `nil` for a zero significand, or when the exponent ends above 127 (where Foundation puts
    /// zeros back) or below -128.
    func compactDecimal() -> Decimal? {
        guard significand != 0 else { return nil }
        var rest = significand
        var exponent = exponent
        while true {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10_000_000_000_000_000)
            guard remainder == 0 else { break }
            rest = quotient
            exponent += 16
        }
        while true {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            guard remainder == 0 else { break }
            rest = quotient
            exponent += 1
        }
        guard (-128...127).contains(exponent) else { return nil }
        return RawDecimalText.decimal(
            negative: negative, exponent: exponent, low: UInt64(truncatingIfNeeded: rest),
            high: UInt64(truncatingIfNeeded: rest >> 64))
    }

    /// Both values' significands at the lower of their exponents, when scaling the other one up fits in 128
    /// bits (so nothing is lost, as in Foundation's normalisation when it succeeds); `nil` otherwise.
    static func aligned(_ lhs: DecimalParts, _ rhs: DecimalParts) -> (lhs: UInt128, rhs: UInt128, exponent: Int)? {
        if lhs.exponent == rhs.exponent { return (lhs.significand, rhs.significand, lhs.exponent) }
        if lhs.exponent > rhs.exponent {
            guard let scaled = scaledUp(lhs.significand, by: lhs.exponent - rhs.exponent) else { return nil }
            return (scaled, rhs.significand, rhs.exponent)
        }
        guard let scaled = scaledUp(rhs.significand, by: rhs.exponent - lhs.exponent) else { return nil }
        return (lhs.significand, scaled, lhs.exponent)
    }

    /// `value × 10^power` when it fits in 128 bits.
    static func scaledUp(_ value: UInt128, by power: Int) -> UInt128? {
        guard power <= 38 else { return nil }
        let product = value.multipliedFullWidth(by: powerOfTen(power))
        return product.high == 0 ? product.low : nil
    }

    /// 10^power for power in 0...38.
    static func powerOfTen(_ power: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }
}
