public import Foundation

/// An exact amount in a unit: 518亿元 is `Quantity(value: 51800000000, unit: .yuan)`.
///
/// The value is an ``ExactDecimal`` in the unit's base (yuan, not 亿元; fractions, not percent). Build it from
/// validated text or integers, never from a `Double` (`Decimal(3.133)` is 3.132999999999999488).
/// Arithmetic and comparison across units are typed errors.
///
/// It encodes as `{"value": "51800000000", "unit": "CNY"}`, with the value as exact text.
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The exact value, in the unit's base.
    public let value: ExactDecimal
    /// The unit.
    public let unit: QuantityUnit

    /// Creates a quantity from an exact decimal value.
    /// - Parameters:
    ///   - value: The value in the unit's base. Build it from text or integers, never from a `Double`.
    ///   - unit: The unit.
    public init(value: ExactDecimal, unit: QuantityUnit) {
        self.value = value
        self.unit = unit
    }

    /// Creates a quantity from an integer.
    /// - Parameters:
    ///   - value: The value in the unit's base.
    ///   - unit: The unit.
    public init(_ value: Int, _ unit: QuantityUnit) {
        self.value = ExactDecimal(value)
        self.unit = unit
    }

    /// Creates a quantity from plain decimal text, validated whole (see ``ExactDecimal/parse(_:)``).
    /// - Parameters:
    ///   - text: Plain decimal text such as `"388.1"`.
    ///   - unit: The unit.
    ///   - scale: A power-of-ten multiplier for magnitudes, e.g. `100_000_000` for 亿.
    /// - Throws: ``QuantityError`` when the text is not a plain decimal or the scaled value overflows.
    public init(_ text: String, _ unit: QuantityUnit, scale: Int = 1) throws(QuantityError) {
        let parsed = try ExactDecimal.parse(text)
        self.value = scale == 1 ? parsed : try parsed * ExactDecimal(scale)
        self.unit = unit
    }

    /// The sum of two quantities of one unit.
    /// - Parameter other: The quantity to add.
    /// - Returns: The sum.
    /// - Throws: ``QuantityError/mixedUnits(_:_:)`` or ``QuantityError/overflow(operation:)``.
    public func adding(_ other: Quantity) throws(QuantityError) -> Quantity {
        try requireSameUnit(other)
        return Quantity(value: try value + other.value, unit: unit)
    }

    /// The difference of two quantities of one unit.
    /// - Parameter other: The quantity to subtract.
    /// - Returns: The difference.
    /// - Throws: ``QuantityError/mixedUnits(_:_:)`` or ``QuantityError/overflow(operation:)``.
    public func subtracting(_ other: Quantity) throws(QuantityError) -> Quantity {
        try requireSameUnit(other)
        return Quantity(value: try value - other.value, unit: unit)
    }

    /// The ratio of two quantities of one unit, a plain number.
    /// - Parameter other: The divisor.
    /// - Returns: `self / other`.
    /// - Throws: ``QuantityError/mixedUnits(_:_:)``, ``QuantityError/divisionByZero(operation:)`` or overflow.
    public func ratio(to other: Quantity) throws(QuantityError) -> ExactDecimal {
        try requireSameUnit(other)
        return try value / other.value
    }

    /// Compares two quantities of one unit.
    /// - Parameter other: The quantity to compare with.
    /// - Returns: `.orderedAscending` when `self` is smaller.
    /// - Throws: ``QuantityError/mixedUnits(_:_:)`` when the units differ.
    public func compare(to other: Quantity) throws(QuantityError) -> ComparisonResult {
        try requireSameUnit(other)
        if value < other.value { return .orderedAscending }
        if value > other.value { return .orderedDescending }
        return .orderedSame
    }

    /// Throws unless `other` has the same unit.
    /// - Parameter other: The other quantity.
    /// - Throws: ``QuantityError/mixedUnits(_:_:)``.
    public func requireSameUnit(_ other: Quantity) throws(QuantityError) {
        if unit != other.unit { throw .mixedUnits(unit, other.unit) }
    }

    /// The value as exact plain text and the unit code, e.g. `51800000000 CNY`.
    public var description: String { "\(value.description) \(unit.code)" }

    private enum CodingKeys: String, CodingKey {
        case value, unit
    }

    /// Decodes `{"value": "<exact text>", "unit": "<code>"}`.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the value is not plain decimal text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .value)
        do {
            self.value = try ExactDecimal.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .value, in: container, debugDescription: error.description)
        }
        self.unit = try container.decode(QuantityUnit.self, forKey: .unit)
    }

    /// Encodes the value as exact text and the unit as its code.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value.description, forKey: .value)
        try container.encode(unit, forKey: .unit)
    }
}
