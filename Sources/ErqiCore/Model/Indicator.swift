/// Which way an indicator should move.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// More is better (investment, compounds renovated).
    case higherIsBetter
    /// Less is better (spending, emissions).
    case lowerIsBetter
    /// A value inside a band is best (a price index between 2% and 3%).
    case band
}

/// How an indicator's figures add up over time.
public enum IndicatorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Counted within a period and summed across sub-periods (compounds renovated in 2020).
    case flow
    /// A level at a date; the latest value counts and values are never summed (registered market entities).
    case stock
    /// A growth rate or a share; the latest value counts (year-on-year growth of fixed-asset investment).
    case rate
}

/// Something measured: what a target sets and an observation reports.
public struct Indicator: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe indicator identifier.
    public typealias ID = Identifier<Indicator>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// The indicator's name.
    public var name: LocalizedText
    /// The unit of every target and observation of the indicator.
    public var unit: QuantityUnit
    /// Which way is better.
    public var direction: Direction
    /// How figures add up over time.
    public var kind: IndicatorKind

    /// Creates an indicator.
    /// - Parameters:
    ///   - id: The identifier, unique in a dataset.
    ///   - name: The name.
    ///   - unit: The unit of its figures.
    ///   - direction: Which way is better.
    ///   - kind: How figures add up over time.
    public init(
        id: ID, name: LocalizedText, unit: QuantityUnit, direction: Direction = .higherIsBetter,
        kind: IndicatorKind = .flow
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.kind = kind
    }
}
