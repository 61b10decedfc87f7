extension Requirement {
    /// Reads what a target asks of an indicator from report text, as a plan file's `"requirement": "…"` is read.
    ///
    /// ```swift
    /// let investment = Indicator(id: "investment", name: "固定资产投资", unit: .yuan)
    /// let requirement = try Requirement(reading: "确保518亿元以上", for: investment)
    /// // ≥ 51800000000 CNY, commitment .ensure
    /// ```
    ///
    /// The wording decides (docs/plan-format.md, "Report text"): 以上 is ≥, 以内 is ≤, 2%至3% is a band, 6%左右 a
    /// band of ± ``approximateTolerance`` of the figure, 100余个 is "more than"; a bare figure is ≥ when higher is
    /// better and ≤ when lower is better (the indicator's ``Indicator/direction``). 确保 and 力争 are kept as
    /// ``commitment``.
    /// - Parameters:
    ///   - text: The report text, e.g. `"518亿元以上"`, `"6%左右"`, `"控制在3%以内"`.
    ///   - indicator: The indicator the target measures; the text must be in its unit.
    /// - Throws: ``ReportTextError/notAQuantity(text:_:)`` when the text is no quantity,
    ///   ``ReportTextError/notARequirement(text:_:)`` when it states no bound that can be checked (近200项),
    ///   ``ReportTextError/unitMismatch(text:unit:indicator:indicatorUnit:)`` when its unit is not the indicator's.
    public init(reading text: String, for indicator: Indicator) throws(ReportTextError) {
        let parsed: ParsedQuantity
        do {
            parsed = try QuantityLanguage.parse(text)
        } catch {
            throw .notAQuantity(text: text, error)
        }
        try self.init(reading: parsed, for: indicator)
    }

    /// Reads what a target asks of an indicator from report text already parsed by ``QuantityLanguage``.
    ///
    /// The same reading as `init(reading:for:)` with a `String`, for a phrase found in running text by
    /// ``QuantityLanguage/extract(from:)``.
    /// - Parameters:
    ///   - parsed: The parsed phrase.
    ///   - indicator: The indicator the target measures; the phrase must be in its unit.
    /// - Throws: ``ReportTextError/notARequirement(text:_:)`` or
    ///   ``ReportTextError/unitMismatch(text:unit:indicator:indicatorUnit:)``.
    public init(reading parsed: ParsedQuantity, for indicator: Indicator) throws(ReportTextError) {
        if parsed.quantity.unit != indicator.unit {
            throw .unitMismatch(
                text: parsed.text, unit: parsed.quantity.unit, indicator: indicator.id, indicatorUnit: indicator.unit)
        }
        do {
            try self.init(
                reading: parsed, defaultComparator: indicator.direction == .lowerIsBetter ? .atMost : .atLeast)
        } catch {
            throw .notARequirement(text: parsed.text, error)
        }
    }
}
