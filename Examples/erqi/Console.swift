import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import ErqiReporting
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard output and standard error.
///
/// Every message on standard error goes through `TerminalSafeText.escaped(_:)`, so ids, values and file names from
/// data cannot send escape sequences to the terminal. A failed write on standard output becomes exit 74 with a
/// message, or a quiet 141 when the reader closed the pipe.
enum Console {
    /// Writes text to standard output.
    /// - Parameter text: The text.
    /// - Returns: The exit code: success, or the code for a failed write (whose message is printed).
    static func out(_ text: String) -> ExitCode {
        var stream = FileHandleOutput.standardOutput
        stream.write(text)
        return finished(stream, name: "standard output")
    }

    /// The exit code for a stream that has been written: success, 141 quietly for a closed pipe, or 74 after a
    /// message naming the destination and the reason.
    /// - Parameters:
    ///   - stream: The stream.
    ///   - name: What the stream writes to, for the message ("standard output" or a file name).
    static func finished(_ stream: FileHandleOutput, name: String) -> ExitCode {
        guard let failure = stream.failure else { return .success }
        return writeFailed(name, errorNumber: failure)
    }

    /// Prints why a write failed and returns its exit code; a closed pipe returns 141 without a message.
    static func writeFailed(_ name: String, errorNumber: Int32) -> ExitCode {
        if errorNumber == EPIPE { return .brokenPipe }
        error("erqi: cannot write \(name): \(SystemErrorText.words(errorNumber))")
        return .ioError
    }

    /// Writes one message line to standard error, with every terminal control character shown as `\u{…}`.
    static func error(_ text: String) {
        var stream = FileHandleOutput.standardError
        let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
        stream.write(TerminalSafeText.escaped(line) + "\n")
    }

    /// Prints every problem of a plan file, one a line, and returns the exit code for bad data or I/O.
    static func report(_ error: PlanFileError) -> ExitCode {
        for problem in error.problems { Console.error("erqi: \(DraftReviewMark.explained(problem))") }
        let io = error.problems.allSatisfy { $0.kind == .unreadable }
        return io ? .ioError : .dataError
    }

    static func usage(_ message: String) -> ExitCode {
        Console.error("erqi: \(message)")
        return .usage
    }
}

/// Loads the dataset named by `--data`, or the bundled one.
enum DatasetSource {
    /// The file names of the CSV plan format that a folder may hold (`CSVPlanFile.Table` in ErqiCore).
    static let csvFileNames = ["sources.csv", "targets.csv", "milestones.csv", "observations.csv"]

    static func load(_ path: String?, options: PlanFileLoader.Options) throws(PlanFileError) -> Dataset {
        try load(path.map { [$0] } ?? [], options: options)
    }

    /// Loads the `--data` files, merged in order (`-` is standard input), or the bundled dataset for none.
    /// - Parameters:
    ///   - paths: The `--data` values.
    ///   - options: How to read them: `--max-input-size`.
    static func load(_ paths: [String], options: PlanFileLoader.Options) throws(PlanFileError) -> Dataset {
        if paths.isEmpty {
            return try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        }
        return try PlanFileLoader.load(paths: paths, options: options)
    }

    /// The files the `--data` values read, each as the one-path form chooses them.
    static func inputFiles(_ paths: [String]) -> [String] { paths.flatMap { inputFiles($0) } }

    /// Loads the `--data` files, checks `--plan` and `--theme`, and evaluates as of `--as-of` (or the latest day
    /// in the data) on `--jobs` cores.
    /// - Parameters:
    ///   - options: The command's options.
    ///   - keepsFiguresInPeriod: Whether each evaluation keeps every figure of its period (for charts).
    /// - Returns: The scorecard, or the exit code to stop with (its message printed already).
    static func scorecard(
        _ options: CommandLineOptions, keepsFiguresInPeriod: Bool = false
    ) async -> Result<Scorecard, ExitCode> {
        let dataset: Dataset
        do {
            dataset = try load(options.data, options: options.loaderOptions)
        } catch {
            return .failure(Console.report(error))
        }
        if let stop = checkSelection(options, in: dataset) { return .failure(stop) }
        guard let asOf = options.asOf ?? dataset.latestDate else {
            return .failure(Console.usage("the dataset has no dates; give --as-of"))
        }
        var evaluator = Evaluator(dataset: dataset)
        evaluator.keepsFiguresInPeriod = keepsFiguresInPeriod
        // Parallel and serial evaluation give identical scorecards; --jobs 1 evaluates serially.
        return .success(
            await evaluator.scorecard(
                asOf: asOf, plans: options.plans.isEmpty ? nil : Set(options.plans), theme: options.theme,
                parallelism: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount))
    }

    /// The files `load` reads for a `--data` value, as `PlanFileLoader.load(path:)` chooses them: the file
    /// itself, or for a folder (or a `.csv` file) the CSV files of the folder. `-` is standard input; `nil` the
    /// bundled dataset, which reads no file.
    /// Checks that every `--plan` and the `--theme` of the options name something in the dataset.
    /// - Returns: The usage error's exit code, printed already, or `nil` when the selection is known.
    static func checkSelection(_ options: CommandLineOptions, in dataset: Dataset) -> ExitCode? {
        for plan in options.plans where !dataset.plans.contains(where: { $0.id == plan }) {
            return Console.usage("unknown plan '\(plan)'; erqi list shows the plans")
        }
        if let theme = options.theme {
            var found = false
            for plan in dataset.plans { plan.forEachTheme { if $0.id == theme { found = true } } }
            if !found { return Console.usage("unknown theme '\(theme)'; erqi list shows the themes") }
        }
        return nil
    }

    static func inputFiles(_ path: String?) -> [String] {
        guard let path, path != "-" else { return [] }
        var info = stat()
        let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        let folder: String
        if isFolder {
            folder = path
        } else if path.lowercased().hasSuffix(".csv") {
            folder = OutputDestination.folder(of: path)
        } else {
            return [path]
        }
        return csvFileNames.map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }
}
