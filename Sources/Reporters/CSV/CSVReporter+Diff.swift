public import ErqiReporting
import Foundation

extension CSVReporter {
    /// The columns of a diff, in order; they only ever grow at the end.
    ///
    /// | Column | Meaning |
    /// |---|---|
    /// | `plan_id`, `target_id`, `target_title` | The target. |
    /// | `change` | `added`, `removed`, `changed` or `unchanged`. |
    /// | `status_before`, `status_after` | `EvaluationStatus` raw values. |
    /// | `comparator_before`, `value_before`, `upper_value_before` | The requirement in force before. |
    /// | `comparator_after`, `value_after`, `upper_value_after`, `unit` | The requirement in force after. |
    /// | `revisions` | Revisions that came into force, `effective_on comparator value`, joined by ` | `. |
    /// | `actual_before`, `actual_after` | The actuals, in `unit`. |
    /// | `progress_before`, `progress_after` | Completion or gap closed, as fractions. |
    /// | `new_observations`, `dropped_observations` | Ids of figures that came or went, joined by spaces. |
    public static let diffColumns: [String] = [
        "plan_id", "target_id", "target_title", "change", "status_before", "status_after", "comparator_before",
        "value_before", "upper_value_before", "comparator_after", "value_after", "upper_value_after", "unit",
        "revisions", "actual_before", "actual_after", "progress_before", "progress_after", "new_observations",
        "dropped_observations",
    ]

    /// Writes one row per target of either scorecard, changed or not, so that a spreadsheet can filter on
    /// `change`; milestones and rollups are not rows (the other formats show them).
    /// - Parameters:
    ///   - diff: The diff.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every diff can be written.
    public func write<Output: TextOutputStream>(_ diff: ScorecardDiff, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(diff, to: &sink) }
    }

    /// Writes the diff into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ diff: ScorecardDiff, to output: inout ReportOutput) throws {
        if options.byteOrderMark { output.write("\u{FEFF}") }
        output.write(Self.line(Self.diffColumns.map(CSVField.text)))
        for change in diff.targets { output.write(Self.line(fields(change))) }
    }

    private func fields(_ change: TargetChange) -> [CSVField] {
        func number(_ value: ExactDecimal?) -> CSVField { value.map { .number(ExactDecimal.plainText($0)) } ?? .empty }
        func text(_ value: String?) -> CSVField { value.map(CSVField.text) ?? .empty }
        let kind =
            change.isAdded ? "added" : change.isRemoved ? "removed" : change.isChanged ? "changed" : "unchanged"
        let revisions = change.revisions.map {
            "\($0.effectiveOn) \($0.requirement.comparator.rawValue) \(ExactDecimal.plainText($0.requirement.value.value))"
        }
        let before = change.requirementBefore
        let after = change.requirementAfter
        return [
            text(change.plan.rawValue), text(change.target.rawValue), text(change.title.text(in: options.language)),
            text(kind), text(change.statusBefore?.rawValue), text(change.statusAfter?.rawValue),
            text(before?.comparator.rawValue), number(before?.value.value), number(before?.upperValue?.value),
            text(after?.comparator.rawValue), number(after?.value.value), number(after?.upperValue?.value),
            text((after ?? before)?.unit.code), text(revisions.isEmpty ? nil : revisions.joined(separator: " | ")),
            number(change.actualBefore), number(change.actualAfter), number(change.progressBefore),
            number(change.progressAfter),
            text(
                change.newObservations.isEmpty ? nil : change.newObservations.map(\.id.rawValue).joined(separator: " ")),
            text(
                change.droppedObservations.isEmpty
                    ? nil : change.droppedObservations.map(\.id.rawValue).joined(separator: " ")),
        ]
    }
}
