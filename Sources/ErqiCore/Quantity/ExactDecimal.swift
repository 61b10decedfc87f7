public import Foundation

/// Exact decimal text: validated parsing and plain formatting of `Decimal` values, never through `Double`.
///
/// `Decimal(string:)` alone accepts prefixes ("12abc" is 12), exponents and leading spaces, and silently drops
/// digits past the 38th. These functions accept only the whole of a plain decimal and reject what would be
/// altered.
public enum ExactDecimal {
    /// The most significant digits a `Decimal` holds exactly.
    public static let maximumSignificantDigits = 38

    /// Parses plain decimal text: an optional minus sign, digits, and an optional fraction (`-12.50`).
    ///
    /// - Parameter text: The text to parse. No spaces, exponents, thousands separators or plus signs.
    /// - Returns: The exact value.
    /// - Throws: ``QuantityError/invalidNumber(text:offset:reason:)`` naming the first offending character, or
    ///   when the value has more than 38 significant digits.
    public static func parse(_ text: String) throws(QuantityError) -> Decimal {
        if let fast = text.utf8.withContiguousStorageIfAvailable(plainValue), let value = fast { return value }
        var digits = 0
        // Digits from the first non-zero digit to the last: trailing zeros go into the exponent, so
        // "1" followed by 40 zeros is exact.
        var significant = 0
        var sinceFirstNonZero = 0
        var seenPoint = false
        var seenNonZero = false
        var fractionDigits = 0
        var offset = 0
        let scalars = text.unicodeScalars
        if scalars.isEmpty {
            throw .invalidNumber(text: text, offset: 0, reason: "empty text")
        }
        for (index, scalar) in scalars.enumerated() {
            offset = index
            switch scalar {
            case "-" where index == 0:
                continue
            case ".":
                if seenPoint {
                    throw .invalidNumber(text: text, offset: index, reason: "a second decimal point")
                }
                if digits == 0 {
                    throw .invalidNumber(text: text, offset: index, reason: "a decimal point needs a digit before it")
                }
                seenPoint = true
            case "0"..."9":
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if scalar != "0" { seenNonZero = true }
                if seenNonZero {
                    sinceFirstNonZero += 1
                    if scalar != "0" { significant = sinceFirstNonZero }
                }
            default:
                throw .invalidNumber(text: text, offset: index, reason: "'\(scalar)' is not a digit, '-' or '.'")
            }
        }
        if digits == 0 || (seenPoint && fractionDigits == 0) {
            throw .invalidNumber(text: text, offset: offset, reason: "a digit is missing")
        }
        if significant > maximumSignificantDigits {
            throw .invalidNumber(
                text: text, offset: 0,
                reason: "more than \(maximumSignificantDigits) significant digits would be rounded")
        }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
            throw .invalidNumber(text: text, offset: 0, reason: "out of the exact decimal range")
        }
        return value
    }

    /// The value of short plain decimal text, read straight from its UTF-8 bytes: the fast path of
    /// ``parse(_:)``.
    ///
    /// It handles valid plain decimals of at most 19 digits and a value other than zero, and builds the same
    /// `Decimal` as `Decimal(string:)` (the digits as an integer significand, trailing zeros dropped into the
    /// exponent). Anything else, valid or not, gives `nil`, and the caller uses ``parse(_:)``.
    /// - Parameter bytes: UTF-8 text such as `-12.50`.
    /// - Returns: The value, or `nil` when the text is not for the fast path.
    package static func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        let count = bytes.count
        guard count > 0 else { return nil }
        let negative = bytes[0] == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, digits > 0 else { return nil }
                seenPoint = true
            } else {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10, digits < 19 else { return nil }
                digits += 1
                significand = significand * 10 + UInt64(digit)
                if seenPoint { fractionDigits += 1 }
            }
            index += 1
        }
        guard digits > 0, !seenPoint || fractionDigits > 0, significand != 0 else { return nil }
        var exponent = -fractionDigits
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        if RawDecimalText.isWritable {
            return RawDecimalText.decimal(negative: negative, exponent: exponent, significand: significand)
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// Writes a value as plain decimal text with no exponent and no grouping (`51800000000`, `0.9962`, `-15`).
    /// - Parameter value: The value to write.
    /// - Returns: Its exact text; `"NaN"` for a NaN.
    public static func plainText(_ value: Decimal) -> String {
        if RawDecimalText.isUsable, let text = RawDecimalText.text(value) { return text }
        return value.description
    }

    /// Rounds a value to a number of decimal places, halves away from zero.
    ///
    /// Use it for display only; keep the unrounded value for further arithmetic.
    /// - Parameters:
    ///   - value: The value to round.
    ///   - places: The decimal places to keep (may be negative to round to tens, hundreds, …).
    /// - Returns: The rounded value.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var result = Decimal()
        var input = value
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}

/// Writes a `Decimal` as `description` does, from its stored significand and exponent, about twenty times faster.
///
/// `Decimal.description` divides a variable-length integer digit by digit through heap arrays; a report of a
/// large plan writes millions of decimals. This reads the 20-byte value (exponent, flags, eight 16-bit words of
/// significand) and formats the significand with integer arithmetic. It is used only when a check of canary
/// values at first use shows that the layout is the one expected and the text equals `description`;
/// otherwise, and for NaN, ``ExactDecimal/plainText(_:)`` uses `description`.
enum RawDecimalText {
    /// Whether the layout was recognised on this platform (checked once against `description`).
    static let isUsable: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let canaries: [Decimal] = [
            Decimal(sign: .minus, exponent: -1, significand: 125),
            Decimal(65536),
            Decimal(sign: .plus, exponent: -3, significand: 1),
            Decimal(sign: .plus, exponent: 20, significand: 7),
            Decimal(1) / Decimal(3),
            Decimal(sign: .minus, exponent: -5, significand: Decimal(UInt64.max)) * Decimal(UInt64.max),
            Decimal(0),
        ]
        return canaries.allSatisfy { text($0) == $0.description }
    }()

    /// Whether values written straight into the layout equal those `Decimal(sign:exponent:significand:)` builds,
    /// byte for byte (checked once on canary values).
    static let isWritable: Bool = {
        guard isUsable else { return false }
        let canaries: [(Bool, Int, UInt64)] = [
            (false, 0, 1), (true, -1, 125), (false, -2, 65536), (false, 3, 4_294_967_296),
            (true, -19, 9_999_999_999_999_999_999), (false, 0, 281_474_976_710_657), (false, -4, 65535),
        ]
        return canaries.allSatisfy { negative, exponent, significand in
            let expected = Decimal(
                sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
            let written = decimal(negative: negative, exponent: exponent, significand: significand)
            return withUnsafeBytes(of: expected) { Array($0) } == withUnsafeBytes(of: written) { Array($0) }
        }
    }()

    /// A compact decimal `±significand × 10^exponent` written straight into the layout; the significand must be
    /// non-zero without trailing zeros and the exponent within -128...127. Use only when ``isWritable``.
    static func decimal(negative: Bool, exponent: Int, significand: UInt64) -> Decimal {
        decimal(negative: negative, exponent: exponent, low: significand, high: 0)
    }

    /// The sign, exponent, 128-bit significand (`high << 64 | low`) and length in 16-bit words of a value, read
    /// from its layout; `nil` for anything not in the expected layout. NaN reads as a negative value with a zero
    /// significand.
    static func fields(_ value: Decimal) -> (negative: Bool, exponent: Int, low: UInt64, high: UInt64, length: Int)? {
        withUnsafeBytes(of: value) { raw in
            guard raw.count == 20 else { return nil }
            let exponent = Int(Int8(bitPattern: raw[0]))
            let flags = raw[1]
            let length = Int(flags >> 4)
            guard raw[2] == 0, raw[3] == 0, flags & 0x03 == 0, length <= 8 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                let value = UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
                high = high << 16 | low >> 48
                low = low << 16 | value
            }
            return (flags & 0x08 != 0, exponent, low, high, length)
        }
    }

    /// A compact decimal `±(high << 64 | low) × 10^exponent` written straight into the layout; the significand
    /// must be non-zero without trailing zeros and the exponent within -128...127. Use only when ``isWritable``.
    static func decimal(negative: Bool, exponent: Int, low: UInt64, high: UInt64) -> Decimal {
        var value = Decimal()
        let top = high != 0 ? 64 + (64 - high.leadingZeroBitCount) : 64 - low.leadingZeroBitCount
        let length = (top + 15) / 16
        withUnsafeMutableBytes(of: &value) { raw in
            raw[0] = UInt8(bitPattern: Int8(truncatingIfNeeded: exponent))
            raw[1] = UInt8(length << 4) | 0x04 | (negative ? 0x08 : 0)
            raw[2] = 0
            raw[3] = 0
            for word in 0..<8 {
                let bits = word < 4 ? low >> (16 * UInt64(word)) : high >> (16 * UInt64(word - 4))
                raw[4 + 2 * word] = UInt8(truncatingIfNeeded: bits)
                raw[5 + 2 * word] = UInt8(truncatingIfNeeded: bits >> 8)
            }
        }
        return value
    }

    /// The text of a value, or `nil` for NaN and for anything not in the expected layout.
    ///
    /// Written into one buffer: the digits of the significand (at most 39), then the point or zeros that the
    /// exponent (-128...127) places, so at most 1 + 39 + 2 + 128 bytes.
    static func text(_ value: Decimal) -> String? {
        guard let (negative, exponent, low, high, _) = fields(value) else { return nil }
        if low == 0 && high == 0 { return negative ? nil : "0" }
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)  // 40 bytes of scratch
        return withUnsafeMutableBytes(of: &digits) { scratch in
            // The significand's digits, least significant first, into the scratch space.
            var count = 0
            var (upper, lower) = (high, low)
            while upper != 0 || lower != 0 {
                let (quotientHigh, remainderHigh) = upper.quotientAndRemainder(dividingBy: 10)
                let (quotientLow, digit) = UInt64(10).dividingFullWidth((remainderHigh, lower))
                scratch[count] = UInt8(ascii: "0") + UInt8(digit)
                count += 1
                (upper, lower) = (quotientHigh, quotientLow)
            }
            let places = -exponent
            let capacity = 2 + count + max(0, places) + max(0, exponent) + 1
            return String(unsafeUninitializedCapacity: capacity) { out in
                var at = 0
                func put(_ byte: UInt8) {
                    out[at] = byte
                    at += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                if places >= count {
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "."))
                    for _ in 0..<(places - count) { put(UInt8(ascii: "0")) }
                }
                for index in stride(from: count - 1, through: 0, by: -1) {
                    if places > 0 && places < count && index == places - 1 { put(UInt8(ascii: ".")) }
                    put(scratch[index])
                }
                for _ in 0..<max(0, exponent) { put(UInt8(ascii: "0")) }
                return at
            }
        }
    }

    /// The value truncated to 15 significant digits and converted to `Double` as `GrowthAssessment.double`
    /// does (the 15 leading digits as an integer, times `pow(10, -shift)`), without `Decimal` arithmetic;
    /// `nil` when the layout is not usable or not recognised.
    ///
    /// `GrowthAssessment.double` returns this when it is not `nil` (the tests show the two agree).
    static func truncatedDouble(_ value: Decimal) -> Double? {
        guard isUsable, let (negative, exponent, low, high, _) = fields(value) else { return nil }
        if low == 0 && high == 0 { return negative ? .nan : 0 }
        let digits = Array(decimalDigits(high: high, low: low).utf8)
        var leadingDigits = 0
        for digit in digits.prefix(15) { leadingDigits = leadingDigits * 10 + Int(digit - UInt8(ascii: "0")) }
        for _ in digits.count..<max(digits.count, 15) { leadingDigits *= 10 }
        let shift = 14 - (exponent + digits.count - 1)
        let result = Double(leadingDigits) * pow(10, Double(-shift))
        return negative ? -result : result
    }

    /// The decimal digits of the 128-bit integer `high << 64 | low`.
    private static func decimalDigits(high: UInt64, low: UInt64) -> String {
        if high == 0 { return String(low) }
        let divisor: UInt64 = 10_000_000_000_000_000_000  // 10^19
        let (upperQuotient, upperRemainder) = high.quotientAndRemainder(dividingBy: divisor)
        let (lowerQuotient, remainder) = divisor.dividingFullWidth((upperRemainder, low))
        let tail = String(remainder)
        let head = decimalDigits(high: upperQuotient, low: lowerQuotient)
        return (head == "0" ? "" : head) + String(repeating: "0", count: 19 - tail.utf8.count) + tail
    }
}
