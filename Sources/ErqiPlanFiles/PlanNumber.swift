import ErqiCore

/// The one place where the plan-file readers turn number text into an exact decimal.
///
/// Every number the CSV and JSON readers parse goes through ``plain(_:)`` (UTF-8 bytes, the fast path) or
/// ``parse(_:)`` (validated text with a located message), so that the exact decimal type behind them can be
/// switched here alone.
enum PlanNumber {
    /// The exact decimal the readers build.
    typealias Value = ExactDecimal

    /// The value of plain decimal text (`-12.50`) read from its UTF-8 bytes, or `nil` when the bytes are not for
    /// the fast path (the caller then uses ``parse(_:)``, which gives the same value or the error).
    /// - Parameter bytes: The trimmed bytes of a cell or a JSON number.
    /// - Returns: The value, or `nil`.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        ExactDecimal.plainValue(bytes)
    }

    /// Parses plain decimal text, as ``ExactDecimal/parse(_:)``.
    /// - Parameter text: The text.
    /// - Returns: The exact value.
    /// - Throws: ``QuantityError`` naming what is wrong.
    static func parse(_ text: String) throws(QuantityError) -> Value {
        try ExactDecimal.parse(text)
    }
}
