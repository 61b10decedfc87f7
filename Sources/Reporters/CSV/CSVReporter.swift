public import ErqiReporting
import Foundation

/// Writes a `Scorecard` as CSV (RFC 4180): one row per evaluated target, with the stable columns listed in
/// ``columns``.
///
/// - **RFC 4180**: CRLF line endings; a field with a comma, a quote, CR or LF is quoted, and quotes inside it
///   are doubled. A header row names the columns.
/// - **Exact values**: numbers are exact plain decimals (no exponent, no grouping, no rounding) in the unit's
///   base (yuan, not 亿元; fractions, not percent), with their unit codes in the `*_unit` columns.
/// - **Excel**: `ReportOptions/byteOrderMark` starts the file with the UTF-8 byte-order mark that Excel on
///   Chinese Windows needs to read UTF-8.
/// - **CSV injection** (OWASP): a text cell that begins with `=`, `+`, `-`, `@`, a tab, CR or LF gets a leading
///   apostrophe (`'=cmd…`), and is quoted. So that the change can be undone, a text cell that begins with an
///   apostrophe gets one more. Numeric cells are never altered: `-15` stays `-15`.
///
/// Milestones have no number and are not rows; the other formats show them.
public struct CSVReporter: Reporter {
    /// The shared options; CSV uses `ReportOptions/language` for titles and `ReportOptions/byteOrderMark`.
    public var options: ReportOptions

    /// Creates a CSV reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `csv`, `.csv`, `text/csv`.
    public var format: ReportFormat {
        ReportFormat(name: "csv", fileExtension: "csv", mediaType: "text/csv; charset=utf-8; header=present")
    }

    /// The columns, in order. They are stable: new columns are only ever added at the end.
    ///
    /// | Column | Meaning |
    /// |---|---|
    /// | `plan_id`, `plan_title` | The plan. |
    /// | `theme_id`, `theme_path` | The theme, and the titles from the top-level theme down, joined by ` / `. |
    /// | `target_id`, `target_title` | The target. |
    /// | `indicator_id`, `indicator_name` | Its indicator. |
    /// | `period_start`, `period_end`, `as_of` | Days as `YYYY-MM-DD`. |
    /// | `status`, `status_reason` | `EvaluationStatus` and `StatusReason` raw values. |
    /// | `comparator`, `target_value`, `target_upper_value`, `target_unit` | The requirement in force. |
    /// | `original_comparator`, `original_value`, `original_upper_value` | The requirement as first stated. |
    /// | `revision_effective_on`, `revision_reason` | The revision in force, if any. |
    /// | `baseline_value`, `baseline_unit` | The baseline, if any. |
    /// | `actual_value`, `actual_unit`, `actual_approximation`, `actual_quality`, `actual_date` | The actual. |
    /// | `completion`, `completion_of_original`, `gap_closed`, `expected_progress`, `pace_ratio` | Fractions. |
    /// | `projection`, `shortfall`, `required_per_year`, `required_per_month` | In `target_unit`. |
    /// | `target_source` | Where the target is stated, `source:line`. |
    /// | `actual_source`, `actual_literal` | Where the actual is stated, and the figure as written there. |
    /// | `superseded_observations` | Ids of preliminary figures replaced, joined by spaces. |
    /// | `not_comparable_observations`, `comparability_notes` | Figures not compared, and why (joined by ` | `). |
    /// | `issues` | What the evaluator noticed, joined by ` | `. |
    /// | `progress_approximation`, `shortfall_approximation` | How exactly completion (or gap closed) and the
    /// shortfall are known when the actual is approximate (`nearly`: just below the value), else empty. |
    /// | `band_distance` | For a band, the distance to the nearer bound, in `target_unit`; a band has no completion. |
    /// | `data_age_days`, `data_is_stale` | Days from the data's date to `as_of`, and whether that is stale. |
    /// | `conflicting_observations` | Ids of figures set aside in a conflict, joined by spaces. |
    public static let columns: [String] = [
        "plan_id", "plan_title", "theme_id", "theme_path", "target_id", "target_title", "indicator_id",
        "indicator_name", "period_start", "period_end", "as_of", "status", "status_reason", "comparator",
        "target_value", "target_upper_value", "target_unit", "original_comparator", "original_value",
        "original_upper_value", "revision_effective_on", "revision_reason", "baseline_value", "baseline_unit",
        "actual_value", "actual_unit", "actual_approximation", "actual_quality", "actual_date", "completion",
        "completion_of_original", "gap_closed", "expected_progress", "pace_ratio", "projection", "shortfall",
        "required_per_year", "required_per_month", "target_source", "actual_source", "actual_literal",
        "superseded_observations", "not_comparable_observations", "comparability_notes", "issues",
        "progress_approximation", "shortfall_approximation", "band_distance", "data_age_days", "data_is_stale",
        "conflicting_observations",
    ]

    /// Writes the header and one row per target, each ending in CRLF.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every scorecard can be written.
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        ReportOutput.streaming(into: &output) { sink in write(scorecard, into: &sink) }
    }

    /// Writes the header and the rows into a byte sink: fields quoted on bytes, numbers as exact decimal text
    /// straight from the value.
    private func write(_ scorecard: Scorecard, into sink: inout ReportOutput) {
        if options.byteOrderMark { sink.write("\u{FEFF}") }
        sink.write(Self.line(Self.columns.map(CSVField.text)))
        for plan in scorecard.plans {
            for visit in plan.themeVisits {
                for evaluation in visit.theme.targets {
                    var first = true
                    forEachField(plan: plan, visit: visit, evaluation: evaluation) { value in
                        if !first { sink.write(ascii: UInt8(ascii: ",")) }
                        first = false
                        value.write(to: &sink)
                    }
                    sink.write(ascii: 13)
                    sink.write(ascii: 10)
                }
            }
        }
    }

    /// The rows without the header, each cell as written (neutralised) but not yet quoted: what a CSV reader
    /// gives back.
    /// - Parameter scorecard: The scorecard.
    /// - Returns: One array of cells per target.
    public func rows(_ scorecard: Scorecard) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(scorecard) { rows.append($0.map(\.cell)) }
        return rows
    }

    /// Calls `body` with each target's row of typed fields, in the order of ``columns`` and of the report, without
    /// the header: what a writer of a typed format (a spreadsheet) needs to write the same cells as the CSV.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - body: Called once per target with its fields.
    /// - Throws: Whatever `body` throws.
    public func forEachRow<Failure: Error>(
        _ scorecard: Scorecard, _ body: ([CSVField]) throws(Failure) -> Void
    ) throws(Failure) {
        var fields: [CSVField] = []
        fields.reserveCapacity(Self.columns.count)
        for plan in scorecard.plans {
            for visit in plan.themeVisits {
                for evaluation in visit.theme.targets {
                    fields.removeAll(keepingCapacity: true)
                    forEachField(plan: plan, visit: visit, evaluation: evaluation) { fields.append($0.field) }
                    try body(fields)
                }
            }
        }
    }

    /// One record: fields separated by commas, quoted where needed, ended by CRLF.
    /// - Parameter fields: The fields.
    /// - Returns: The record's text.
    public static func line(_ fields: [CSVField]) -> String {
        var line = ""
        append(fields, to: &line)
        return line
    }

    /// Appends the line of fields, CRLF included, to a string.
    private static func append(_ fields: [CSVField], to line: inout String) {
        for (position, field) in fields.enumerated() {
            if position > 0 { line += "," }
            field.appendQuoted(to: &line)
        }
        line += "\r\n"
    }

    // MARK: - Fields

    /// Calls `field` with each field of a target's row, in column order.
    private func forEachField(
        plan: PlanScorecard, visit: ThemeVisit, evaluation: TargetEvaluation, _ field: (CSVValue) -> Void
    ) {
        let language = options.language
        let target = evaluation.target
        let inForce = evaluation.requirementInForce
        let figures = evaluation.figures
        let revision = evaluation.revision
        let lastUsed = evaluation.observationsUsed.last
        let notComparable = evaluation.observationsNotComparable
        func number(_ value: ExactDecimal?) -> CSVValue { value.map(CSVValue.number) ?? .empty }
        func text(_ value: String?) -> CSVValue { value.map(CSVValue.text) ?? .empty }
        func citation(_ value: SourceCitation?) -> CSVValue {
            guard let value else { return .empty }
            return value.line.map { .citation(value.source.rawValue, $0) } ?? .text(value.source.rawValue)
        }
        field(text(plan.id.rawValue))
        field(text(plan.title.text(in: language)))
        field(text(visit.theme.id.rawValue))
        field(text(visit.path.map { $0.text(in: language) }.joined(separator: " / ")))
        field(text(target.id.rawValue))
        field(text(target.title.text(in: language)))
        field(text(target.indicator.rawValue))
        field(text(evaluation.indicator?.name.text(in: language)))
        field(.date(target.period.start))
        field(.date(target.period.end))
        field(.date(evaluation.asOf))
        field(text(evaluation.status.rawValue))
        field(text(evaluation.reason?.rawValue))
        field(text(inForce.comparator.rawValue))
        field(number(inForce.value.value))
        field(number(inForce.upperValue?.value))
        field(text(inForce.unit.code))
        field(text(target.requirement.comparator.rawValue))
        field(number(target.requirement.value.value))
        field(number(target.requirement.upperValue?.value))
        field(revision.map { .date($0.effectiveOn) } ?? .empty)
        field(text(revision?.reason?.text(in: options.language)))
        field(number(target.baseline?.value.value))
        field(text(target.baseline?.value.unit.code))
        field(number(evaluation.actual))
        field(text(evaluation.actual == nil ? nil : (evaluation.indicator?.unit ?? inForce.unit).code))
        field(text(evaluation.actual == nil ? nil : evaluation.actualApproximation.rawValue))
        field(text(evaluation.actualQuality?.rawValue))
        field(evaluation.actualDate.map(CSVValue.date) ?? .empty)
        field(number(figures.completion))
        field(number(figures.completionOfOriginal))
        field(number(figures.gapClosed))
        field(number(figures.expectedProgress))
        field(number(figures.paceRatio))
        field(number(figures.projection))
        field(number(figures.shortfall))
        field(number(figures.requiredPerYear))
        field(number(figures.requiredPerMonth))
        field(citation(target.citation))
        field(citation(lastUsed?.citation))
        field(text(lastUsed?.citation?.literal))
        field(text(joined(evaluation.observationsSuperseded.map(\.id.rawValue), " ")))
        field(text(joined(notComparable.map(\.id.rawValue), " ")))
        field(text(joined(notComparable.compactMap { $0.comparabilityNote?.text(in: options.language) }, " | ")))
        field(text(joined(evaluation.issues.map(\.description), " | ")))
        field(text(figures.progressApproximation?.rawValue))
        field(text(figures.shortfallApproximation?.rawValue))
        field(number(figures.bandDistance))
        field(evaluation.dataAgeDays.map(CSVValue.integer) ?? .empty)
        field(text(evaluation.dataIsStale.map { $0 ? "true" : "false" }))
        field(text(joined(evaluation.observationsInConflict.map(\.id.rawValue), " ")))
    }

    private func joined(_ parts: [String], _ separator: String) -> String? {
        parts.isEmpty ? nil : parts.joined(separator: separator)
    }
}
