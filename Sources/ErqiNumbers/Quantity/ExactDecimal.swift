/// An exact decimal number that Erqi owns: `significand × 10^exponent`, with an `Int128` significand of at most
/// 38 digits and an exponent in −128…127.
///
/// Values are built from validated text (``parse(_:)``) or integers, never from a `Double`. Nothing allocates:
/// arithmetic and comparison work on the two stored integers.
///
/// - `+`, `−` and `×` are exact. When the exact result does not fit 38 significant digits and the exponent range,
///   they throw ``QuantityError/overflow(operation:)`` rather than drop a digit.
/// - Division is the one inexact operation. Its result is **rounded to 20 significant digits, ties to even**
///   (``divisionSignificantDigits``), and is exact whenever the exact quotient has at most 20 significant digits:
///   `388.1 / 518` is `0.74922779922779922780`, `1 / 4` is `0.25`. Every figure computed by a division (completion,
///   gap closed, expected progress, pace ratio, projection, required rates, mean progress) follows this rule.
/// - Equality and hashing are by value: `1.50 == 1.5`, with the same hash. The stored form is canonical (trailing
///   zeros of the significand move into the exponent while the exponent is below 127; zero has exponent 0).
///
/// Text is plain: an optional minus sign, digits and an optional fraction, never an exponent (`51800000000`,
/// `0.9962`, `-15`). It encodes as that text.
///
/// ```swift
/// let actual = try ExactDecimal.parse("388.1")
/// let baseline: ExactDecimal = 0
/// let target: ExactDecimal = 518
/// let gapClosed = try (actual - baseline) / (target - baseline)  // 0.74922779922779922780
/// ```
public struct ExactDecimal: Sendable, Hashable {
    /// The significand, at most 38 decimal digits; canonical (see the type's documentation).
    public let significand: Int128
    /// The power of ten of the significand's last digit, in −128…127.
    public let exponent: Int

    /// The most significant digits a value holds.
    public static let maximumSignificantDigits = 38
    /// The significant digits of a division's result (rounded ties to even).
    public static let divisionSignificantDigits = 20
    /// The smallest exponent a value may have.
    public static let minimumExponent = -128
    /// The largest exponent a value may have.
    public static let maximumExponent = 127

    /// Zero.
    public static let zero = ExactDecimal(canonicalSignificand: 0, exponent: 0)
    /// One.
    public static let one = ExactDecimal(canonicalSignificand: 1, exponent: 0)

    /// The largest significand magnitude, 10^38 − 1.
    static let significandLimit: UInt128 = 99_999_999_999_999_999_999_999_999_999_999_999_999

    /// Stores an already canonical pair.
    init(canonicalSignificand: Int128, exponent: Int) {
        self.significand = canonicalSignificand
        self.exponent = exponent
    }

    /// Creates `significand × 10^exponent` exactly.
    /// - Parameters:
    ///   - significand: The significand; trailing zeros are allowed.
    ///   - exponent: The power of ten.
    /// - Throws: ``QuantityError/overflow(operation:)`` when the value needs more than 38 significant digits or
    ///   an exponent outside −128…127.
    public init(significand: Int128, exponent: Int) throws(QuantityError) {
        self = try ExactDecimal.make(
            negative: significand < 0, magnitude: significand.magnitude, exponent: exponent, operation: "construction")
    }

    /// Creates the exact value of an integer.
    /// - Parameter value: The integer.
    public init(_ value: Int) {
        // An `Int` has at most 19 digits, and stripping zeros leaves the exponent at most 18.
        var magnitude = UInt128(value.magnitude)
        var exponent = 0
        while magnitude != 0, magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        let signed = Int128(magnitude)
        self.init(canonicalSignificand: value < 0 ? -signed : signed, exponent: magnitude == 0 ? 0 : exponent)
    }

    /// Creates `units ÷ 10^decimalPlaces` exactly: `ExactDecimal(95, decimalPlaces: 2)` is 0.95.
    ///
    /// Every pair fits (19 digits at most, exponent −127…128), so this never fails.
    /// - Parameters:
    ///   - units: The value in units of the last decimal place.
    ///   - decimalPlaces: The number of decimal places (negative for tens, hundreds, …).
    public init(_ units: Int, decimalPlaces: Int8) {
        let value = ExactDecimal(units)
        let exponent = value.exponent - Int(decimalPlaces)
        // At most 19 digits and one extra zero when the exponent is 128: never an overflow.
        self =
            (try? ExactDecimal.make(
                negative: value.isNegative, magnitude: value.significand.magnitude, exponent: exponent,
                operation: "construction")) ?? value
    }

    /// Whether the value is zero.
    public var isZero: Bool { significand == 0 }

    /// Whether the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The absolute value.
    public var magnitude: ExactDecimal {
        ExactDecimal(canonicalSignificand: significand < 0 ? -significand : significand, exponent: exponent)
    }

    /// The negated value; always exact, since the significand range is symmetric.
    /// - Parameter value: The value to negate.
    /// - Returns: `−value`.
    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(canonicalSignificand: -value.significand, exponent: value.exponent)
    }

    /// The canonical value `±magnitude × 10^exponent`, or an overflow error naming the operation.
    static func make(negative: Bool, magnitude: UInt128, exponent: Int, operation: String) throws(QuantityError)
        -> ExactDecimal
    {
        if magnitude == 0 { return .zero }
        var magnitude = magnitude
        var exponent = exponent
        while exponent < maximumExponent, magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        while exponent > maximumExponent {
            guard magnitude <= significandLimit / 10 else { throw .overflow(operation: operation) }
            magnitude *= 10
            exponent -= 1
        }
        guard magnitude <= significandLimit, exponent >= minimumExponent else { throw .overflow(operation: operation) }
        let signed = Int128(magnitude)
        return ExactDecimal(canonicalSignificand: negative ? -signed : signed, exponent: exponent)
    }

    /// The number of decimal digits of a magnitude (1 for zero).
    static func digitCount(_ magnitude: UInt128) -> Int {
        var count = 1
        var power: UInt128 = 10
        while count < 39, magnitude >= power {
            count += 1
            if count < 39 { power *= 10 }
        }
        return count
    }

    /// 10^power for power in 0…38.
    static func powerOfTen(_ power: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }
}

// MARK: - Comparable

extension ExactDecimal: Comparable {
    /// Whether `lhs` is below `rhs`, compared exactly across exponents.
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when `lhs < rhs`.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        // The usual case, figures of one scale: the significands decide.
        if lhs.exponent == rhs.exponent { return lhs.significand < rhs.significand }
        let left = lhs.significand.signum()
        let right = rhs.significand.signum()
        if left != right { return left < right }
        if left == 0 { return false }
        return left > 0 ? isMagnitudeLess(lhs, rhs) : isMagnitudeLess(rhs, lhs)
    }

    /// Whether `|lhs| < |rhs|` for non-zero values.
    private static func isMagnitudeLess(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        let leftMagnitude = lhs.significand.magnitude
        let rightMagnitude = rhs.significand.magnitude
        let leftDigits = digitCount(leftMagnitude)
        let rightDigits = digitCount(rightMagnitude)
        // The power of ten of the leading digit decides unless it is the same.
        let leftLead = lhs.exponent + leftDigits
        let rightLead = rhs.exponent + rightDigits
        if leftLead != rightLead { return leftLead < rightLead }
        // Same leading power: line the digits up; both then have at most 38 digits.
        if leftDigits < rightDigits {
            return leftMagnitude * powerOfTen(rightDigits - leftDigits) < rightMagnitude
        }
        return leftMagnitude < rightMagnitude * powerOfTen(leftDigits - rightDigits)
    }
}

// MARK: - ExpressibleByIntegerLiteral

extension ExactDecimal: ExpressibleByIntegerLiteral {
    /// Creates the exact value of an integer literal.
    /// - Parameter value: The literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
