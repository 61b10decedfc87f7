/// An error in building, parsing or computing with quantities.
public enum QuantityError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text is not a valid number; `offset` is the character offset of the first offending character.
    case invalidNumber(text: String, offset: Int, reason: String)
    /// Two quantities of different units were combined or compared.
    case mixedUnits(QuantityUnit, QuantityUnit)
    /// A result fell outside the range an ``ExactDecimal`` holds, or would lose significant digits.
    case overflow(operation: String)
    /// A division by zero was attempted.
    case divisionByZero(operation: String)

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .invalidNumber(let text, let offset, let reason):
            "invalid number '\(text)' at character \(offset): \(reason)"
        case .mixedUnits(let lhs, let rhs):
            "cannot combine \(lhs) with \(rhs): the units differ; convert one side or fix the unit"
        case .overflow(let operation):
            "\(operation) overflows the exact decimal range (38 significant digits, exponent −128…127)"
        case .divisionByZero(let operation):
            "\(operation) divides by zero"
        }
    }
}
