import Foundation

/// Runs the built `erqi` binary, found next to the test bundle, and captures its output.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var outputBytes: Data
    }

    /// The folder holding the built products (`.build/debug` or `.build/release`).
    static var productsFolder: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("erqi").path) { return url }
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    /// The `erqi` binary: the one built beside the tests, or the one `ERQI_TEST_BINARY` names (to run the command
    /// tests against another build, for example the one before a fix, and see them fail).
    static var erqi: URL {
        if let path = ProcessInfo.processInfo.environment["ERQI_TEST_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return productsFolder.appendingPathComponent("erqi")
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `erqi` with arguments, optional standard input, extra environment and working folder.
    ///
    /// With `standardOutput`, the program writes there (a file, or a pipe the test closed) instead of into a pipe
    /// the runner reads; `standardOutput` and `outputBytes` of the result are then empty.
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in folder: URL? = nil,
        standardOutput: FileHandle? = nil, executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? erqi
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        if let standardOutput {
            process.standardOutput = standardOutput
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        var outData = Data()
        var errData = Data()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "erqi.command-runner", attributes: .concurrent)
        nonisolated(unsafe) var outBox = Data()
        nonisolated(unsafe) var errBox = Data()
        group.enter()
        queue.async {
            outBox = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        queue.async {
            errBox = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.wait()
        outData = outBox
        errData = errBox
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self), outputBytes: outData)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erqi-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
