import Foundation
import Testing

/// Issue #15 point 2: `--places` applies to percentages and ratios, never to quantities; `--bom` starts CSV with
/// the UTF-8 byte-order mark, which is off by default, for a file as for standard output.
struct PlacesAndByteOrderMarkTests {
    static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    @Test func placesApplyToPercentagesNotToQuantities() throws {
        let result = try CommandRunner.run(["--plan", "p2020", "--as-of", "2020-12-31", "--places", "3"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("22.000"))
        #expect(result.standardOutput.contains("≥ 22个"))
        #expect(result.standardOutput.contains("388.1亿元"))
        #expect(result.standardOutput.contains("74.923%"))  // 388.1 / 518
    }

    @Test func bomFlagStartsCSVWithTheByteOrderMark() throws {
        let arguments = ["--format", "csv", "--as-of", "2020-12-31", "--plan", "p2020"]
        let plain = try CommandRunner.run(arguments)
        let marked = try CommandRunner.run(arguments + ["--bom"])
        #expect(plain.status == 0 && marked.status == 0)
        #expect(!plain.outputBytes.starts(with: Self.byteOrderMark))
        #expect(marked.outputBytes.starts(with: Self.byteOrderMark))
        #expect(marked.outputBytes.dropFirst(3) == plain.outputBytes)
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("report.csv")
        #expect(try CommandRunner.run(arguments + ["--output", file.path]).status == 0)
        #expect(try Data(contentsOf: file) == plain.outputBytes)
        #expect(try CommandRunner.run(arguments + ["--bom", "--output", file.path]).status == 0)
        #expect(try Data(contentsOf: file) == marked.outputBytes)
    }
}
