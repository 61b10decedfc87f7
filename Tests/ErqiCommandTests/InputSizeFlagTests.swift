import ErqiPlanFiles
import Foundation
import Testing

@testable import erqi

/// Issue #18 (growth): `--max-input-size SIZE` sets the loader's input bound; the text is parsed strictly, and a
/// file above the bound is refused with its name, its size, the limit and the flag. Files live in a temporary
/// folder only.
struct InputSizeFlagTests {
    /// Sizes the flag reads, with their bytes.
    static let goodSizes: [(text: String, bytes: Int)] = [
        ("512MiB", 536_870_912), ("2GiB", 2_147_483_648), ("1048576", 1_048_576), ("64KiB", 65_536),
        ("1TiB", 1_099_511_627_776), ("1", 1), ("9223372036854775807", Int.max), ("8388607TiB", 8_388_607 << 40),
    ]

    @Test(arguments: goodSizes)
    func sizesInBytesOrPowersOf1024AreRead(text: String, bytes: Int) throws {
        #expect(try ByteSizeText.bytes(text, option: "--max-input-size") == bytes)
    }

    /// Texts the flag refuses, with the reason it gives.
    static let badSizes: [(text: String, why: String)] = [
        ("-1", "a size is not negative"),
        ("1.5", "the number must be whole (write 1536MiB for 1.5GiB)"),
        ("1.5GiB", "the number must be whole (write 1536MiB for 1.5GiB)"),
        ("10XB", "'XB' is not a unit; use KiB, MiB, GiB or TiB (powers of 1024), or none for bytes"),
        ("2gib", "'gib' is not a unit; use KiB, MiB, GiB or TiB (powers of 1024), or none for bytes"),
        ("2 GiB", "write the unit right after the number, without a space (2GiB)"),
        ("GiB", "it does not start with a digit"),
        ("", "it is empty"),
        ("0", "the limit must be at least 1 byte"),
        ("0MiB", "the limit must be at least 1 byte"),
        ("9223372036854775808", "it is more than 9223372036854775807 bytes, the most erqi can count"),
        ("99999999999999999999999", "it is more than 9223372036854775807 bytes, the most erqi can count"),
        ("8388608TiB", "it is more than 9223372036854775807 bytes, the most erqi can count"),
    ]

    @Test(arguments: badSizes)
    func badSizesAreRefusedSayingWhatIsWrong(text: String, why: String) {
        #expect(throws: CommandLineOptions.UsageError.self) { try ByteSizeText.bytes(text, option: "--max-input-size") }
        do {
            _ = try ByteSizeText.bytes(text, option: "--max-input-size")
        } catch {
            #expect(
                error.message
                    == "--max-input-size takes a size such as 512MiB, 2GiB or a number of bytes, not '\(text)': \(why)")
        }
    }

    @Test func theFlagSetsTheLoaderOptionsOfTheScorecardDiffCompareListAndSeries() throws {
        #expect(try CommandLineOptions.parse([]).loaderOptions.maximumFileSize == 2 << 30)
        let parsed = try CommandLineOptions.parse(
            ["--max-input-size", "4GiB"], allowed: CommandLineOptions.scorecardOptions)
        #expect(parsed.loaderOptions.maximumFileSize == 4 << 30)
        #expect(parsed.loaderOptions.maximumFileSizeSetting == "--max-input-size SIZE")
        let inline = try CommandLineOptions.parse(["--max-input-size=512MiB"], allowed: CommandLineOptions.diffOptions)
        #expect(inline.maxInputSize == 512 << 20)
        #expect(
            try CommandLineOptions.parse(["--max-input-size", "1"], allowed: CommandLineOptions.compareOptions)
                .maxInputSize == 1)
    }

    /// A copy of the bundled dataset (153,896 bytes) in a temporary folder.
    static func datasetCopy() throws -> (folder: URL, path: String, size: Int) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("erqi-district.json")
        let bytes = try Data(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("seeds/erqi-district.json"))
        try bytes.write(to: file)
        return (folder, file.path, bytes.count)
    }

    @Test func aFileAboveTheFlagsLimitIsRefusedWithItsNameSizeTheLimitAndTheFlag() throws {
        let copy = try Self.datasetCopy()
        defer { try? FileManager.default.removeItem(at: copy.folder) }
        let message =
            "erqi: \(copy.path):1:1: the file is \(copy.size) bytes, more than the limit of 64 KiB; "
            + "raise the limit with --max-input-size SIZE\n"
        for arguments in [
            ["--data", copy.path, "--max-input-size", "64KiB"], ["check", "--max-input-size", "64KiB", copy.path],
            ["check", copy.path, "--max-input-size=65536"], ["list", "--data", copy.path, "--max-input-size", "64KiB"],
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 65, "\(arguments)")
            #expect(result.standardError.hasPrefix(message), "\(arguments)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func aFileWithinTheFlagsLimitIsRead() throws {
        let copy = try Self.datasetCopy()
        defer { try? FileManager.default.removeItem(at: copy.folder) }
        let bundled = try CommandRunner.run(["--as-of", "2020-12-31"])
        let read = try CommandRunner.run([
            "--data", copy.path, "--as-of", "2020-12-31", "--max-input-size", "\(copy.size)",
        ])
        #expect(read.status == 0)
        #expect(read.standardOutput == bundled.standardOutput)
        let checked = try CommandRunner.run(["check", "--max-input-size", "1MiB", copy.path])
        #expect(checked.status == 0)
        #expect(checked.standardOutput.hasPrefix("\(copy.path): ok: "))
    }

    @Test func aBadSizeIsAUsageErrorOfEveryCommandThatReadsPlans() throws {
        let expected =
            "erqi: --max-input-size takes a size such as 512MiB, 2GiB or a number of bytes, not '10XB': 'XB' is not "
            + "a unit; use KiB, MiB, GiB or TiB (powers of 1024), or none for bytes\n"
        for arguments in [
            ["--max-input-size", "10XB"], ["check", "--max-input-size", "10XB", "x.json"],
            ["list", "--max-input-size", "10XB"], ["compare", "--max-input-size", "10XB"],
            ["diff", "--from", "2020-01-01", "--max-input-size", "10XB"],
            ["series", "some-indicator", "--max-input-size", "10XB"],
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardError == expected, "\(arguments)")
        }
        let missing = try CommandRunner.run(["check", "x.json", "--max-input-size"])
        #expect(missing.status == 64)
        #expect(missing.standardError == "erqi: --max-input-size needs a value\n")
    }
}
