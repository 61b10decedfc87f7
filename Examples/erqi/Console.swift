import ErqiCore
import ErqiDistrictDataset

/// Writing to standard output and standard error.
enum Console {
    static func out(_ text: String) {
        var stream = FileHandleOutput.standardOutput
        stream.write(text)
    }

    static func error(_ text: String) {
        var stream = FileHandleOutput.standardError
        stream.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Prints every problem of a plan file, one a line, and returns the exit code for bad data or I/O.
    static func report(_ error: PlanFileError) -> ExitCode {
        for problem in error.problems { Console.error("erqi: \(problem)") }
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
    static func load(_ path: String?) throws(PlanFileError) -> Dataset {
        guard let path else {
            return try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        }
        if path == "-" {
            return try PlanFileLoader.loadJSON(bytes: PlanFileLoader.read("-"), file: "<stdin>")
        }
        return try PlanFileLoader.load(path: path)
    }
}
