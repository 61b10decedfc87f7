/// The starting level a target is measured from.
public struct Baseline: Sendable, Hashable, Codable {
    /// The starting value, in the indicator's unit.
    public var value: Quantity
    /// The day the value refers to, if known; growth rates (CAGR) need it.
    public var date: CalendarDate?
    /// Where the value is stated.
    public var citation: SourceCitation?

    /// Creates a baseline.
    /// - Parameters:
    ///   - value: The starting value.
    ///   - date: The day the value refers to.
    ///   - citation: Where it is stated.
    public init(value: Quantity, date: CalendarDate? = nil, citation: SourceCitation? = nil) {
        self.value = value
        self.date = date
        self.citation = citation
    }
}
