import ErqiCSVReporter
import ErqiCore
import ErqiReporting
import Testing

/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var atFieldStart = true
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard let next = scalars.first, next == "," || next == "\r" else {
                            throw Malformed(description: "text after a closing quote in \(field)")
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case "\"":
                throw Malformed(description: "a quote inside an unquoted field \(field)")
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atFieldStart = true
            case "\n":
                throw Malformed(description: "LF without CR outside quotes")
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if quoted { throw Malformed(description: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { throw Malformed(description: "the last record does not end in CRLF") }
        return records
    }
}

struct CSVTests {
    @Test func headerAndRowsRoundTripThroughAStrictReader() throws {
        for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
            let reporter = CSVReporter()
            let records = try RFC4180.parse(try reporter.render(scorecard))
            #expect(records == [CSVReporter.columns] + reporter.rows(scorecard))
            #expect(records.allSatisfy { $0.count == CSVReporter.columns.count })
            #expect(records.count - 1 == scorecard.allTargetEvaluations.count)
        }
    }

    @Test func hostileTextComesBackAfterRestoring() throws {
        let scorecard = ReporterFixtures.hostile
        let reporter = CSVReporter()
        let records = try RFC4180.parse(try reporter.render(scorecard))
        let titleColumn = try #require(CSVReporter.columns.firstIndex(of: "target_title"))
        let titles = records.dropFirst().map { CSVField.restored($0[titleColumn]) }
        #expect(titles == scorecard.allTargetEvaluations.map(\.target.title.zh))
    }

    @Test func usesCRLFAndOptionalByteOrderMark() throws {
        let plain = try CSVReporter().render(ReporterFixtures.erqi2020)
        #expect(!plain.hasPrefix("\u{FEFF}"))
        #expect(plain.hasSuffix("\r\n"))
        let lines = plain.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == ReporterFixtures.erqi2020.allTargetEvaluations.count + 2)
        let bom = try CSVReporter(options: ReportOptions(byteOrderMark: true)).render(ReporterFixtures.erqi2020)
        #expect(Array(bom.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(bom.dropFirst()) == plain)
    }

    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-15", "'-15"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\nx", "'\nx"),
        ("'x", "''x"),
        ("二七", "二七"),
        ("a=b", "a=b"),
        ("", ""),
    ])
    func neutralisesFormulaTriggers(_ input: String, _ expected: String) {
        #expect(CSVField.text(input).cell == expected)
        #expect(CSVField.restored(CSVField.text(input).cell) == input)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("lf\nonly", "\"lf\nonly\""),
        ("=1+1", "\"'=1+1\""),
    ])
    func quotesWhereRFC4180Requires(_ input: String, _ expected: String) {
        #expect(CSVField.text(input).quoted == expected)
    }

    @Test func numericCellsAreNeverAltered() throws {
        #expect(CSVField.number("-15").quoted == "-15")
        let records = try RFC4180.parse(try CSVReporter().render(ReporterFixtures.hostile))
        let column = try #require(CSVReporter.columns.firstIndex(of: "target_value"))
        #expect(records.dropFirst().contains { $0[column] == "-15" })
        #expect(records.dropFirst().contains { $0[column] == "12345678901234567890123456789012345678" })
        #expect(records.dropFirst().contains { $0[column] == "0.00000000000000000001" })
    }

    @Test func exactValuesWithUnits() throws {
        let records = try RFC4180.parse(try CSVReporter().render(ReporterFixtures.erqi2020))
        let header = records[0]
        let investment = try #require(records.first { $0.contains("invest-2020") })
        func cell(_ name: String) -> String? { header.firstIndex(of: name).map { investment[$0] } }
        #expect(cell("target_value") == "51800000000")
        #expect(cell("target_unit") == "CNY")
        #expect(cell("actual_value") == "38810000000")
        #expect(cell("completion") == "0.7492277992277992278")
        #expect(cell("status") == "missed")
        #expect(cell("actual_literal") == "388.1亿元")
    }
}
