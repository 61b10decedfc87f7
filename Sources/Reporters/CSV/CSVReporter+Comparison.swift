public import ErqiReporting
import Foundation

extension CSVReporter {
    /// The columns of a plan comparison, in order: every `PlanComparisonColumn` by its name, then
    /// `worst_targets`; they only ever grow at the end.
    ///
    /// | Column | Meaning |
    /// |---|---|
    /// | `plan_id`, `plan_title` | The plan, its name in the report's language. |
    /// | `targets` | How many targets the plan has, of every status. |
    /// | `targets_with_progress` | How many targets the mean progress covers. |
    /// | `mean_progress` | The plan rollup's weighted mean of the clamped gap closed, as a fraction; empty when none. |
    /// | `targets_achieved` … `targets_undetermined` | How many targets have each status (`EvaluationStatus` raw values). |
    /// | `milestones` | How many milestones the plan has. |
    /// | `milestones_done`, `milestones_overdue`, `milestones_pending` | How many milestones have each status. |
    /// | `worst_progress` | The displayed progress (completion, or else gap closed) of the plan's worst target. |
    /// | `worst_targets` | The worst targets, lowest first, each `id status progress`, joined by ` \| `. |
    public static let comparisonColumns: [String] = PlanComparisonColumn.allColumns.map(\.name) + ["worst_targets"]

    /// Writes the header and one row per plan, in the comparison's order, every column filled, so that a
    /// spreadsheet can sort by any of them.
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every comparison can be written.
    public func write<Output: TextOutputStream>(_ comparison: PlanComparison, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(comparison, to: &sink) }
    }

    /// Writes the comparison into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ comparison: PlanComparison, to output: inout ReportOutput) throws {
        if options.byteOrderMark { output.write("\u{FEFF}") }
        output.write(Self.line(Self.comparisonColumns.map(CSVField.text)))
        for row in comparison.rows { output.write(Self.line(comparisonFields(row))) }
    }

    /// A plan's row of typed fields, in the order of ``comparisonColumns``: what the CSV writes, and what a
    /// spreadsheet writer needs to write the same cells.
    /// - Parameter row: The plan's row.
    /// - Returns: The fields.
    public func comparisonFields(_ row: PlanComparisonRow) -> [CSVField] {
        var fields: [CSVField] = []
        fields.reserveCapacity(Self.comparisonColumns.count)
        for column in PlanComparisonColumn.allColumns {
            switch column {
            case .plan: fields.append(.text(row.plan.rawValue))
            case .title: fields.append(.text(row.title.text(in: options.language)))
            case .targets: fields.append(.number(String(row.targetCount)))
            case .targetsWithProgress: fields.append(.number(String(row.targetsWithProgress)))
            case .meanProgress: fields.append(row.meanProgress.map { .number(ExactDecimal.plainText($0)) } ?? .empty)
            case .targetStatus(let status): fields.append(.number(String(row.targetCounts[status])))
            case .milestones: fields.append(.number(String(row.milestoneCount)))
            case .milestoneStatus(let status): fields.append(.number(String(row.milestoneCounts[status])))
            case .worstProgress:
                fields.append(row.worstTargets.first.map { .number(ExactDecimal.plainText($0.progress)) } ?? .empty)
            }
        }
        let worst = row.worstTargets.map {
            "\($0.target.rawValue) \($0.status.rawValue) \(ExactDecimal.plainText($0.progress))"
        }
        fields.append(worst.isEmpty ? .empty : .text(worst.joined(separator: " | ")))
        return fields
    }
}
