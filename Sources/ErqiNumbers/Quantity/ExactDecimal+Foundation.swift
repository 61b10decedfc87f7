public import Foundation

// MARK: - Foundation's Decimal, at the boundary

extension ExactDecimal {
    /// Creates the exact value of a Foundation `Decimal`, for callers who hold one.
    /// - Parameter decimal: The value.
    /// - Throws: ``QuantityError/invalidNumber(text:offset:reason:)`` for NaN, or when the value has more than 38
    ///   significant digits; never rounds.
    public init(_ decimal: Decimal) throws(QuantityError) {
        if decimal.isNaN { throw .invalidNumber(text: "NaN", offset: 0, reason: "not a number") }
        // `description` is Decimal's exact plain text of every digit.
        self = try ExactDecimal.parse(decimal.description)
    }
}

extension Decimal {
    /// The Foundation `Decimal` equal to an exact decimal; always exact (38 digits, exponent −128…127 fit).
    /// - Parameter value: The exact value.
    public init(_ value: ExactDecimal) {
        let magnitude = Decimal(string: value.significand.magnitude.description) ?? 0
        self.init(sign: value.isNegative ? .minus : .plus, exponent: value.exponent, significand: magnitude)
    }
}
