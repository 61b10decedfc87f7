import ErqiCSVReporter
import ErqiCore
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import ErqiXLSXReporter
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reporters this program links, by the name `--format` takes.
///
/// The core keeps no global registry: each program lists the reporter modules it links. A program that links
/// another reporter (for example one from another package) adds an entry here.
enum ReporterRegistry {
    /// One reporter: its name and how to make it from options.
    struct Entry: Sendable {
        /// The name on the command line, equal to the reporter's `format.name`.
        let name: String
        /// A one-line description for `--help`.
        let summary: String
        /// Makes the reporter.
        let make: @Sendable (ReportOptions) -> ReportWriter
    }

    /// Every linked reporter, in the order `--help` lists them.
    static let entries: [Entry] = [
        Entry(name: "text", summary: "terminal report grouped by plan and theme") { .text(TextReporter(options: $0)) },
        Entry(name: "csv", summary: "one row per target (RFC 4180)") { .text(CSVReporter(options: $0)) },
        Entry(name: "json", summary: "the scorecard (schema/erqi-scorecard.schema.json)") {
            .text(JSONReporter(options: $0))
        },
        Entry(name: "markdown", summary: "GitHub-flavoured tables per theme") { .text(MarkdownReporter(options: $0)) },
        Entry(name: "html", summary: "one self-contained page with progress bars") { .text(HTMLReporter(options: $0)) },
        Entry(name: "xlsx", summary: "an Excel workbook: the CSV's cells, numbers as numbers, and the sources") {
            .workbook(XLSXReporter(options: $0))
        },
    ]

    /// The names `--format` accepts: text, csv, json, markdown, html, xlsx.
    static var names: [String] { entries.map(\.name) }

    /// Makes the reporter with a name.
    /// - Parameters:
    ///   - name: A name from ``names``.
    ///   - options: The report options.
    /// - Returns: The reporter, or `nil` for an unknown name.
    static func reporter(named name: String, options: ReportOptions) -> ReportWriter? {
        entries.first { $0.name == name }?.make(options)
    }

    /// Whether to colour output written to a file descriptor: only a terminal, and only without `NO_COLOR`.
    /// - Parameter descriptor: The file descriptor, 1 for standard output.
    /// - Returns: The value for ``ReportOptions/colour``.
    static func colourWanted(descriptor: Int32 = 1) -> Bool {
        ReportOptions.colourWanted(
            isTerminal: isatty(descriptor) == 1, environment: ProcessInfo.processInfo.environment)
    }
}
