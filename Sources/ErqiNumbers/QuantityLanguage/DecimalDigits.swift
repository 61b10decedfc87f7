/// An exact non-negative decimal of any length, `digits × 10^exponent`, for the parser's intermediate values.
///
/// The parser adds and shifts in this form and converts to ``ExactDecimal`` once, at the end, so that a value with
/// more than 38 significant digits or outside its exponent range is reported as an error instead of being rounded
/// or flushed to zero.
struct DecimalDigits: Hashable, Sendable {
    /// The significant digits, most significant first, with no leading or trailing zeros; empty for zero.
    private(set) var digits: [UInt8]
    /// The power of ten of the last digit.
    private(set) var exponent: Int

    /// Zero.
    static let zero = DecimalDigits(digits: [], exponent: 0)

    /// Creates a value from digits and the power of ten of the last one, normalizing leading and trailing zeros.
    /// - Parameters:
    ///   - digits: Digits 0–9, most significant first.
    ///   - exponent: The power of ten of the last digit.
    init(digits: [UInt8], exponent: Int) {
        var first = 0
        while first < digits.count, digits[first] == 0 { first += 1 }
        var last = digits.count
        var shift = 0
        while last > first, digits[last - 1] == 0 {
            last -= 1
            shift += 1
        }
        if first == last {
            self.digits = []
            self.exponent = 0
        } else {
            self.digits = Array(digits[first..<last])
            self.exponent = exponent + shift
        }
    }

    /// Creates a value from a small non-negative integer.
    /// - Parameter value: The integer; negative values are taken as zero.
    init(_ value: Int) {
        var remaining = max(value, 0)
        var reversed: [UInt8] = []
        while remaining > 0 {
            reversed.append(UInt8(remaining % 10))
            remaining /= 10
        }
        self.init(digits: reversed.reversed(), exponent: 0)
    }

    /// Whether the value is zero.
    var isZero: Bool { digits.isEmpty }

    /// Whether the value is a whole number.
    var isInteger: Bool { exponent >= 0 }

    /// The number of digits before the decimal point (0 for values below 1).
    var integerDigitCount: Int { digits.isEmpty ? 0 : max(digits.count + exponent, 0) }

    /// Whether the value is below `10^power`.
    /// - Parameter power: The power of ten.
    func isLess(thanPowerOfTen power: Int) -> Bool {
        digits.isEmpty || digits.count + exponent <= power
    }

    /// The value as an `Int` when it is a whole number below 10⁹.
    var smallInteger: Int? {
        guard isInteger, isLess(thanPowerOfTen: 9) else { return nil }
        var value = 0
        for digit in digits { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The value multiplied by `10^power`.
    /// - Parameter power: The power of ten (may be negative).
    func shifted(by power: Int) -> DecimalDigits {
        var copy = self
        if !copy.digits.isEmpty { copy.exponent += power }
        return copy
    }

    /// The exact sum of two values.
    /// - Parameter other: The other addend.
    func adding(_ other: DecimalDigits) -> DecimalDigits {
        if other.isZero { return self }
        if isZero { return other }
        let low = min(exponent, other.exponent)
        let high = max(digits.count + exponent, other.digits.count + other.exponent)
        var sum = [UInt8](repeating: 0, count: high - low + 1)
        for operand in [self, other] {
            var carry: UInt8 = 0
            var position = sum.count - 1 - (operand.exponent - low)
            for digit in operand.digits.reversed() {
                let total = sum[position] + digit + carry
                sum[position] = total % 10
                carry = total / 10
                position -= 1
            }
            while carry > 0, position >= 0 {
                let total = sum[position] + carry
                sum[position] = total % 10
                carry = total / 10
                position -= 1
            }
        }
        return DecimalDigits(digits: sum, exponent: low)
    }

    /// The value rounded half away from zero to `places` decimal places (negative places round to tens, …).
    /// - Parameter places: The decimal places to keep.
    func rounded(places: Int) -> DecimalDigits {
        let drop = -places - exponent
        guard drop > 0 else { return self }
        guard drop <= digits.count else { return .zero }
        let kept = DecimalDigits(digits: Array(digits[0..<(digits.count - drop)]), exponent: -places)
        return digits[digits.count - drop] >= 5 ? kept.adding(DecimalDigits(digits: [1], exponent: -places)) : kept
    }

    /// Plain decimal text of the value (`0.0052`, `51800000000`).
    var plainText: String {
        if digits.isEmpty { return "0" }
        let text = String(digits.map { Character(Unicode.Scalar($0 + 0x30)) })
        if exponent >= 0 { return text + String(repeating: "0", count: exponent) }
        let fractionCount = -exponent
        if fractionCount >= digits.count {
            return "0." + String(repeating: "0", count: fractionCount - digits.count) + text
        }
        let split = text.index(text.endIndex, offsetBy: -fractionCount)
        return String(text[..<split]) + "." + String(text[split...])
    }

    /// Why a value cannot become a `Decimal`.
    enum ConversionFailure: Error {
        /// More than 38 significant digits.
        case tooManyDigits
        /// The exponent is outside `Decimal`'s range.
        case outOfRange
    }

    /// The value as a `Decimal`, exactly.
    /// - Parameter negative: Whether to negate it.
    /// - Returns: The exact `Decimal`.
    /// - Throws: ``ConversionFailure`` when `Decimal` cannot hold the value exactly.
    func decimal(negative: Bool) throws(ConversionFailure) -> ExactDecimal {
        if digits.isEmpty { return 0 }
        if digits.count > ExactDecimal.maximumSignificantDigits { throw .tooManyDigits }
        var significand: Int128 = 0
        for digit in digits { significand = significand * 10 + Int128(digit) }
        do {
            // An exponent above 127 moves into the significand while it still fits 38 digits.
            return try ExactDecimal(significand: negative ? -significand : significand, exponent: exponent)
        } catch {
            throw .outOfRange
        }
    }

    /// The exact digits of a finite `Decimal`, with its sign.
    /// - Parameter value: The value.
    /// - Returns: The digits and whether the value is negative, or `nil` for NaN.
    static func of(_ value: ExactDecimal) -> (digits: DecimalDigits, negative: Bool)? {
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var negative = false
        var seenPoint = false
        for character in value.description {
            switch character {
            case "-": negative = true
            case ".": seenPoint = true
            default:
                guard let digit = QuantityLexicon.asciiDigit(character) else { return nil }
                if seenPoint { fraction.append(digit) } else { integer.append(digit) }
            }
        }
        let result = DecimalDigits(digits: integer + fraction, exponent: -fraction.count)
        return (result, negative && !result.isZero)
    }
}
