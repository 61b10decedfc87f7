public import ErqiReporting
import Foundation

extension CSVReporter: SeriesReporter {
    /// The columns of a series, in order.
    ///
    /// | Column | Meaning |
    /// |---|---|
    /// | `row` | `figure`, `requirement` (a step of a target's requirement) or `expected` (a point of its path). |
    /// | `target_id` | The target, for requirement and expected rows. |
    /// | `date`, `period_start`, `period_end` | The day (a figure's period end, a step's first day, a point's day). |
    /// | `comparator`, `value`, `upper_value`, `unit` | The figure's or requirement's value; exact, in the unit's base. |
    /// | `approximation`, `quality` | Of a figure. |
    /// | `source`, `literal` | Where it is stated (`source:line`), and the figure as written. |
    public static let seriesColumns: [String] = [
        "row", "target_id", "date", "period_start", "period_end", "comparator", "value", "upper_value", "unit",
        "approximation", "quality", "source", "literal",
    ]

    /// Writes an indicator's series: one row per figure in date order, then each target's requirement steps and
    /// expected path.
    /// - Parameters:
    ///   - series: The series.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every series can be written.
    public func write<Output: TextOutputStream>(_ series: IndicatorSeries, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(series, to: &sink) }
    }

    /// Writes the series into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ series: IndicatorSeries, to output: inout ReportOutput) throws {
        func number(_ value: ExactDecimal?) -> CSVField { value.map { .number(ExactDecimal.plainText($0)) } ?? .empty }
        func text(_ value: String?) -> CSVField { value.map(CSVField.text) ?? .empty }
        func source(_ citation: SourceCitation?) -> CSVField {
            text(
                citation.map { citation in
                    citation.line.map { "\(citation.source.rawValue):\($0)" } ?? citation.source.rawValue
                })
        }
        if options.byteOrderMark { output.write("\u{FEFF}") }
        output.write(Self.line(Self.seriesColumns.map(CSVField.text)))
        for figure in series.figures {
            output.write(
                Self.line([
                    text("figure"), .empty, .date("\(figure.date)"), .date("\(figure.period.start)"),
                    .date("\(figure.period.end)"), .empty, number(figure.value.value), .empty,
                    text(figure.value.unit.code), text(figure.approximation.rawValue), text(figure.quality.rawValue),
                    source(figure.citation), text(figure.citation?.literal),
                ]))
        }
        for path in series.targets {
            for step in path.steps {
                output.write(
                    Self.line([
                        text("requirement"), text(path.target.rawValue), .date("\(step.from)"),
                        .date("\(path.period.start)"), .date("\(path.period.end)"),
                        text(step.requirement.comparator.rawValue), number(step.requirement.value.value),
                        number(step.requirement.upperValue?.value), text(step.requirement.unit.code), .empty, .empty,
                        source(step.citation), text(step.citation?.literal),
                    ]))
            }
            for point in path.expected {
                output.write(
                    Self.line([
                        text("expected"), text(path.target.rawValue), .date("\(point.date)"),
                        .date("\(path.period.start)"), .date("\(path.period.end)"), .empty, number(point.value), .empty,
                        text(path.steps.last?.requirement.unit.code), .empty, .empty, .empty, .empty,
                    ]))
            }
        }
    }
}
