/// Where a report goes: text through `TextOutputStream`, and bytes for a binary format such as a workbook.
protocol ReportSink: TextOutputStream {
    /// Writes bytes as they are.
    mutating func write(bytes: [UInt8])
}
