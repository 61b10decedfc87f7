import Foundation

/// What a target requires of the actual figure: a comparator and a value (two values for a band).
public struct Requirement: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the actual is compared.
    public let comparator: ComparisonOperator
    /// The value; the lower bound of a band.
    public let value: Quantity
    /// The upper bound of a band; `nil` for other comparators.
    public let upperValue: Quantity?
    /// How firmly the target is promised (确保 ensure, 力争 strive), when its text says; it never changes the
    /// comparison.
    public let commitment: Commitment?

    /// Creates a requirement with one value.
    /// - Parameters:
    ///   - comparator: Any comparator but ``ComparisonOperator/between``.
    ///   - value: The value.
    ///   - commitment: How firmly the target is promised, if the text says.
    /// - Throws: ``RequirementError/bandNeedsTwoValues`` for `.between`.
    public init(_ comparator: ComparisonOperator, _ value: Quantity, commitment: Commitment? = nil)
        throws(RequirementError)
    {
        if comparator == .between { throw .bandNeedsTwoValues }
        self.comparator = comparator
        self.value = value
        self.upperValue = nil
        self.commitment = commitment
    }

    /// Creates a band requirement, both ends included.
    /// - Parameters:
    ///   - lower: The lower bound.
    ///   - upper: The upper bound, in the same unit.
    ///   - commitment: How firmly the target is promised, if the text says.
    /// - Throws: ``RequirementError/mixedUnits(_:_:)`` or ``RequirementError/invertedBand(lower:upper:)``.
    public init(between lower: Quantity, and upper: Quantity, commitment: Commitment? = nil) throws(RequirementError) {
        if lower.unit != upper.unit { throw .mixedUnits(lower.unit, upper.unit) }
        if upper.value < lower.value { throw .invertedBand(lower: lower, upper: upper) }
        self.comparator = .between
        self.value = lower
        self.upperValue = upper
        self.commitment = commitment
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
    public func aim(for actual: ExactDecimal) -> ExactDecimal {
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
        self.commitment = nil
    }

    private enum CodingKeys: String, CodingKey {
        case comparator, value, upperValue, commitment
    }

    /// Decodes a requirement, checking that a band has two values in one unit.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` for an invalid band.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let comparator = try container.decode(ComparisonOperator.self, forKey: .comparator)
        let value = try container.decode(Quantity.self, forKey: .value)
        let upper = try container.decodeIfPresent(Quantity.self, forKey: .upperValue)
        let commitment = try container.decodeIfPresent(Commitment.self, forKey: .commitment)
        do {
            if comparator == .between {
                guard let upper else { throw RequirementError.bandNeedsTwoValues }
                self = try Requirement(between: value, and: upper, commitment: commitment)
            } else {
                self = try Requirement(comparator, value, commitment: commitment)
            }
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .comparator, in: container, debugDescription: "\(error)")
        }
    }
}

// MARK: - Reading report text

extension Requirement {
    /// The tolerance of an approximate requirement (约, 大约, 左右, 上下), relative to its figure: 5%, so that
    /// "6%左右" asks for 5.7%…6.3% and "约500亿元" for 475亿…525亿元, both ends included.
    public static let approximateTolerance = ExactDecimal(5, decimalPlaces: 2)

    /// Reads what a target asks from report text already parsed (`518亿元以上`, `6%左右`, `2%至3%`, `力争下降3%`).
    ///
    /// The wording decides, and nothing is silently hardened (docs/plan-format.md has the table):
    /// - a comparator (以上 ≥, 不低于 ≥, 以内 ≤, 不超过 ≤, 控制在…以内 ≤, 超过 >, 不到 <) is kept;
    /// - a range (2%至3%) is a band, both ends included;
    /// - an approximate figure (6%左右, 约6%) is a band of ± `tolerance` × |figure| around it;
    /// - 余/多 (100余个) is "more than" (>); a bare figure takes `defaultComparator` (from the indicator's
    ///   direction);
    /// - 近 (nearly), an approximate range and an approximate figure with a comparator are errors;
    /// - 确保 and 力争 are kept as ``commitment``; a change (下降3%) is compared as its signed value.
    /// - Parameters:
    ///   - parsed: The parsed text.
    ///   - defaultComparator: The comparator of a bare figure (≥ when higher is better, ≤ when lower is better).
    ///   - tolerance: The relative tolerance of an approximate figure; ``approximateTolerance`` by default.
    /// - Throws: ``RequirementError`` when the wording states no requirement Erqi can check.
    public init(
        reading parsed: ParsedQuantity, defaultComparator: ComparisonOperator,
        tolerance: ExactDecimal = Requirement.approximateTolerance
    ) throws(RequirementError) {
        let value = parsed.quantity
        let commitment = parsed.commitment
        if let upper = parsed.upperQuantity {
            if parsed.approximation != .exact { throw .approximateRange }
            self = try Requirement(between: value, and: upper, commitment: commitment)
            return
        }
        if let comparator = parsed.comparator {
            if parsed.approximation != .exact { throw .approximateComparison(comparator, parsed.approximation) }
            self = try Requirement(comparator, value, commitment: commitment)
            return
        }
        switch parsed.approximation {
        case .exact:
            self = try Requirement(defaultComparator, value, commitment: commitment)
        case .moreThan:
            self = try Requirement(.greaterThan, value, commitment: commitment)
        case .nearly:
            throw .nearlyIsNoRequirement(value)
        case .about:
            if value.value.isZero { throw .approximateZero }
            let width: ExactDecimal
            let lower: ExactDecimal
            let upper: ExactDecimal
            do {
                width = try value.value.magnitude * tolerance
                lower = try value.value - width
                upper = try value.value + width
            } catch {
                throw .toleranceOverflow(value)
            }
            self = try Requirement(
                between: Quantity(value: lower, unit: value.unit), and: Quantity(value: upper, unit: value.unit),
                commitment: commitment)
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
    /// An approximate figure carries a comparator too (约518亿元以上): which of the two the target means is unclear.
    case approximateComparison(ComparisonOperator, Approximation)
    /// A range is also approximate (约2%至3%): the band's ends are unclear.
    case approximateRange
    /// An approximate requirement of zero (0左右) has no tolerance to measure from.
    case approximateZero
    /// A requirement stated as "nearly N" (近200) says no bound the actual must meet.
    case nearlyIsNoRequirement(Quantity)
    /// The tolerance band around an approximate figure is beyond the exact decimal range.
    case toleranceOverflow(Quantity)

    /// The report wording of an approximation, for messages.
    private static func approximationWord(_ approximation: Approximation) -> String {
        switch approximation {
        case .exact: "exact"
        case .moreThan: "余, more than"
        case .nearly: "近, nearly"
        case .about: "约 or 左右, about"
        }
    }

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .bandNeedsTwoValues: "a band ('between') needs a lower and an upper value"
        case .mixedUnits(let lhs, let rhs): "a band's bounds must share a unit, not \(lhs) and \(rhs)"
        case .invertedBand(let lower, let upper): "the band's upper bound \(upper) is below its lower bound \(lower)"
        case .approximateComparison(let comparator, let approximation):
            "an approximate figure (\(Self.approximationWord(approximation))) with a comparator "
                + "(\(comparator.symbol)) is ambiguous; "
                + "write either the comparator (518亿元以上) or the approximation (6%左右), or give a band"
        case .approximateRange:
            "an approximate range (约2%至3%) has unclear ends; write the band's ends exactly (2%至3%)"
        case .approximateZero:
            "an approximate requirement of zero has no tolerance; write a band such as -0.5%至0.5%"
        case .nearlyIsNoRequirement:
            "近 (nearly) says the figure is just under its number, not what is required; "
                + "write the figure with a comparator (以上, 以内) or as a band"
        case .toleranceOverflow(let value):
            "the tolerance band around \(value) is beyond the exact decimal range; write the band's ends"
        }
    }
}
