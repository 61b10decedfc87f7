public import ErqiCore

// MARK: - Codes in words, for reports that show them in a cell of their own

extension ReportOptions {
    /// A comparator in words, e.g. `不低于` or `at least`.
    /// - Parameter comparator: The comparator.
    /// - Returns: Its wording for people.
    public func comparatorText(_ comparator: ComparisonOperator) -> String {
        switch (comparator, language) {
        case (.atLeast, .zh): "不低于"
        case (.atLeast, .en): "at least"
        case (.atMost, .zh): "不高于"
        case (.atMost, .en): "at most"
        case (.greaterThan, .zh): "高于"
        case (.greaterThan, .en): "more than"
        case (.lessThan, .zh): "低于"
        case (.lessThan, .en): "less than"
        case (.exactly, .zh): "等于"
        case (.exactly, .en): "exactly"
        case (.between, .zh): "介于"
        case (.between, .en): "between"
        }
    }

    /// How exactly a figure is stated, in words, e.g. `余（多于）` or `more than`.
    /// - Parameter approximation: The approximation.
    /// - Returns: Its wording for people.
    public func approximationText(_ approximation: Approximation) -> String {
        switch (approximation, language) {
        case (.exact, .zh): "准确数"
        case (.exact, .en): "exact"
        case (.moreThan, .zh): "多于"
        case (.moreThan, .en): "more than"
        case (.nearly, .zh): "接近但不足"
        case (.nearly, .en): "nearly"
        case (.about, .zh): "约数"
        case (.about, .en): "about"
        }
    }

    /// A unit's name, e.g. `元`, `户`, `百分点` or `yuan`, `households`, `percentage points`.
    ///
    /// A count is named by its measure word in Chinese (`个` without one); in English by the word
    /// ``quantityText(_:unit:approximation:)`` writes after it (`households`), else `count`.
    /// - Parameter unit: The unit.
    /// - Returns: Its name for people.
    public func unitText(_ unit: QuantityUnit) -> String {
        let zh = language == .zh
        switch unit {
        case .yuan: return zh ? "元" : "yuan"
        case .count(let measureWord):
            if zh { return measureWord.flatMap { $0.isEmpty ? nil : $0 } ?? "个" }
            let word = EnglishCountWord.suffix(for: measureWord).drop { $0 == " " }
            return word.isEmpty ? "count" : String(word)
        case .percent: return zh ? "百分比" : "percent"
        case .percentagePoints: return zh ? "百分点" : "percentage points"
        case .multiple: return zh ? "倍" : "times"
        case .days: return zh ? "天" : "days"
        case .months: return zh ? "个月" : "months"
        case .years: return zh ? "年" : "years"
        case .squareMetres: return zh ? "平方米" : "m²"
        case .squareKilometres: return zh ? "平方公里" : "km²"
        case .mu: return zh ? "亩" : "mu"
        case .metres: return zh ? "米" : "m"
        case .kilometres: return zh ? "公里" : "km"
        case .hectares: return zh ? "公顷" : "ha"
        case .cubicMetres: return zh ? "立方米" : "m³"
        case .tonnes: return zh ? "吨" : "t"
        case .kilograms: return zh ? "公斤" : "kg"
        case .microgramsPerCubicMetre: return zh ? "微克/立方米" : "μg/m³"
        }
    }

    /// Yes or no, e.g. for whether data is stale: `是` / `否`, `yes` / `no`.
    /// - Parameter value: The value.
    /// - Returns: The word.
    public func yesNoText(_ value: Bool) -> String {
        switch (value, language) {
        case (true, .zh): "是"
        case (true, .en): "yes"
        case (false, .zh): "否"
        case (false, .en): "no"
        }
    }

    /// What the evaluator noticed about a target, in words; ids stay as they are.
    /// - Parameter issue: The issue.
    /// - Returns: Its wording for people, e.g. `同期数据冲突：采用 o-1，另有 o-2`.
    public func issueText(_ issue: EvaluationIssue) -> String {
        let zh = language == .zh
        func ids(_ ids: [Observation.ID]) -> String { ids.map(\.rawValue).joined(separator: zh ? "、" : ", ") }
        switch issue {
        case .conflictingFigures(let used, let others):
            return zh
                ? "同期数据冲突：采用 \(used.rawValue)，另有 \(ids(others))"
                : "conflicting figures for the same period: used \(used.rawValue), also reported \(ids(others))"
        case .observationUnitMismatch(let observation, let expected, let found):
            return zh
                ? "数据 \(observation.rawValue) 的单位为\(unitText(found))，指标单位为\(unitText(expected))，未采用"
                : "figure \(observation.rawValue) is in \(unitText(found)) but its indicator in "
                    + "\(unitText(expected)), so it was not used"
        case .requirementUnitMismatch(let expected, let found):
            return zh
                ? "要求的单位为\(unitText(found))，指标单位为\(unitText(expected))"
                : "the requirement is in \(unitText(found)), the indicator in \(unitText(expected))"
        case .unknownIndicator(let id):
            return zh ? "未定义的指标 \(id.rawValue)" : "the indicator \(id.rawValue) is not defined"
        case .coverageGap(let observations):
            return zh
                ? "没有从期初开始的数据，未累计：\(ids(observations))"
                : "no figure starts at the period's start, so none was summed: \(ids(observations))"
        case .calculation(.targetEqualsBaseline(let target, let baseline)):
            let (target, baseline) = (ExactDecimal.plainText(target), ExactDecimal.plainText(baseline))
            return zh
                ? "目标值 \(target) 等于基数 \(baseline)，无法计算进度：请检查基数或目标值"
                : "the target \(target) equals the baseline \(baseline), so progress is undefined: check the baseline "
                    + "or the target value"
        case .calculation(.quantity):
            return reasonText(.arithmeticOverflow)
        case .calculation(.notPositive), .calculation(.zeroDivisor):
            return zh
                ? "一项比率无法计算：除数为零，或应为正数的数不是正数"
                : "a ratio cannot be computed: a divisor is zero or a figure that must be positive is not"
        }
    }
}
