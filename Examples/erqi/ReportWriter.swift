import ErqiCore
import ErqiXLSXReporter

/// A reporter the program links: one that writes text through the `Reporter` seam, or the workbook reporter,
/// which writes bytes.
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
        case .text(let reporter): try reporter.write(scorecard, to: &output)
        case .workbook(let reporter): output.write(bytes: try reporter.workbook(scorecard))
        }
    }

    /// Writes a diff.
    func write<Output: ReportSink>(_ diff: ScorecardDiff, to output: inout Output) throws {
        switch self {
        case .text(let reporter): try reporter.write(diff, to: &output)
        case .workbook(let reporter): throw ReporterError.diffNotSupported(format: reporter.format.name)
        }
    }
}
