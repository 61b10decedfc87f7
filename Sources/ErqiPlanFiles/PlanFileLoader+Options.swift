extension PlanFileLoader {
    /// How the loader reads plan files: the largest file it accepts, and how its refusal names the setting.
    ///
    /// ```swift
    /// // A plan four times the size of the national benchmark plan (about 1 GiB of CSV) loads with the default;
    /// // a larger one needs a higher limit:
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
        ///     ``PlanFileLoader/defaultMaximumFileSize`` (2 GiB).
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
            try BoundedFileReader.read(path, limit: maximumFileSize, setting: maximumFileSizeSetting)
        }
    }

    /// The default largest file the loader reads: 2 GiB (the largest `Int` on a platform whose `Int` has 32 bits).
    ///
    /// Why 2 GiB: the national benchmark plan of 2,844 units is 249 MiB of CSV and four times it about 1 GiB,
    /// whose `observations.csv` alone is about 0.8 GiB; 2 GiB leaves that plan twice its size as headroom, so a
    /// real national dataset loads without a setting. It still refuses an endless stream (`/dev/zero`, a runaway
    /// pipe) after 2 GiB instead of filling the machine's memory.
    public static let defaultMaximumFileSize = Int(clamping: Int64(2) << 30)
}
