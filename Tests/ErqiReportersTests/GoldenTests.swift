import ErqiCore
import ErqiJSONReporter
import ErqiReporting
import Foundation
import Testing

/// Every reporter's output for the fixed scorecards matches its golden file byte for byte.
///
/// The tests only read. To regenerate the files after an intended change, run `scripts/regenerate-goldens`, which
/// sets `ERQI_GOLDEN_OUTPUT_DIR` for ``GoldenExport``; see `Fixtures/README.md`.
struct GoldenTests {
    @Test(arguments: GoldenCase.all)
    func matchesGoldenFile(_ golden: GoldenCase) throws {
        let rendered = try golden.reporter.render(golden.scorecard())
        let url = GoldenCase.fixturesDirectory.appendingPathComponent(golden.file)
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "missing golden \(golden.file): run scripts/regenerate-goldens")
        #expect(
            rendered == expected,
            "\(golden.file) differs from its golden file: if intended, run scripts/regenerate-goldens")
    }

    @Test(arguments: GoldenCase.csvCells.map(\.file))
    func csvCellFilesAreCurrent(_ file: String) throws {
        let scorecard = try #require(GoldenCase.csvCells.first { $0.file == file }).scorecard()
        let url = GoldenCase.fixturesDirectory.appendingPathComponent(file)
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(try GoldenCase.cellsJSON(scorecard) == expected)
    }
}

/// Writes every golden file into `ERQI_GOLDEN_OUTPUT_DIR`, and does nothing when the variable is unset.
///
/// This is the regeneration command's engine (`scripts/regenerate-goldens`); `scripts/check-reporters` uses it
/// to render fresh outputs into a temporary directory. With `ERQI_RANDOM_JSON_DIR` set too, it also writes the
/// JSON of 25 seeded random scorecards there, for validation against the published schema.
struct GoldenExport {
    @Test func exportWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["ERQI_GOLDEN_OUTPUT_DIR"], !directory.isEmpty else {
            return
        }
        let base = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        for golden in GoldenCase.all {
            let rendered = try golden.reporter.render(golden.scorecard())
            try Data(rendered.utf8).write(to: base.appendingPathComponent(golden.file))
        }
        for (file, scorecard) in GoldenCase.csvCells {
            try Data(try GoldenCase.cellsJSON(scorecard()).utf8).write(to: base.appendingPathComponent(file))
        }
        try Data(XLSXWordsFile.json().utf8).write(to: base.appendingPathComponent(XLSXWordsFile.file))
        if let randomDirectory = ProcessInfo.processInfo.environment["ERQI_RANDOM_JSON_DIR"], !randomDirectory.isEmpty {
            let randomBase = URL(fileURLWithPath: randomDirectory)
            try FileManager.default.createDirectory(at: randomBase, withIntermediateDirectories: true)
            for seed in 0..<25 {
                var generator = RandomScorecards(seed: UInt64(seed) + 1000)
                let json = try JSONReporter().render(generator.scorecard())
                try Data(json.utf8).write(to: randomBase.appendingPathComponent("random-\(seed).json"))
            }
        }
    }
}
