import ErqiCore
import ErqiReporting
import ErqiXLSXReporter

/// A reporter the program links: one that writes text through the `Reporter` seam, into the destination's buffered
/// byte sink, or the workbook reporter, which writes bytes.
enum ReportWriter {
    /// A text reporter.
    case text(any Reporter)
    /// The Excel workbook reporter.
    case workbook(XLSXReporter)

    /// The format's short name.
    var name: String {
        switch self {
        case .text(let reporter): reporter.format.name
        case .workbook(let reporter): reporter.format.name
        }
    }

    /// Whether the format is binary, and so is not for a terminal.
    var isBinary: Bool {
        if case .workbook = self { return true }
        return false
    }

    /// Writes a scorecard.
    func write<Output: ReportSink>(_ scorecard: Scorecard, to output: inout Output) throws {
        switch self {
        case .text(let reporter): try output.withByteSink { try reporter.write(scorecard, to: &$0) }
        case .workbook(let reporter): output.write(bytes: try reporter.workbook(scorecard))
        }
    }

    /// Whether the reporter writes an indicator's series.
    var writesSeries: Bool {
        if case .text(let reporter) = self { return reporter is any SeriesReporter }
        return false
    }

    /// Writes an indicator's series.
    func write<Output: ReportSink>(_ series: IndicatorSeries, to output: inout Output) throws {
        guard case .text(let reporter) = self, let seriesReporter = reporter as? any SeriesReporter else {
            throw ReporterError.seriesNotSupported(format: name)
        }
        try output.withByteSink { try seriesReporter.write(series, to: &$0) }
    }

    /// Writes a diff.
    func write<Output: ReportSink>(_ diff: ScorecardDiff, to output: inout Output) throws {
        switch self {
        case .text(let reporter): try output.withByteSink { try reporter.write(diff, to: &$0) }
        case .workbook(let reporter): throw ReporterError.diffNotSupported(format: reporter.format.name)
        }
    }

    /// Writes plans side by side.
    func write<Output: ReportSink>(_ comparison: PlanComparison, to output: inout Output) throws {
        switch self {
        case .text(let reporter): try output.withByteSink { try reporter.write(comparison, to: &$0) }
        case .workbook(let reporter): output.write(bytes: try reporter.comparisonWorkbook(comparison))
        }
    }
}
