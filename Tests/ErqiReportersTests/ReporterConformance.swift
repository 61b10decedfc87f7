import ErqiCSVReporter
import ErqiCore
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import Testing

/// The conformance test every reporter should pass (the DocC article "Writing a reporter" prints it).
enum ReporterConformance {
    /// A stream that records how it was written to.
    struct RecordingStream: TextOutputStream {
        var chunks: [String] = []
        mutating func write(_ string: String) { chunks.append(string) }
    }

    /// Checks a reporter on scorecards: a usable format, no throw, same bytes twice, streaming equals rendering,
    /// and no data text that can break out of the format (checked by `wellFormed`).
    static func check(
        _ reporter: some Reporter, on scorecards: [Scorecard], wellFormed: (String) -> Bool = { _ in true }
    ) throws {
        let format = reporter.format
        #expect(!format.name.isEmpty && format.name == format.name.lowercased())
        #expect(!format.fileExtension.isEmpty && !format.fileExtension.hasPrefix("."))
        #expect(format.mediaType.contains("/"))
        for scorecard in scorecards {
            let first = try reporter.render(scorecard)
            let second = try reporter.render(scorecard)
            #expect(first == second, "\(format.name): same scorecard, same bytes")
            var stream = RecordingStream()
            try reporter.write(scorecard, to: &stream)
            #expect(stream.chunks.joined() == first, "\(format.name): write and render agree")
            // Through a byte sink with a tiny buffer: the report arrives in pieces, each whole UTF-8, and the
            // pieces are the rendered bytes.
            var pieces: [[UInt8]] = []
            var sink = ReportOutput(capacity: 7) { pieces.append(Array($0)) }
            try reporter.write(scorecard, to: &sink)
            try sink.finish()
            #expect(pieces.joined().elementsEqual(first.utf8), "\(format.name): the sink's bytes are render's")
            #expect(first.utf8.count < 1_000 || pieces.count > 1, "\(format.name): the sink flushes as it goes")
            #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "\(format.name): whole UTF-8")
            #expect(wellFormed(first), "\(format.name): output is well-formed")
        }
        let empty = Scorecard(
            asOf: ReporterFixtures.date("2020-12-31"), policy: .standard, plans: [], rollup: Rollup(), sources: [],
            indicators: [], achievements: [])
        _ = try reporter.render(empty)
    }
}

struct ReporterConformanceTests {
    static let reporters: [any Reporter] = [ReportOptions(), ReportOptions(language: .en, colour: true, lineWidth: 60)]
        .flatMap { options -> [any Reporter] in
            [
                TextReporter(options: options), CSVReporter(options: options), JSONReporter(options: options),
                MarkdownReporter(options: options), HTMLReporter(options: options),
            ]
        }

    @Test(arguments: ReporterConformanceTests.reporters.indices)
    func everyReporterConforms(_ index: Int) throws {
        let reporter = Self.reporters[index]
        let wellFormed: (String) -> Bool
        switch reporter.format.name {
        case "csv": wellFormed = { (try? RFC4180.parse($0)) != nil }
        case "html": wellFormed = { HTMLCheck.problems(in: $0).isEmpty }
        default: wellFormed = { _ in true }
        }
        var random = RandomScorecards(seed: UInt64(index) + 1)
        let scorecards =
            [ReporterFixtures.erqi2020, ReporterFixtures.hostile] + (0..<5).map { _ in random.scorecard() }
        try ReporterConformance.check(reporter, on: scorecards, wellFormed: wellFormed)
    }

    @Test func formatNamesAreTheCommandLineNames() {
        let names = Self.reporters.prefix(5).map(\.format.name)
        #expect(names == ["text", "csv", "json", "markdown", "html"])
    }
}
