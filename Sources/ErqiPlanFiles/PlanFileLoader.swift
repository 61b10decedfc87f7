public import ErqiCore
import Foundation

/// Loads plan files, JSON or a CSV pair, into a `Dataset`, reporting every problem with its place.
///
/// ```swift
/// do {
///     let dataset = try PlanFileLoader.load(path: "plans/2025.json")
/// } catch {
///     for problem in error.problems { print(problem) }  // file:line:column: field: message
/// }
/// ```
///
/// A CSV plan is read in a quick pass first. Only when that pass or the checks of the whole dataset find a
/// problem is the plan read again, recording where each item was written, so that every problem names its
/// file, line and column.
public enum PlanFileLoader {
    /// The default largest file the loader reads; ``Options/maximumFileSize`` sets it per load.
    @available(*, deprecated, renamed: "defaultMaximumFileSize")
    public static var maximumFileSize: Int { defaultMaximumFileSize }

    /// Loads a plan file: a `.json` file, or a folder (or `targets.csv`) holding the CSV files.
    /// - Parameters:
    ///   - path: The path of the file or folder.
    ///   - options: How to read the files: the largest file accepted, by default ``defaultMaximumFileSize``.
    /// - Returns: The dataset.
    /// - Throws: ``PlanFileError`` with every problem found.
    public static func load(path: String, options: Options = Options()) throws(PlanFileError) -> Dataset {
        try load(try source(of: path, options: options))
    }

    /// A plan file's texts, read once: one JSON file, or the files of the CSV format.
    package enum FileSource {
        /// A JSON plan file.
        case json(SourceText)
        /// The files of the CSV format, by table.
        case csv([CSVPlanFile.Table: SourceText])
    }

    /// Reads a plan file: a `.json` file (or `-`, standard input), or a folder (or `targets.csv`) of CSV files.
    package static func source(of path: String, options: Options = Options()) throws(PlanFileError) -> FileSource {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            return .csv(try csvFiles(folder: path, options: options))
        }
        if path.lowercased().hasSuffix(".csv") {
            return .csv(try csvFiles(folder: (path as NSString).deletingLastPathComponent, options: options))
        }
        return .json(SourceText(file: path == "-" ? "<stdin>" : path, bytes: try read(path, options: options)))
    }

    /// Loads a plan file read by ``source(of:)``.
    /// - Parameters:
    ///   - source: The file's texts.
    ///   - parallelism: How many chunks of a large `observations.csv` are read at once; by default every core.
    ///     The dataset and every problem are the same for any value.
    ///   - minimumChunkSize: The smallest chunk read on a core of its own, in bytes.
    ///   - maximumChunkSize: The largest chunk, in bytes: a larger file is read in waves of chunks.
    package static func load(
        _ source: FileSource, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount,
        minimumChunkSize: Int = CSVChunks.defaultMinimumSize, maximumChunkSize: Int = CSVChunks.defaultMaximumSize
    ) throws(PlanFileError) -> Dataset {
        switch source {
        case .json(let text): return try loadJSON(text)
        case .csv(let files):
            return try loadCSV(
                files, parallelism: parallelism, minimumChunkSize: minimumChunkSize,
                maximumChunkSize: maximumChunkSize)
        }
    }

    /// Loads the JSON plan format from bytes.
    /// - Parameters:
    ///   - bytes: The file's bytes, UTF-8.
    ///   - file: The name to use in problems.
    /// - Returns: The dataset.
    /// - Throws: ``PlanFileError`` with every problem found.
    public static func loadJSON(bytes: [UInt8], file: String) throws(PlanFileError) -> Dataset {
        try loadJSON(SourceText(file: file, bytes: bytes))
    }

    private static func loadJSON(_ text: SourceText) throws(PlanFileError) -> Dataset {
        let encoding = text.encodingProblems()
        if !encoding.isEmpty { throw PlanFileError(problems: encoding) }
        let root: JSONNode
        switch JSONDocumentParser.parse(text) {
        case .success(let node): root = node
        case .failure(let problem): throw PlanFileError(problems: [problem])
        }
        var decoder = PlanFileJSONDecoder(text: text)
        let dataset = decoder.decode(root)
        var problems = decoder.problems
        if let dataset {
            problems += DatasetValidator(dataset: dataset, locations: decoder.locations).problems()
        }
        guard let dataset, problems.isEmpty else { throw PlanFileError(problems: sorted(problems)) }
        return dataset
    }

    /// Loads the CSV plan format from a folder holding `targets.csv`, `observations.csv` and, optionally,
    /// `sources.csv` and `milestones.csv`.
    /// - Parameters:
    ///   - folder: The folder.
    ///   - options: How to read the files: the largest file accepted, by default ``defaultMaximumFileSize``.
    /// - Returns: The dataset.
    /// - Throws: ``PlanFileError`` with every problem found.
    public static func loadCSV(folder: String, options: Options = Options()) throws(PlanFileError) -> Dataset {
        try loadCSV(try csvFiles(folder: folder, options: options))
    }

    /// Reads the files of the CSV format in a folder.
    private static func csvFiles(
        folder: String, options: Options
    ) throws(PlanFileError) -> [CSVPlanFile.Table: SourceText] {
        func path(_ name: String) -> String {
            folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        }
        var files: [CSVPlanFile.Table: SourceText] = [:]
        var problems: [PlanFileProblem] = []
        for table in CSVPlanFile.Table.allCases {
            let file = path(table.fileName)
            if !FileManager.default.fileExists(atPath: file) {
                if table.isRequired {
                    problems.append(
                        PlanFileProblem(
                            kind: .unreadable, file: file, line: 1, column: 1, field: "",
                            message: "\(table.fileName) is missing from \(folder.isEmpty ? "." : folder)"))
                }
                continue
            }
            do {
                files[table] = SourceText(file: file, bytes: try read(file, options: options))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw PlanFileError(problems: problems) }
        return files
    }

    /// Loads the CSV plan format from the texts of its files.
    /// - Parameters:
    ///   - targets: `targets.csv`: name and bytes.
    ///   - observations: `observations.csv`: name and bytes.
    ///   - sources: `sources.csv`, if any.
    ///   - milestones: `milestones.csv`, if any.
    /// - Returns: The dataset.
    /// - Throws: ``PlanFileError`` with every problem found.
    public static func loadCSV(
        targets: (file: String, bytes: [UInt8]), observations: (file: String, bytes: [UInt8]),
        sources: (file: String, bytes: [UInt8])? = nil, milestones: (file: String, bytes: [UInt8])? = nil
    ) throws(PlanFileError) -> Dataset {
        var files: [CSVPlanFile.Table: SourceText] = [
            .targets: SourceText(file: targets.file, bytes: targets.bytes),
            .observations: SourceText(file: observations.file, bytes: observations.bytes),
        ]
        if let sources { files[.sources] = SourceText(file: sources.file, bytes: sources.bytes) }
        if let milestones { files[.milestones] = SourceText(file: milestones.file, bytes: milestones.bytes) }
        return try loadCSV(files)
    }

    private static func loadCSV(
        _ files: [CSVPlanFile.Table: SourceText],
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount,
        minimumChunkSize: Int = CSVChunks.defaultMinimumSize, maximumChunkSize: Int = CSVChunks.defaultMaximumSize
    ) throws(PlanFileError) -> Dataset {
        // First pass without recording where each item was written (millions of keys for a large plan); the
        // problems found do not depend on the locations, only their places, so a second pass that records them
        // runs only when there are problems to place.
        var quick = CSVPlanFile(
            recordingLocations: false, parallelism: parallelism, minimumChunkSize: minimumChunkSize,
            maximumChunkSize: maximumChunkSize)
        if let dataset = quick.decode(files), quick.problems.isEmpty,
            DatasetValidator(dataset: dataset, locations: quick.locations).problems().isEmpty
        {
            return dataset
        }
        var reader = CSVPlanFile(
            parallelism: parallelism, minimumChunkSize: minimumChunkSize, maximumChunkSize: maximumChunkSize)
        let dataset = reader.decode(files)
        var problems = reader.problems
        if let dataset {
            problems += DatasetValidator(dataset: dataset, locations: reader.locations).problems()
        }
        guard let dataset, problems.isEmpty else { throw PlanFileError(problems: sorted(problems)) }
        return dataset
    }

    /// Reads a file's bytes, refusing files above ``Options/maximumFileSize``.
    ///
    /// The bound holds for the bytes actually read: a file that grows while it is read, or an endless stream,
    /// is refused as too large once more than the limit has come in.
    /// - Parameters:
    ///   - path: The path, or `-` for standard input.
    ///   - options: The largest file accepted (by default ``defaultMaximumFileSize``) and how a refusal names it.
    /// - Returns: The bytes.
    /// - Throws: ``PlanFileError`` with an `unreadable` or `tooLarge` problem.
    public static func read(_ path: String, options: Options = Options()) throws(PlanFileError) -> [UInt8] {
        try options.readFile(path)
    }

    static func sorted(_ problems: [PlanFileProblem]) -> [PlanFileProblem] {
        problems.enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            if left.file != right.file { return left.file < right.file }
            if left.line != right.line { return left.line < right.line }
            if left.column != right.column { return left.column < right.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
