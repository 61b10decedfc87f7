/// Why report text cannot become a requirement or an observation of an indicator.
///
/// Thrown by `Requirement(reading:for:)` and `Observation(id:indicator:period:reading:…)`;
/// the ``description`` says what is wrong with the text and how to write it instead.
public enum ReportTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not a quantity Erqi can read (`51八亿`, `亿元`).
    case notAQuantity(text: String, QuantityParseError)
    /// The text is a quantity but states no requirement Erqi can check (`近200项`, `约6%以上`).
    case notARequirement(text: String, RequirementError)
    /// The text's unit is not the indicator's (`518亿元` for an indicator counted in 个).
    case unitMismatch(text: String, unit: QuantityUnit, indicator: Indicator.ID, indicatorUnit: QuantityUnit)
    /// A reported figure carries a comparator or a range (`518亿元以上`, `2%至3%`): a figure is one value.
    case notAFigure(text: String, ComparisonOperator)

    /// A message that says what is wrong with the text and how to fix it.
    public var description: String {
        switch self {
        case .notAQuantity(let text, let error):
            "'\(text)' is not a quantity: \(error.description)"
        case .notARequirement(let text, let error):
            "'\(text)' is not a requirement Erqi can check: \(error.description)"
        case .unitMismatch(let text, let unit, let indicator, let indicatorUnit):
            "'\(text)' is in \(unit) but indicator '\(indicator)' is in \(indicatorUnit); "
                + "write the figure in the indicator's unit"
        case .notAFigure(let text, let comparator):
            "'\(text)' states a requirement (\(comparator == .between ? "a range" : comparator.symbol)), "
                + "not a reported figure; write the figure alone, e.g. 388.1亿元 or 13.2万余户"
        }
    }
}
