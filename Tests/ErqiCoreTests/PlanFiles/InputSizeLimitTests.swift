import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue #18 (growth): the input bound is an option of the loader, `PlanFileLoader.Options.maximumFileSize`,
/// with a default of 2 GiB instead of a fixed 512 MiB, and the refusal names the file, its size, the limit and
/// the setting that raises it. Every file is made in a temporary folder.
struct InputSizeLimitTests {
    /// Writes the minimal plan into a new temporary folder and returns the folder and the plan's path.
    static func minimalPlan() throws -> (folder: URL, path: String, size: Int) {
        let folder = try BoundedFileReaderTests.temporaryFolder()
        let file = folder.appendingPathComponent("plan.json")
        let bytes = Data(PlanFileLoaderTests.minimal.utf8)
        try bytes.write(to: file)
        return (folder, file.path, bytes.count)
    }

    static func problems(_ body: () throws(PlanFileError) -> Dataset) -> [String] {
        do {
            let dataset = try body()
            return ["loaded \(dataset.observations.count) observations"]
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func aSmallLimitRefusesASmallFileNamingFileSizeLimitAndSetting() throws {
        let plan = try Self.minimalPlan()
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        #expect(plan.size > 1024 && plan.size % 1024 != 0)
        let options = PlanFileLoader.Options(maximumFileSize: 1024)
        #expect(
            Self.problems { () throws(PlanFileError) in try PlanFileLoader.load(path: plan.path, options: options) }
                == [
                    "\(plan.path):1:1: the file is \(plan.size) bytes, more than the limit of 1 KiB; raise the limit "
                        + "with PlanFileLoader.Options.maximumFileSize"
                ])
        // The same through the merging loader and the plain reader.
        #expect(
            Self.problems { () throws(PlanFileError) in
                try PlanFileLoader.load(paths: [plan.path], options: options)
            }.count == 1)
        #expect(throws: PlanFileError.self) { try PlanFileLoader.read(plan.path, options: options) }
    }

    @Test func aLimitOfTheFileSizeOrMoreAcceptsIt() throws {
        let plan = try Self.minimalPlan()
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        for limit in [plan.size, plan.size + 1, 1 << 20] {
            let options = PlanFileLoader.Options(maximumFileSize: limit)
            #expect(
                Self.problems { () throws(PlanFileError) in try PlanFileLoader.load(path: plan.path, options: options) }
                    == ["loaded 2 observations"])
        }
        #expect(
            Self.problems { () throws(PlanFileError) in
                try PlanFileLoader.load(path: plan.path, options: .init(maximumFileSize: plan.size - 1))
            }.count == 1)
    }

    @Test func theLimitHoldsForEachFileOfACSVFolderAndNamesTheGivenSetting() throws {
        let folder = try BoundedFileReaderTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = """
            plan,plan_period,theme,id,title,indicator,unit,period,requirement
            p,2025,t,g,改造,compounds,count:个,2025,10个以上

            """
        let observations = """
            id,indicator,period,value
            o1,compounds,2025-03,4个

            """
        try Data(targets.utf8).write(to: folder.appendingPathComponent("targets.csv"))
        try Data(observations.utf8).write(to: folder.appendingPathComponent("observations.csv"))
        // Between the two files' sizes: observations.csv is read, targets.csv refused.
        let limit = 60
        #expect(observations.utf8.count <= limit && targets.utf8.count > limit)
        let options = PlanFileLoader.Options(maximumFileSize: limit, maximumFileSizeSetting: "--max-input-size SIZE")
        let targetsPath = folder.appendingPathComponent("targets.csv").path
        #expect(
            Self.problems { () throws(PlanFileError) in try PlanFileLoader.load(path: folder.path, options: options) }
                == [
                    "\(targetsPath):1:1: the file is \(targets.utf8.count) bytes, more than the limit of 60 bytes; "
                        + "raise the limit with --max-input-size SIZE"
                ])
        #expect(
            Self.problems { () throws(PlanFileError) in
                try PlanFileLoader.loadCSV(folder: folder.path, options: .init(maximumFileSize: 4096))
            } == ["loaded 1 observations"])
    }

    @Test func theDefaultIsTwoGiBAndRefusesALargerFileWithoutReadingIt() throws {
        #expect(PlanFileLoader.defaultMaximumFileSize == 2_147_483_648)
        #expect(PlanFileLoader.Options().maximumFileSize == PlanFileLoader.defaultMaximumFileSize)
        let folder = try BoundedFileReaderTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 3_000_000_000)  // sparse: takes no disk space, and is never read
        try handle.close()
        #expect(
            Self.problems { () throws(PlanFileError) in try PlanFileLoader.load(path: big.path) } == [
                "\(big.path):1:1: the file is 3000000000 bytes (2861.0 MiB), more than the limit of 2 GiB; "
                    + "raise the limit with PlanFileLoader.Options.maximumFileSize"
            ])
    }

    @Test func aLimitOfIntMaxReadsAStreamWithoutOverflow() throws {
        let folder = try BoundedFileReaderTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("stream.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        _ = BoundedFileReaderTests.feed(fifo, chunk: [UInt8](repeating: UInt8(ascii: " "), count: 1000), total: 5000)
        #expect(BoundedFileReaderTests.readProblems(fifo, limit: Int.max) == ["read 5000 bytes"])
    }

    /// Sizes and their words.
    static let sizeWords: [(bytes: Int, words: String)] = [
        (2 << 30, "2 GiB"), (512 << 20, "512 MiB"), (64 << 10, "64 KiB"), (1536, "1536 bytes"), (1, "1 byte"),
        (1_000_000_000, "1000000000 bytes (953.7 MiB)"), ((1 << 20) + 52_429, "1101005 bytes (1.1 MiB)"),
        ((1 << 20) + 52_428, "1101004 bytes (1.0 MiB)"), (Int.max, "9223372036854775807 bytes (8796093022208.0 MiB)"),
    ]

    @Test(arguments: sizeWords)
    func sizesAreWrittenInTheLargestWholeUnitOrBytesWithTenthsOfAMiB(bytes: Int, words: String) {
        #expect(BoundedFileReader.size(bytes) == words)
    }
}
