// MARK: - Parsing

extension ExactDecimal {
    /// Parses plain decimal text: an optional minus sign, digits, and an optional fraction (`-12.50`).
    ///
    /// The whole text must be a plain decimal: no spaces, exponents, thousands separators or plus signs. Trailing
    /// zeros are allowed beyond 38 digits (`1` followed by 40 zeros is exact); `-0` is zero.
    /// - Parameter text: The text to parse.
    /// - Returns: The exact value.
    /// - Throws: ``QuantityError/invalidNumber(text:offset:reason:)`` naming the first offending character, or
    ///   when the value has more than 38 significant digits or lies outside the exponent range.
    public static func parse(_ text: String) throws(QuantityError) -> ExactDecimal {
        var text = text
        if let value = text.withUTF8(plainValue) { return value }
        throw diagnosis(of: text)
    }

    /// Parses plain decimal text from its UTF-8 bytes, as ``parse(_:)`` does, with the same errors.
    /// - Parameter bytes: UTF-8 text such as `-12.50`.
    /// - Returns: The exact value.
    /// - Throws: ``QuantityError/invalidNumber(text:offset:reason:)`` as ``parse(_:)`` does.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(QuantityError) -> ExactDecimal {
        if let value = plainValue(bytes) { return value }
        throw diagnosis(of: String(decoding: bytes, as: UTF8.self))
    }

    /// The value of valid plain decimal text, or `nil` when the text is not valid (``parse(utf8:)`` then names
    /// the problem).
    /// - Parameter bytes: UTF-8 text such as `-12.50`.
    /// - Returns: The exact value, or `nil`.
    public static func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> ExactDecimal? {
        let count = bytes.count
        guard count > 0 else { return nil }
        let negative = bytes[0] == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        var magnitude: UInt128 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        // Significant digits so far, and the zeros after the last non-zero digit (kept out of the magnitude, so
        // that trailing zeros never overflow it).
        var significant = 0
        var pendingZeros = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, digits > 0 else { return nil }
                seenPoint = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            digits += 1
            if seenPoint { fractionDigits += 1 }
            if digit == 0 {
                if significant > 0 { pendingZeros += 1 }
                continue
            }
            significant += pendingZeros + 1
            guard significant <= maximumSignificantDigits else { return nil }
            magnitude = magnitude * powerOfTen(pendingZeros + 1) + UInt128(digit)
            pendingZeros = 0
        }
        guard digits > 0, !seenPoint || fractionDigits > 0 else { return nil }
        return try? make(
            negative: negative, magnitude: magnitude, exponent: pendingZeros - fractionDigits, operation: "parsing")
    }

    /// The error for text that ``plainValue(_:)`` does not accept, naming the first offending character.
    private static func diagnosis(of text: String) -> QuantityError {
        var digits = 0
        // Digits from the first non-zero digit to the last: trailing zeros go into the exponent.
        var significant = 0
        var sinceFirstNonZero = 0
        var seenPoint = false
        var seenNonZero = false
        var fractionDigits = 0
        var offset = 0
        let scalars = text.unicodeScalars
        if scalars.isEmpty {
            return .invalidNumber(text: text, offset: 0, reason: "empty text")
        }
        for (index, scalar) in scalars.enumerated() {
            offset = index
            switch scalar {
            case "-" where index == 0:
                continue
            case ".":
                if seenPoint {
                    return .invalidNumber(text: text, offset: index, reason: "a second decimal point")
                }
                if digits == 0 {
                    return .invalidNumber(text: text, offset: index, reason: "a decimal point needs a digit before it")
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
                return .invalidNumber(text: text, offset: index, reason: "'\(scalar)' is not a digit, '-' or '.'")
            }
        }
        if digits == 0 || (seenPoint && fractionDigits == 0) {
            return .invalidNumber(text: text, offset: offset, reason: "a digit is missing")
        }
        if significant > maximumSignificantDigits {
            return .invalidNumber(
                text: text, offset: 0,
                reason: "more than \(maximumSignificantDigits) significant digits would be rounded")
        }
        return .invalidNumber(text: text, offset: 0, reason: "out of the exact decimal range")
    }
}

// MARK: - Plain text

extension ExactDecimal: CustomStringConvertible {
    /// The value as plain decimal text, with no exponent and no grouping (`51800000000`, `0.9962`, `-15`).
    public var description: String {
        withPlainTextBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls a closure with the value's plain decimal text as UTF-8 bytes, the same bytes as ``description``, without
    /// making a `String` (for writers that append bytes).
    ///
    /// The bytes live on the stack for the duration of the call only; copy them out, never keep the buffer.
    /// - Parameter body: The closure that reads the bytes.
    /// - Returns: What `body` returns.
    public func withPlainTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if isZero {
            return try withUnsafeBytes(of: UInt8(ascii: "0")) { try body($0.assumingMemoryBound(to: UInt8.self)) }
        }
        // At most 39 digits, least significant first.
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return try withUnsafeMutableBytes(of: &scratch) { digits in
            var count = 0
            var magnitude = significand.magnitude
            while magnitude > UInt128(UInt64.max) {
                let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
                digits[count] = UInt8(ascii: "0") + UInt8(digit)
                count += 1
                magnitude = quotient
            }
            var small = UInt64(magnitude)
            while small != 0 {
                let (quotient, digit) = small.quotientAndRemainder(dividingBy: 10)
                digits[count] = UInt8(ascii: "0") + UInt8(digit)
                count += 1
                small = quotient
            }
            let places = -exponent
            let capacity = 3 + count + max(0, places) + max(0, exponent)
            return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
                var at = 0
                func put(_ byte: UInt8) {
                    out[at] = byte
                    at += 1
                }
                if isNegative { put(UInt8(ascii: "-")) }
                if places >= count {
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "."))
                    for _ in 0..<(places - count) { put(UInt8(ascii: "0")) }
                }
                for index in stride(from: count - 1, through: 0, by: -1) {
                    if places > 0 && places < count && index == places - 1 { put(UInt8(ascii: ".")) }
                    put(digits[index])
                }
                for _ in 0..<max(0, exponent) { put(UInt8(ascii: "0")) }
                return try body(UnsafeBufferPointer(rebasing: out[0..<at]))
            }
        }
    }

    /// Writes a value as plain decimal text; the same as its ``description``.
    /// - Parameter value: The value to write.
    /// - Returns: Its exact text.
    public static func plainText(_ value: ExactDecimal) -> String {
        value.description
    }
}

// MARK: - Double

extension Double {
    /// The `Double` nearest to an exact decimal, for display and growth rates only; never feed it back into
    /// exact arithmetic.
    /// - Parameter value: The exact value.
    public init(_ value: ExactDecimal) {
        let magnitude = value.significand.magnitude
        let power = value.exponent
        // Both factors exact in a Double: one correctly rounded operation.
        if magnitude < (1 << 53), (-22...22).contains(power) {
            var scale = 1.0
            for _ in 0..<power.magnitude { scale *= 10 }
            let exact = Double(magnitude)
            let result = power < 0 ? exact / scale : exact * scale
            self = value.isNegative ? -result : result
            return
        }
        self = Double(value.description) ?? .nan
    }
}
