import Foundation
import Testing

/// The `erqi` program as a user runs it: exit codes, messages and files.
@Suite(.serialized) struct CommandTests {
    static let fixtures = CommandRunner.repositoryRoot.appendingPathComponent(
        "Tests/ErqiCoreTests/Fixtures/InvalidPlans")

    @Test func helpExitsZero() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("erqi check FILE"))
        #expect(result.standardOutput.contains("0 success, 64 usage error, 65 bad data, 74 input or output error"))
    }

    @Test func defaultScorecardOfTheBundledDatasetRunsFromAnyFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run([], in: folder)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("2021-12-31"))
        #expect(result.standardOutput.contains("388.1亿元"))
    }

    @Test func csvScorecardAsOfYearEnd() throws {
        let result = try CommandRunner.run(["--format", "csv", "--as-of", "2020-12-31", "--plan", "p2020"])
        #expect(result.status == 0)
        let rows = result.standardOutput.components(separatedBy: "\r\n")
        let investment = try #require(rows.first { $0.contains("p2020-fixed-asset-investment") })
        #expect(investment.contains("missed"))
        #expect(investment.contains("38810000000"))
        #expect(!result.standardOutput.contains("p2021-fixed-asset-investment"))
    }

    @Test(arguments: [
        (["--format", "yaml"], "erqi: unknown format 'yaml'; choose one of"),
        (["--as-of", "2021-02-29"], "erqi: --as-of: 2021-02-29 does not exist in the Gregorian calendar"),
        (["--as-of"], "erqi: --as-of needs a value"),
        (["--plan", "p1999"], "erqi: unknown plan 'p1999'; erqi list shows the plans"),
        (["--theme", "nothing"], "erqi: unknown theme 'nothing'; erqi list shows the themes"),
        (["--lang", "fr"], "erqi: --lang takes zh or en, not 'fr'"),
        (["--frobnicate"], "erqi: unknown argument '--frobnicate'; see erqi --help"),
        (["check"], "erqi: check takes one file: erqi check FILE"),
        (["list", "--as-of", "2020-01-01"], "erqi: unknown option '--as-of' for this command; see erqi --help"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix(message))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func checkReportsEveryProblemAndExits65() throws {
        let file = Self.fixtures.appendingPathComponent("many-problems.json")
        let result = try CommandRunner.run(["check", file.path])
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(
            lines.first == "erqi: \(file.path):33:13: plans[0].themes[0].targets[0].title: the key \"title\" is missing"
        )
        #expect(lines.last == "erqi: \(file.path): 5 problems")
    }

    @Test func checkAcceptsAValidFile() throws {
        let file = CommandRunner.repositoryRoot.appendingPathComponent("seeds/erqi-district.json")
        let result = try CommandRunner.run(["check", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(": ok: 4 plans, 22 targets, 15 milestones, 165 observations"))
    }

    @Test func missingFileExits74() throws {
        let result = try CommandRunner.run(["--data", "/nonexistent/plan.json"])
        #expect(result.status == 74)
        #expect(result.standardError.hasPrefix("erqi: /nonexistent/plan.json:1:1: cannot read the file"))
    }

    @Test func badDataLeavesNoOutputFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("report.csv")
        let result = try CommandRunner.run([
            "--data", Self.fixtures.appendingPathComponent("unknown-indicator.json").path, "--output", output.path,
        ])
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func outputFileHoldsTheSameBytesAsStandardOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("report.json")
        let written = try CommandRunner.run(["--format", "json", "--as-of", "2020-06-30", "--output", output.path])
        #expect(written.status == 0)
        #expect(written.standardOutput.isEmpty)
        let printed = try CommandRunner.run(["--format", "json", "--as-of", "2020-06-30"])
        #expect(try Data(contentsOf: output) == printed.outputBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func unwritableOutputExits74() throws {
        let result = try CommandRunner.run(["--output", "/nonexistent-folder/report.txt"])
        #expect(result.status == 74)
        #expect(result.standardError.hasPrefix("erqi: cannot write /nonexistent-folder/report.txt"))
    }

    @Test func dataFromStandardInput() throws {
        let seeds = try String(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("seeds/erqi-district.json"), encoding: .utf8
        )
        let result = try CommandRunner.run(["--data", "-", "--format", "csv", "--as-of", "2020-12-31"], input: seeds)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("p2020-old-compounds-renovated"))
    }

    @Test func listShowsPlansThemesAndSources() throws {
        let result = try CommandRunner.run(["list"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("p2021-2025"))
        #expect(result.standardOutput.contains("001_9d785b2161a49b6a.txt"))
    }
}

/// The bad-input corpus through the command line: exit 65 and no output file, for every fixture.
@Suite(.serialized) struct BadInputCorpusTests {
    static var fixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CommandTests.fixtures.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasSuffix(".py") && !$0.hasPrefix("csv-missing-file") }
            .sorted()
    }

    @Test func theCorpusHasAtLeastSixtyFiles() {
        #expect(Self.fixtures.count >= 60)
    }

    @Test(arguments: fixtures)
    func exits65AndLeavesNoOutput(name: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("report.csv")
        let input = CommandTests.fixtures.appendingPathComponent(name)
        let result = try CommandRunner.run(["--data", input.path, "--format", "csv", "--output", output.path])
        #expect(result.status == 65, "\(name): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let expected = CommandTests.fixtures.appendingPathComponent(
            name.hasSuffix(".json") ? String(name.dropLast(5)) + ".expected" : name + ".expected")
        let lines = try String(contentsOf: expected, encoding: .utf8).split(separator: "\n")
        #expect(result.standardError.split(separator: "\n").count == lines.count)
    }

    @Test func aMissingCSVFileIsAnInputError() throws {
        let input = CommandTests.fixtures.appendingPathComponent("csv-missing-file")
        let result = try CommandRunner.run(["--data", input.path])
        #expect(result.status == 74)
        #expect(result.standardError.contains("observations.csv is missing"))
    }

    @Test func aFileAboveTheDefaultLimitIsRefusedWithoutReadingIt() throws {
        let folder = try CommandRunner.temporaryFolder()
        let big = folder.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 3_000_000_000)  // 3 GB, sparse: takes no disk space
        try handle.close()
        let result = try CommandRunner.run(["check", big.path])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains(
                "the file is 3000000000 bytes (2861.0 MiB), more than the limit of 2 GiB; raise the limit with "
                    + "--max-input-size SIZE"))
        try FileManager.default.removeItem(at: folder)
    }
}

/// Memory stays bounded on a 1 GB input given on standard input: the loader stops reading past its limit.
@Suite struct LargeInputTests {
    @Test func aGigabyteOnStandardInputIsRefusedWithBoundedMemory() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let erqi = CommandRunner.erqi.path
        // head -c streams 1 GB of zeros; with a limit of 512 MiB erqi must refuse it once the limit is passed,
        // without holding the whole input.
        process.arguments = [
            "-c",
            "if [ -x /usr/bin/time ]; then measure='/usr/bin/time -f maxrss=%M'; else measure=''; fi; "
                + "head -c 1000000000 /dev/zero | $measure '\(erqi)' check --max-input-size 512MiB - 2>&1 | tail -5",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("standard input is longer than the limit of 512 MiB"))
        if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("maxrss=") }),
            let kilobytes = Int(line.dropFirst("maxrss=".count))
        {
            #expect(kilobytes < 1_400_000, "peak memory \(kilobytes) KiB for a 1 GB input")
        }
    }
}
