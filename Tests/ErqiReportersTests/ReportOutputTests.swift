import ErqiCSVReporter
import ErqiCore
import ErqiJSONReporter
import ErqiReporting
import Testing

/// The buffered byte sink every reporter writes through (issue #18 point 4, streaming writers).
struct ReportOutputTests {
    @Test(arguments: [
        "0", "1", "-1", "15", "-15", "0.5", "-0.05", "388.1", "51800000000", "0.7492277992277992278",
        "12345678901234567890123456789012345678", "-0.00000000000000000001", "100",
        "-99999999999999999999999999999999999999",
    ])
    func decimalsWriteTheirPlainText(_ text: String) throws {
        let value = try ExactDecimal.parse(text)
        var sink = ReportOutput()
        sink.write(value)
        #expect(String(decoding: sink.bytes, as: UTF8.self) == value.description)
    }

    @Test func randomDecimalsWriteTheirPlainText() {
        var random = RandomScorecards(seed: 18)
        for _ in 0..<2_000 {
            let value = random.decimal()
            var sink = ReportOutput()
            sink.write(value)
            #expect(String(decoding: sink.bytes, as: UTF8.self) == value.description)
        }
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min])
    func integersWriteAsInterpolated(_ value: Int) {
        var sink = ReportOutput()
        sink.write(value)
        #expect(String(decoding: sink.bytes, as: UTF8.self) == "\(value)")
    }

    @Test(arguments: ["0001-01-01", "0999-12-31", "2020-02-29", "9999-12-31"])
    func datesWriteAsTheirDescription(_ text: String) throws {
        let date = try CalendarDate(iso: text)
        var sink = ReportOutput()
        sink.write(date)
        #expect(String(decoding: sink.bytes, as: UTF8.self) == date.description)
    }

    @Test func aTinyBufferFlushesInPiecesWithoutSplittingACharacter() throws {
        var pieces: [[UInt8]] = []
        var sink = ReportOutput(capacity: 4) { pieces.append(Array($0)) }
        let parts = ["二七区", "a", "😀", "", "x,y\r\n", "完成297个"]
        for part in parts { sink.write(part) }
        sink.write(ascii: UInt8(ascii: "!"))
        #expect(sink.count == parts.joined().utf8.count + 1)
        try sink.finish()
        #expect(pieces.count > 3)
        #expect(pieces.joined().elementsEqual((parts.joined() + "!").utf8))
        #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(sink.bytes.isEmpty)
    }

    struct DiskFull: Error, Equatable {}

    @Test func aFailedDestinationIsKeptAndThrownByFinish() {
        var calls = 0
        var sink = ReportOutput(capacity: 2) { _ in
            calls += 1
            throw DiskFull()
        }
        sink.write("abc")
        sink.write("def")
        #expect(calls == 1, "nothing more is handed to a destination that failed")
        #expect(sink.failure is DiskFull)
        #expect(throws: DiskFull.self) { try sink.finish() }
    }

    @Test func streamingIntoATextStreamPassesWholeBuffers() {
        var text = ""
        ReportOutput.streaming(into: &text, capacity: 5) { sink in
            for _ in 0..<10 { sink.write("二七") }
        }
        #expect(text == String(repeating: "二七", count: 10))
    }

    @Test func streamingIntoASinkWritesStraightIntoIt() {
        var sink = ReportOutput()
        sink.write("a")
        ReportOutput.streaming(into: &sink) { inner in inner.write("b") }
        #expect(sink.bytes == Array("ab".utf8))
    }

    /// The JSON reporter writes as it encodes: bytes reach the stream before the whole scorecard is encoded, so
    /// a non-finite number near the end fails after most of the document has gone out (the tree it built before
    /// wrote nothing until the whole scorecard was a tree).
    @Test func jsonStreamsBeforeTheWholeScorecardIsEncoded() throws {
        var scorecard = ReporterFixtures.erqi2020
        let plan = scorecard.plans.count - 1
        let theme = try #require(
            scorecard.plans[plan].themes.indices.last { !scorecard.plans[plan].themes[$0].targets.isEmpty })
        let target = scorecard.plans[plan].themes[theme].targets.count - 1
        scorecard.plans[plan].themes[theme].targets[target].figures.growth = try GrowthAssessment(
            observedRate: .infinity, requiredRate: 0.05)
        let lastID = scorecard.plans[plan].themes[theme].targets[target].target.id.rawValue
        var stream = ReporterConformance.RecordingStream()
        #expect(throws: JSONReporterError.self) { try JSONReporter().write(scorecard, to: &stream) }
        let written = stream.chunks.joined()
        #expect(written.hasPrefix("{\n  \"schemaVersion\": 1,"))
        #expect(written.contains("\"\(lastID)\""))
        #expect(written.hasSuffix("\"observedRate\": "))
    }

    /// The CSV reporter's cells through the sink are what `CSVField` quotes: neutralised, quoted, quotes doubled.
    @Test func csvCellsOnBytesEqualTheQuotedFields() throws {
        let scorecard = ReporterFixtures.hostile
        let reporter = CSVReporter()
        var lines = [CSVReporter.line(CSVReporter.columns.map(CSVField.text))]
        reporter.forEachRow(scorecard) { lines.append(CSVReporter.line($0)) }
        #expect(try reporter.render(scorecard) == lines.joined())
    }
}
