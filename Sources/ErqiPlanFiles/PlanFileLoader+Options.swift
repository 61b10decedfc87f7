extension PlanFileLoader {
    /// How the loader reads plan files: the largest file it accepts, and how its refusal names the setting.
    ///
    /// ```swift
    /// // Files above the default limit need a higher one:
    /// let options = PlanFileLoader.Options(maximumFileSize: 8 << 30)
    /// let dataset = try PlanFileLoader.load(path: "national-x16/", options: options)
    /// ```
    public struct Options: Sendable, Hashable {
        /// The largest file the loader reads, in bytes; a larger file is a `tooLarge` problem.
        ///
        /// The bound holds for each file on its own (each of the CSV files, or the JSON file), and for the bytes
        /// actually read: a regular file above it is refused before it is read, and a file that grows while it
        /// is read, a pipe or an endless device as soon as one byte more than the limit has come in. So memory
        /// stays bounded whatever the input, at about the limit for the file's bytes plus what loading builds
        /// from them.
        public var maximumFileSize: Int

        /// How the too-large message names the setting that raises the limit: by default
        /// `PlanFileLoader.Options.maximumFileSize`; a command-line program gives its flag instead (`erqi` gives
        /// `--max-input-size`).
        public var maximumFileSizeSetting: String

        /// Creates options.
        /// - Parameters:
        ///   - maximumFileSize: The largest file read, in bytes; by default
        ///     ``PlanFileLoader/defaultMaximumFileSize`` (512 MiB).
        ///   - maximumFileSizeSetting: How the too-large message names the setting that raises the limit.
        public init(
            maximumFileSize: Int = PlanFileLoader.defaultMaximumFileSize,
            maximumFileSizeSetting: String = "PlanFileLoader.Options.maximumFileSize"
        ) {
            self.maximumFileSize = maximumFileSize
            self.maximumFileSizeSetting = maximumFileSizeSetting
        }

        /// Reads a file's bytes within the limit (``PlanFileLoader/read(_:options:)``).
        package func readFile(_ path: String) throws(PlanFileError) -> [UInt8] {
            try BoundedFileReader.read(path, limit: maximumFileSize)
        }
    }

    /// The default largest file the loader reads: 512 MiB.
    public static let defaultMaximumFileSize = 512 << 20
}
