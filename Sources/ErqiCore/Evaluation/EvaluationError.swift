import Foundation

/// An error in a policy calculation.
public enum EvaluationError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The target value equals the baseline, so the share of the gap closed is undefined.
    case targetEqualsBaseline(target: ExactDecimal, baseline: ExactDecimal)
    /// A calculation needs a positive quantity, e.g. a growth rate from a zero baseline.
    case notPositive(name: String, value: ExactDecimal)
    /// A calculation is undefined for a zero divisor.
    case zeroDivisor(name: String)
    /// An exact calculation overflowed or mixed units.
    case quantity(QuantityError)

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .targetEqualsBaseline(let target, let baseline):
            "the target \(target) equals the baseline \(baseline): progress towards it is undefined; "
                + "check the baseline or the target value"
        case .notPositive(let name, let value):
            "\(name) must be positive, not \(value)"
        case .zeroDivisor(let name):
            "\(name) is zero, so the ratio is undefined"
        case .quantity(let error):
            error.description
        }
    }
}
