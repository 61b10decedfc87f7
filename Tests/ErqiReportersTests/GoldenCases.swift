import ErqiCSVReporter
import ErqiCore
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import Foundation

/// One golden file: a reporter with its options, the scorecard it renders, and the file it must match.
struct GoldenCase: Sendable, CustomStringConvertible {
    let file: String
    let reporter: any Reporter
    let scorecard: @Sendable () -> Scorecard

    var description: String { file }

    /// The directory of the golden files, next to this source file.
    static var fixturesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Every golden file. Regenerate them with `scripts/regenerate-goldens` (see Fixtures/README.md).
    static let all: [GoldenCase] = {
        let erqi: @Sendable () -> Scorecard = { ReporterFixtures.erqi2020 }
        let hostile: @Sendable () -> Scorecard = { ReporterFixtures.hostile }
        let zh = ReportOptions()
        let en = ReportOptions(language: .en)
        return [
            GoldenCase(file: "erqi-2020.zh.txt", reporter: TextReporter(options: zh), scorecard: erqi),
            GoldenCase(
                file: "erqi-2020.en.width120.txt",
                reporter: TextReporter(options: ReportOptions(language: .en, lineWidth: 120)),
                scorecard: erqi),
            GoldenCase(
                file: "erqi-2020.zh.width80-wide-colour.txt",
                reporter: TextReporter(options: ReportOptions(colour: true, lineWidth: 80, ambiguousWidth: .wide)),
                scorecard: erqi),
            GoldenCase(
                file: "erqi-2020.en.plain-2dp.txt",
                reporter: TextReporter(options: ReportOptions(language: .en, numberStyle: .plain, decimalPlaces: 2)),
                scorecard: erqi),
            GoldenCase(file: "erqi-2020.csv", reporter: CSVReporter(options: zh), scorecard: erqi),
            GoldenCase(file: "erqi-2020.json", reporter: JSONReporter(), scorecard: erqi),
            GoldenCase(file: "erqi-2020.zh.md", reporter: MarkdownReporter(options: zh), scorecard: erqi),
            GoldenCase(file: "erqi-2020.en.md", reporter: MarkdownReporter(options: en), scorecard: erqi),
            GoldenCase(file: "erqi-2020.zh.html", reporter: HTMLReporter(options: zh), scorecard: erqi),
            GoldenCase(file: "erqi-2020.en.html", reporter: HTMLReporter(options: en), scorecard: erqi),
            GoldenCase(
                file: "hostile.txt", reporter: TextReporter(options: ReportOptions(lineWidth: 120)), scorecard: hostile),
            GoldenCase(file: "hostile.csv", reporter: CSVReporter(options: zh), scorecard: hostile),
            GoldenCase(file: "hostile.json", reporter: JSONReporter(), scorecard: hostile),
            GoldenCase(file: "hostile.md", reporter: MarkdownReporter(options: zh), scorecard: hostile),
            GoldenCase(file: "hostile.html", reporter: HTMLReporter(options: zh), scorecard: hostile),
        ]
    }()

    /// The cells a CSV reader must give back for the CSV goldens (`<name>.cells.json`), for scripts/check-reporters.
    static let csvCells: [(file: String, scorecard: @Sendable () -> Scorecard)] = [
        ("erqi-2020.csv.cells.json", { ReporterFixtures.erqi2020 }),
        ("hostile.csv.cells.json", { ReporterFixtures.hostile }),
    ]

    /// The expected CSV cells, header first, as JSON (written by the reporters' own JSON writer for stable bytes).
    static func cellsJSON(_ scorecard: Scorecard) throws -> String {
        let reporter = CSVReporter()
        let table = [CSVReporter.columns] + reporter.rows(scorecard)
        let data = try JSONSerialization.data(withJSONObject: table, options: [.sortedKeys])
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}
