import ErqiReporting

/// The number formats of the workbook's numeric columns: which unit column a value column is measured in, and
/// how a value in a unit is shown.
enum NumberColumns {
    /// The column that holds the unit of a value column, or `nil` for fractions and ratios.
    static func unitColumn(of column: String) -> String? {
        switch column {
        case "target_value", "target_upper_value", "original_value", "original_upper_value", "projection",
            "shortfall", "required_per_year", "required_per_month":
            "target_unit"
        case "baseline_value": "baseline_unit"
        case "actual_value": "actual_unit"
        default: nil
        }
    }

    /// The format code of a number in a column: a percentage for completions and progress, two places for the
    /// pace ratio, and a unit word for values.
    static func formatCode(column: String, unit: QuantityUnit?, language: Language) -> String {
        switch column {
        case "completion", "completion_of_original", "gap_closed", "expected_progress": return "0.0%"
        case "pace_ratio": return "0.00"
        default: break
        }
        guard let unit else { return "General" }
        if unit == .percent { return "0.0##%" }
        guard let word = unitWord(unit, language: language) else { return "#,##0.####" }
        return "#,##0.####\"" + word + "\""
    }

    /// The word shown after a value in a unit, or `nil` for none. Percentage points and bare counts have none:
    /// a fraction of points cannot be shown as points by a number format.
    static func unitWord(_ unit: QuantityUnit, language: Language) -> String? {
        let zh = language == .zh
        let word: String?
        switch unit {
        case .yuan: word = zh ? "元" : " yuan"
        case .count(let measureWord): word = zh ? measureWord : nil
        case .percent, .percentagePoints: word = nil
        case .multiple: word = zh ? "倍" : "×"
        case .days: word = zh ? "天" : " days"
        case .months: word = zh ? "个月" : " months"
        case .years: word = zh ? "年" : " years"
        case .squareMetres: word = zh ? "平方米" : " m²"
        case .squareKilometres: word = zh ? "平方公里" : " km²"
        case .mu: word = zh ? "亩" : " mu"
        case .metres: word = zh ? "米" : " m"
        case .kilometres: word = zh ? "公里" : " km"
        case .hectares: word = zh ? "公顷" : " ha"
        case .cubicMetres: word = zh ? "立方米" : " m³"
        case .tonnes: word = zh ? "吨" : " t"
        case .kilograms: word = zh ? "公斤" : " kg"
        case .microgramsPerCubicMetre: word = zh ? "微克/立方米" : " μg/m³"
        }
        // A quote or backslash cannot stand inside a quoted literal of a format code.
        guard let word, !word.isEmpty, !word.contains("\""), !word.contains("\\") else { return nil }
        return word
    }
}
