import ErqiReporting

/// Where a report goes: text through `TextOutputStream`, bytes for a binary format such as a workbook, and a
/// buffered byte sink that the reporters write into directly.
protocol ReportSink: TextOutputStream {
    /// Writes bytes as they are.
    mutating func write(bytes: [UInt8])

    /// Runs `body` with a ``ReportOutput`` that buffers 64 KiB at a time into this destination, flushed when `body`
    /// returns or throws; a failed write is kept as this sink's failure.
    mutating func withByteSink<Result>(_ body: (inout ReportOutput) throws -> Result) rethrows -> Result
}
