import Foundation
import Testing

@testable import erqi

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--output` and standard output (issue #13, points 2, 3, 4, 10, 11 and 12): what is at the path is kept, every
/// write error is exit 74 with a plain message, and no temporary file is left behind.
@Suite(.serialized) struct OutputTests {
    static let seeds = CommandRunner.repositoryRoot.appendingPathComponent("seeds/erqi-district.json")
    static let csvArguments = ["--format", "csv", "--as-of", "2020-12-31"]

    /// The CSV report of the bundled dataset, printed on standard output.
    static func expectedReport() throws -> Data {
        let result = try CommandRunner.run(csvArguments)
        #expect(result.status == 0)
        return result.outputBytes
    }

    // MARK: - Point 2: what is at the path

    @Test func point2_aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let folder = try CommandRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("report.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        var result: CommandRunner.Result?
        let received = try TestFiles.readingFIFO(fifo) {
            result = try CommandRunner.run(Self.csvArguments + ["--output", fifo])
        }
        #expect(result?.status == 0, "\(result?.standardError ?? "")")
        #expect(received == (try Self.expectedReport()))
        #expect(TestFiles.type(fifo) == S_IFIFO)
        #expect(FolderSnapshot(folder).temporaryFiles.isEmpty)
    }

    @Test func point2_aSymlinkIsFollowedAndKept() throws {
        let folder = try CommandRunner.temporaryFolder()
        let target = folder.appendingPathComponent("real.csv").path
        let link = folder.appendingPathComponent("link.csv").path
        try TestFiles.write("old report\n", to: target, mode: 0o640)
        #expect(symlink("real.csv", link) == 0)
        let result = try CommandRunner.run(Self.csvArguments + ["--output", link])
        #expect(result.status == 0)
        #expect(TestFiles.type(link) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.csv")
        #expect(FileManager.default.contents(atPath: target) == (try Self.expectedReport()))
        #expect(TestFiles.mode(target) == 0o640)
        #expect(FolderSnapshot(folder).entries.count == 2)
    }

    /// A character device (a terminal, `/dev/null`) is opened and written in place, never renamed over; the test
    /// checks the decision, because a test may not open a real device for writing.
    @Test func point2_devicesAndFIFOsAreWrittenInPlaceAndOthersRefused() {
        #expect(OutputDestination.kind(ofMode: S_IFCHR | 0o666) == .characterDevice)
        #expect(OutputDestination.kind(ofMode: S_IFIFO | 0o644) == .fifo)
        #expect(OutputDestination.kind(ofMode: S_IFBLK | 0o660) == .blockDevice)
        #expect(OutputDestination.kind(ofMode: S_IFREG | 0o600) == .regularFile)
        #expect(OutputDestination.method(for: .characterDevice) == .writeInPlace)
        #expect(OutputDestination.method(for: .fifo) == .writeInPlace)
        #expect(OutputDestination.method(for: .regularFile) == .replaceAtomically)
        #expect(OutputDestination.method(for: .nothing) == .replaceAtomically)
        for kind in [OutputDestination.Kind.blockDevice, .directory, .socket] {
            guard case .refuse(let reason) = OutputDestination.method(for: kind) else {
                Issue.record("\(kind) is not refused")
                continue
            }
            #expect(!reason.isEmpty)
        }
    }

    // MARK: - Point 3: the mode of an existing report

    @Test(arguments: [0o600 as mode_t, 0o640, 0o664, 0o400])
    func point3_anExistingReportKeepsItsMode(mode: mode_t) throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("report.csv").path
        try TestFiles.write("old\n", to: report, mode: mode)
        let result = try CommandRunner.run(Self.csvArguments + ["--output", report])
        if mode & 0o200 == 0 && geteuid() != 0 {
            #expect(result.status == 74)
            #expect(FileManager.default.contents(atPath: report) == Data("old\n".utf8))
        } else {
            #expect(result.status == 0)
            #expect(FileManager.default.contents(atPath: report) == (try Self.expectedReport()))
        }
        #expect(TestFiles.mode(report) == mode)
    }

    // MARK: - Point 4: write errors

    /// Standard output opened read-only: every write fails (EBADF), for every command that prints.
    @Test(arguments: [
        ["--format", "html"], ["list"], ["check", seeds.path], ["parse", "518亿元"], ["--help"], ["list", "--help"],
    ])
    func point4_aWriteErrorOnStandardOutputExits74(arguments: [String]) throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("stdout.txt")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let readOnly = try FileHandle(forReadingFrom: file)
        defer { try? readOnly.close() }
        let result = try CommandRunner.run(arguments, standardOutput: readOnly)
        #expect(result.status == 74, "\(arguments)")
        #expect(result.standardError == "erqi: cannot write standard output: it is not open for writing\n")
    }

    /// The issue's report (`erqi --format html > /dev/full`), without touching a device: a full disk (ENOSPC) is
    /// worded as one, and a write that fails part-way is exercised for real by the file-size limit below, which
    /// fails the same write call the same way.
    @Test func point4_aFullDiskIsSaidInPlainWords() {
        #expect(SystemErrorText.words(ENOSPC) == "the disk is full")
        #expect(SystemErrorText.words(EFBIG).hasPrefix("the file would be larger than"))
        #expect(!SystemErrorText.words(EIO).contains("NSCocoaErrorDomain"))
    }

    /// A file-size limit (`ulimit -f`) makes a write fail part-way, as a full disk does: the old report stays
    /// whole, no temporary file is left, and the exit code is 74; standard output redirected to a file likewise.
    @Test func point4_aWriteThatFailsPartWayExits74AndKeepsTheOldReport() throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("report.html").path
        try TestFiles.write("old report\n", to: report)
        let erqi = CommandRunner.erqi.path
        let shell = URL(fileURLWithPath: "/bin/sh")
        let viaOption = try CommandRunner.run(
            ["-c", "ulimit -f 8 && exec \"$0\" --format html --output \"$1\"", erqi, report], executable: shell)
        #expect(viaOption.status == 74)
        #expect(viaOption.standardError.hasPrefix("erqi: cannot write \(report): the file would be larger than"))
        #expect(FileManager.default.contents(atPath: report) == Data("old report\n".utf8))
        let redirected = folder.appendingPathComponent("redirected.html").path
        let viaShell = try CommandRunner.run(
            ["-c", "ulimit -f 8 && exec \"$0\" --format html > \"$1\"", erqi, redirected], executable: shell)
        #expect(viaShell.status == 74)
        #expect(viaShell.standardError.hasPrefix("erqi: cannot write standard output: the file would be larger"))
        #expect(FolderSnapshot(folder).temporaryFiles.isEmpty)
        #expect(FolderSnapshot(folder).entries.count == 2)
    }

    /// `erqi | head`: the reader goes away; erqi ends quietly with 141, as a program ended by SIGPIPE does.
    @Test func point4_aClosedPipeEndsQuietlyWith141() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try CommandRunner.run(["--format", "html"], standardOutput: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        #expect(result.status == 141)
        #expect(result.standardError.isEmpty)
    }

    // MARK: - Point 10: signals

    /// The output is opened before the data is read, so `--data -` with standard input held open stops erqi with
    /// its temporary file created: the signal then has something to clean up, deterministically.
    @Test(arguments: [SIGINT, SIGTERM])
    func point10_aSignalRemovesTheTemporaryFile(signal: Int32) throws {
        let folder = try CommandRunner.temporaryFolder()
        let process = Process()
        process.executableURL = CommandRunner.erqi
        process.arguments = ["--data", "-", "--output", folder.appendingPathComponent("report.txt").path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var temporary: [String] = []
        for _ in 0..<400 where temporary.isEmpty {
            temporary = FolderSnapshot(folder).temporaryFiles
            if temporary.isEmpty { usleep(25_000) }
        }
        try #require(temporary.count == 1, "erqi did not create its temporary file before reading the data")
        #expect(kill(process.processIdentifier, signal) == 0)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(FolderSnapshot(folder).entries.isEmpty)
    }

    @Test func point10_theHandlerBufferHoldsThePathAndIsClearedWhenDisarmed() {
        #expect(TemporaryFileCleanup.arm("/tmp/folder/.erqi-abc"))
        #expect(String(cString: TemporaryFileCleanup.path) == "/tmp/folder/.erqi-abc")
        TemporaryFileCleanup.disarm()
        #expect(TemporaryFileCleanup.path[0] == 0)
        #expect(!TemporaryFileCleanup.arm(String(repeating: "a", count: TemporaryFileCleanup.capacity)))
    }

    // MARK: - Point 11: the output is an input

    @Test(arguments: ["same path", "link to the input", "hard link", "relative path", "standard input"])
    func point11_anOutputThatIsTheInputIsRefused(how: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let plan = folder.appendingPathComponent("plan.json").path
        try FileManager.default.copyItem(atPath: Self.seeds.path, toPath: plan)
        var arguments = ["--data", plan, "--output", plan]
        var input: String?
        switch how {
        case "link to the input":
            #expect(symlink(plan, folder.appendingPathComponent("link.json").path) == 0)
            arguments = ["--data", plan, "--output", folder.appendingPathComponent("link.json").path]
        case "hard link":
            #expect(link(plan, folder.appendingPathComponent("hard.json").path) == 0)
            arguments = ["--data", folder.appendingPathComponent("hard.json").path, "--output", plan]
        case "relative path":
            arguments = ["--data", plan, "--output", "./plan.json"]
        case "standard input":
            arguments = ["--data", "-", "--output", plan]
            input = ""
        default: break
        }
        let before = FolderSnapshot(folder)
        let result: CommandRunner.Result
        if input != nil {
            // The shell's `erqi --data - --output plan.json < plan.json`.
            let stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: plan))
            defer { try? stdin.close() }
            result = try Self.run(arguments, standardInput: stdin, in: folder)
        } else {
            result = try CommandRunner.run(arguments, in: folder)
        }
        #expect(result.status == 64, "\(how)")
        #expect(result.standardError.hasPrefix("erqi: --output "))
        #expect(result.standardError.contains("the report would replace the data"))
        #expect(FolderSnapshot(folder) == before)
    }

    @Test func point11_aFileOfACSVFolderIsRefused() throws {
        let folder = try CommandRunner.temporaryFolder()
        let csv = folder.appendingPathComponent("plan")
        try FileManager.default.copyItem(
            at: CommandTests.fixtures.appendingPathComponent("csv-bad-values"), to: csv)
        let before = FolderSnapshot(folder)
        for arguments in [
            ["--data", csv.path, "--output", csv.appendingPathComponent("observations.csv").path],
            [
                "--data", csv.appendingPathComponent("targets.csv").path, "--output",
                csv.appendingPathComponent("targets.csv").path,
            ],
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64)
            #expect(result.standardError.contains("is the input file"))
        }
        #expect(FolderSnapshot(folder) == before)
    }

    // MARK: - Point 12: plain messages

    @Test(arguments: [
        ("missing folder", 74, "cannot write {dir}/missing/report.txt: the folder {dir}/missing does not exist"),
        ("folder", 74, "cannot write {dir}: it is a folder; name a file in it"),
        ("empty", 64, "--output needs a file name, and '' is empty"),
        ("trailing slash", 74, "cannot write {dir}/new/: it ends with /, so it names a folder; name a file"),
        ("file as folder", 74, "cannot write {dir}/file.txt/report.txt: {dir}/file.txt is not a folder"),
    ])
    func point12_outputMessagesNameTheFileInPlainWords(how: String, status: Int32, message: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        try TestFiles.write("x\n", to: folder.appendingPathComponent("file.txt").path)
        let dir = folder.path
        let path: String
        switch how {
        case "missing folder": path = dir + "/missing/report.txt"
        case "folder": path = dir
        case "empty": path = ""
        case "trailing slash": path = dir + "/new/"
        default: path = dir + "/file.txt/report.txt"
        }
        let before = FolderSnapshot(folder)
        let result = try CommandRunner.run(["--output", path])
        #expect(result.status == status)
        #expect(result.standardError == "erqi: " + message.replacingOccurrences(of: "{dir}", with: dir) + "\n")
        #expect(!result.standardError.contains("NSCocoaErrorDomain"))
        #expect(FolderSnapshot(folder) == before)
    }

    /// Runs erqi with a file as its standard input.
    static func run(_ arguments: [String], standardInput: FileHandle, in folder: URL) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = CommandRunner.erqi
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = standardInput
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let standardError = errors.fileHandleForReading.readDataToEndOfFile()
        let standardOutput = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Result(
            status: process.terminationStatus, standardOutput: String(decoding: standardOutput, as: UTF8.self),
            standardError: String(decoding: standardError, as: UTF8.self), outputBytes: standardOutput)
    }
}
