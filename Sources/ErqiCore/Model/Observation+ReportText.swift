extension Observation {
    /// Creates an observation from a figure as a report writes it, keeping its approximation.
    ///
    /// ```swift
    /// let households = Indicator(id: "households", name: "惠及居民", unit: .count(measureWord: "户"))
    /// let figure = try Observation(
    ///     id: "2020", indicator: households, period: try .year(2020), reading: "13.2万余户")
    /// // value 132000 count:户, approximation .moreThan
    /// ```
    ///
    /// 约 and 左右 are ``Approximation/about``, 余 and 多 ``Approximation/moreThan``, 近 ``Approximation/nearly``: the
    /// evaluator decides on them honestly (近200项 against 200项以上 is missed). A change (同比增长6.1%) is its signed
    /// value. Set ``comparabilityNote`` and ``note`` on the result when they apply.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - indicator: The indicator measured; the figure must be in its unit.
    ///   - period: What the figure covers.
    ///   - text: The figure as the report writes it, e.g. `"388.1亿元"`, `"13.2万余户"`, `"近200项"`.
    ///   - quality: How final the figure is.
    ///   - citation: Where it is stated.
    ///   - supersedes: The observations this one replaces by name, or `nil`.
    /// - Throws: ``ReportTextError/notAQuantity(text:_:)`` when the text is no quantity,
    ///   ``ReportTextError/notAFigure(text:_:)`` when it carries a comparator or a range (518亿元以上, 2%至3%),
    ///   ``ReportTextError/unitMismatch(text:unit:indicator:indicatorUnit:)`` when its unit is not the indicator's.
    public init(
        id: ID, indicator: Indicator, period: Period, reading text: String, quality: ObservationQuality = .final,
        citation: SourceCitation? = nil, supersedes: [ID]? = nil
    ) throws(ReportTextError) {
        let parsed: ParsedQuantity
        do {
            parsed = try QuantityLanguage.parse(text)
        } catch {
            throw .notAQuantity(text: text, error)
        }
        try self.init(
            id: id, indicator: indicator, period: period, reading: parsed, quality: quality, citation: citation,
            supersedes: supersedes)
    }

    /// Creates an observation from a figure already parsed by ``QuantityLanguage``, keeping its approximation.
    ///
    /// The same reading as `init(id:indicator:period:reading:…)` with a `String`,
    /// for a phrase found in running text by ``QuantityLanguage/extract(from:)``. Prefer it to passing
    /// `parsed.quantity` to `init(id:indicator:period:value:…)`,
    /// which would take the figure as exact unless told otherwise.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - indicator: The indicator measured; the figure must be in its unit.
    ///   - period: What the figure covers.
    ///   - parsed: The parsed figure.
    ///   - quality: How final the figure is.
    ///   - citation: Where it is stated.
    ///   - supersedes: The observations this one replaces by name, or `nil`.
    /// - Throws: ``ReportTextError/notAFigure(text:_:)`` or
    ///   ``ReportTextError/unitMismatch(text:unit:indicator:indicatorUnit:)``.
    public init(
        id: ID, indicator: Indicator, period: Period, reading parsed: ParsedQuantity,
        quality: ObservationQuality = .final, citation: SourceCitation? = nil, supersedes: [ID]? = nil
    ) throws(ReportTextError) {
        if parsed.upperQuantity != nil { throw .notAFigure(text: parsed.text, .between) }
        if let comparator = parsed.comparator { throw .notAFigure(text: parsed.text, comparator) }
        if parsed.quantity.unit != indicator.unit {
            throw .unitMismatch(
                text: parsed.text, unit: parsed.quantity.unit, indicator: indicator.id, indicatorUnit: indicator.unit)
        }
        self.init(
            id: id, indicator: indicator.id, period: period, value: parsed.quantity,
            approximation: parsed.approximation, quality: quality, citation: citation, supersedes: supersedes)
    }
}
