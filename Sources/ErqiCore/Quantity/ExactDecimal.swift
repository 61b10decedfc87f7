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
        var digits = 0
        var significant = 0
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
                if seenNonZero { significant += 1 }
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

    /// Writes a value as plain decimal text with no exponent and no grouping (`51800000000`, `0.9962`, `-15`).
    /// - Parameter value: The value to write.
    /// - Returns: Its exact text; `"NaN"` for a NaN.
    public static func plainText(_ value: Decimal) -> String {
        value.description
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
