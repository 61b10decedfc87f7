public import Foundation

/// What a target requires of the actual figure: a comparator and a value (two values for a band).
public struct Requirement: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the actual is compared.
    public let comparator: ComparisonOperator
    /// The value; the lower bound of a band.
    public let value: Quantity
    /// The upper bound of a band; `nil` for other comparators.
    public let upperValue: Quantity?

    /// Creates a requirement with one value.
    /// - Parameters:
    ///   - comparator: Any comparator but ``ComparisonOperator/between``.
    ///   - value: The value.
    /// - Throws: ``RequirementError/bandNeedsTwoValues`` for `.between`.
    public init(_ comparator: ComparisonOperator, _ value: Quantity) throws(RequirementError) {
        if comparator == .between { throw .bandNeedsTwoValues }
        self.comparator = comparator
        self.value = value
        self.upperValue = nil
    }

    /// Creates a band requirement, both ends included.
    /// - Parameters:
    ///   - lower: The lower bound.
    ///   - upper: The upper bound, in the same unit.
    /// - Throws: ``RequirementError/mixedUnits(_:_:)`` or ``RequirementError/invertedBand(lower:upper:)``.
    public init(between lower: Quantity, and upper: Quantity) throws(RequirementError) {
        if lower.unit != upper.unit { throw .mixedUnits(lower.unit, upper.unit) }
        if upper.value < lower.value { throw .invertedBand(lower: lower, upper: upper) }
        self.comparator = .between
        self.value = lower
        self.upperValue = upper
    }

    /// Shorthand for an at-least requirement.
    /// - Parameter value: The minimum.
    /// - Returns: `≥ value`.
    public static func atLeast(_ value: Quantity) -> Requirement {
        Requirement(unchecked: .atLeast, value, nil)
    }

    /// Shorthand for an at-most requirement.
    /// - Parameter value: The maximum.
    /// - Returns: `≤ value`.
    public static func atMost(_ value: Quantity) -> Requirement {
        Requirement(unchecked: .atMost, value, nil)
    }

    /// The unit of the requirement's values.
    public var unit: QuantityUnit { value.unit }

    /// The value the gap-closed formula aims at: the value, or for a band the bound nearest to `actual`.
    /// - Parameter actual: The actual value, used only for bands.
    /// - Returns: The aim.
    public func aim(for actual: Decimal) -> Decimal {
        guard comparator == .between, let upper = upperValue?.value else { return value.value }
        return actual > upper ? upper : value.value
    }

    /// The requirement in mathematical form, e.g. `≥ 51800000000 CNY`.
    public var description: String {
        if let upperValue {
            return "∈ [\(ExactDecimal.plainText(value.value)), \(ExactDecimal.plainText(upperValue.value))] \(unit)"
        }
        return "\(comparator.symbol) \(value)"
    }

    private init(unchecked comparator: ComparisonOperator, _ value: Quantity, _ upper: Quantity?) {
        self.comparator = comparator
        self.value = value
        self.upperValue = upper
    }

    private enum CodingKeys: String, CodingKey {
        case comparator, value, upperValue
    }

    /// Decodes a requirement, checking that a band has two values in one unit.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` for an invalid band.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let comparator = try container.decode(ComparisonOperator.self, forKey: .comparator)
        let value = try container.decode(Quantity.self, forKey: .value)
        let upper = try container.decodeIfPresent(Quantity.self, forKey: .upperValue)
        do {
            if comparator == .between {
                guard let upper else { throw RequirementError.bandNeedsTwoValues }
                self = try Requirement(between: value, and: upper)
            } else {
                self = try Requirement(comparator, value)
            }
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .comparator, in: container, debugDescription: "\(error)")
        }
    }
}

/// An error in building a ``Requirement``.
public enum RequirementError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A band (`between`) was given one value.
    case bandNeedsTwoValues
    /// A band's bounds have different units.
    case mixedUnits(QuantityUnit, QuantityUnit)
    /// A band's upper bound is below its lower bound.
    case invertedBand(lower: Quantity, upper: Quantity)

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .bandNeedsTwoValues: "a band ('between') needs a lower and an upper value"
        case .mixedUnits(let lhs, let rhs): "a band's bounds must share a unit, not \(lhs) and \(rhs)"
        case .invertedBand(let lower, let upper): "the band's upper bound \(upper) is below its lower bound \(lower)"
        }
    }
}
