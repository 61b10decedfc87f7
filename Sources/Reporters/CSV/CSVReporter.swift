public import ErqiCore
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
    public static let columns: [String] = [
        "plan_id", "plan_title", "theme_id", "theme_path", "target_id", "target_title", "indicator_id",
        "indicator_name", "period_start", "period_end", "as_of", "status", "status_reason", "comparator",
        "target_value", "target_upper_value", "target_unit", "original_comparator", "original_value",
        "original_upper_value", "revision_effective_on", "revision_reason", "baseline_value", "baseline_unit",
        "actual_value", "actual_unit", "actual_approximation", "actual_quality", "actual_date", "completion",
        "completion_of_original", "gap_closed", "expected_progress", "pace_ratio", "projection", "shortfall",
        "required_per_year", "required_per_month", "target_source", "actual_source", "actual_literal",
        "superseded_observations", "not_comparable_observations", "comparability_notes", "issues",
    ]

    /// Writes the header and one row per target, each ending in CRLF.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every scorecard can be written.
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        if options.byteOrderMark { output.write("\u{FEFF}") }
        output.write(Self.line(Self.columns.map(CSVField.text)))
        var line = ""
        line.reserveCapacity(1024)
        for plan in scorecard.plans {
            for visit in plan.themeVisits {
                for evaluation in visit.theme.targets {
                    line.removeAll(keepingCapacity: true)
                    Self.append(fields(plan: plan, visit: visit, evaluation: evaluation), to: &line)
                    output.write(line)
                }
            }
        }
    }

    /// The rows without the header, each cell as written (neutralised) but not yet quoted: what a CSV reader
    /// gives back.
    /// - Parameter scorecard: The scorecard.
    /// - Returns: One array of cells per target.
    public func rows(_ scorecard: Scorecard) -> [[String]] {
        scorecard.plans.flatMap { plan in
            plan.themeVisits.flatMap { visit in
                visit.theme.targets.map { fields(plan: plan, visit: visit, evaluation: $0).map(\.cell) }
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

    private func fields(plan: PlanScorecard, visit: ThemeVisit, evaluation: TargetEvaluation) -> [CSVField] {
        let language = options.language
        let target = evaluation.target
        let inForce = evaluation.requirementInForce
        let figures = evaluation.figures
        let revision = evaluation.revision
        let lastUsed = evaluation.observationsUsed.last
        let notComparable = evaluation.observationsNotComparable
        func number(_ value: Decimal?) -> CSVField { value.map { .number(ExactDecimal.plainText($0)) } ?? .empty }
        func text(_ value: String?) -> CSVField { value.map(CSVField.text) ?? .empty }
        func citation(_ value: SourceCitation?) -> CSVField {
            text(
                value.map { citation in
                    citation.line.map { "\(citation.source.rawValue):\($0)" } ?? citation.source.rawValue
                })
        }
        return [
            text(plan.id.rawValue),
            text(plan.title.text(in: language)),
            text(visit.theme.id.rawValue),
            text(visit.path.map { $0.text(in: language) }.joined(separator: " / ")),
            text(target.id.rawValue),
            text(target.title.text(in: language)),
            text(target.indicator.rawValue),
            text(evaluation.indicator?.name.text(in: language)),
            .date(target.period.start.description),
            .date(target.period.end.description),
            .date(evaluation.asOf.description),
            text(evaluation.status.rawValue),
            text(evaluation.reason?.rawValue),
            text(inForce.comparator.rawValue),
            number(inForce.value.value),
            number(inForce.upperValue?.value),
            text(inForce.unit.code),
            text(target.requirement.comparator.rawValue),
            number(target.requirement.value.value),
            number(target.requirement.upperValue?.value),
            revision.map { .date($0.effectiveOn.description) } ?? .empty,
            text(revision?.reason),
            number(target.baseline?.value.value),
            text(target.baseline?.value.unit.code),
            number(evaluation.actual),
            text(evaluation.actual == nil ? nil : (evaluation.indicator?.unit ?? inForce.unit).code),
            text(evaluation.actual == nil ? nil : evaluation.actualApproximation.rawValue),
            text(evaluation.actualQuality?.rawValue),
            evaluation.actualDate.map { .date($0.description) } ?? .empty,
            number(figures.completion),
            number(figures.completionOfOriginal),
            number(figures.gapClosed),
            number(figures.expectedProgress),
            number(figures.paceRatio),
            number(figures.projection),
            number(figures.shortfall),
            number(figures.requiredPerYear),
            number(figures.requiredPerMonth),
            citation(target.citation),
            citation(lastUsed?.citation),
            text(lastUsed?.citation?.literal),
            text(joined(evaluation.observationsSuperseded.map(\.id.rawValue), " ")),
            text(joined(notComparable.map(\.id.rawValue), " ")),
            text(joined(notComparable.compactMap(\.comparabilityNote), " | ")),
            text(joined(evaluation.issues.map(\.description), " | ")),
        ]
    }

    private func joined(_ parts: [String], _ separator: String) -> String? {
        parts.isEmpty ? nil : parts.joined(separator: separator)
    }
}
