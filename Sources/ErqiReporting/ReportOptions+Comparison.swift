public import ErqiCore

// MARK: - Wording a plan comparison

extension ReportOptions {
    /// A label of a plan comparison report in the options' language.
    /// - Parameter label: The label.
    /// - Returns: Its text.
    public func comparisonLabel(_ label: ComparisonLabel) -> String { label.text(in: language) }

    /// A label and its value, e.g. `计划数：4` or `Plans: 4`.
    /// - Parameters:
    ///   - label: The label.
    ///   - value: The value.
    /// - Returns: The text.
    public func comparisonLine(_ label: ComparisonLabel, _ value: String) -> String {
        language == .zh ? "\(comparisonLabel(label))：\(value)" : "\(comparisonLabel(label)): \(value)"
    }

    /// Counts by status, e.g. `正常 3，未达成 1`, or `—` when every count is 0.
    /// - Parameter counts: The counts.
    /// - Returns: The text.
    public func countsText(_ counts: StatusCounts) -> String {
        let parts = counts.nonZero.map { "\(statusText($0.status)) \($0.count)" }
        return parts.isEmpty ? "—" : parts.joined(separator: language == .zh ? "，" : ", ")
    }

    /// A plan's mean progress, e.g. `74.9%`, or `—` when it has none.
    /// - Parameter row: The plan's row.
    /// - Returns: The text.
    public func meanProgressText(_ row: PlanComparisonRow) -> String {
        row.meanProgress.map(percentText) ?? "—"
    }

    /// A worst target with its status and progress, e.g. `老旧小区（未达成，66.1%）`.
    /// - Parameter target: The target.
    /// - Returns: The text.
    public func worstTargetText(_ target: PlanComparisonTarget) -> String {
        let name = target.title.text(in: language)
        let status = statusText(target.status)
        let progress = percentText(target.progress)
        return language == .zh ? "\(name)（\(status)，\(progress)）" : "\(name) (\(status), \(progress))"
    }

    /// A plan's worst targets, joined, or `—` when it has none.
    /// - Parameter row: The plan's row.
    /// - Returns: The text.
    public func worstTargetsText(_ row: PlanComparisonRow) -> String {
        row.worstTargets.isEmpty
            ? "—" : row.worstTargets.map(worstTargetText).joined(separator: language == .zh ? "；" : "; ")
    }

    /// A column's name for people, e.g. `平均进度` or `Targets (on track)`.
    /// - Parameter column: The column.
    /// - Returns: The text.
    public func columnText(_ column: PlanComparisonColumn) -> String {
        func counted(_ label: ComparisonLabel, _ status: EvaluationStatus) -> String {
            language == .zh
                ? "\(comparisonLabel(label))（\(statusText(status))）"
                : "\(comparisonLabel(label)) (\(statusText(status)))"
        }
        switch column {
        case .plan: return comparisonLabel(.planID)
        case .title: return comparisonLabel(.plan)
        case .targets: return comparisonLabel(.targets)
        case .targetsWithProgress: return comparisonLabel(.targetsWithProgress)
        case .meanProgress: return comparisonLabel(.meanProgress)
        case .targetStatus(let status): return counted(.targets, status)
        case .milestones: return comparisonLabel(.milestones)
        case .milestoneStatus(let status): return counted(.milestones, status)
        case .worstProgress: return comparisonLabel(.worstProgress)
        }
    }

    /// What the rows are sorted by, e.g. `排序：平均进度 降序`, or `nil` when they are in dataset order.
    /// - Parameter comparison: The comparison.
    /// - Returns: The text.
    public func sortText(_ comparison: PlanComparison) -> String? {
        guard let column = comparison.sortedBy else { return nil }
        let direction = comparisonLabel(comparison.descending ? .descending : .ascending)
        return language == .zh
            ? "\(comparisonLabel(.sortedBy))：\(columnText(column)) \(direction)"
            : "\(comparisonLabel(.sortedBy)): \(columnText(column)), \(direction)"
    }
}
