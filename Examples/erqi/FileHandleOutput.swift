#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `TextOutputStream` over a file descriptor (standard output, standard error, or an output file), written
/// through the C library, that remembers its first write error.
///
/// `TextOutputStream.write` cannot throw, so a failed write is kept in ``failure`` and every later write is
/// skipped; whoever owns the stream checks ``failure`` when the report is written. A write interrupted by a signal
/// (`EINTR`) is retried, and a short write continues where it stopped.
struct FileHandleOutput: ReportSink {
    /// Standard output.
    static var standardOutput: FileHandleOutput { FileHandleOutput(descriptor: 1) }
    /// Standard error.
    static var standardError: FileHandleOutput { FileHandleOutput(descriptor: 2) }

    /// The file descriptor written to.
    let descriptor: Int32
    /// The `errno` of the first failed write (`EIO` for a write that wrote nothing), or `nil`.
    private(set) var failure: Int32?

    /// Makes a stream over an open file descriptor, which the caller keeps and closes.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func write(_ string: String) {
        guard failure == nil, !string.isEmpty else { return }
        var text = string
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes bytes as they are: a binary report such as a workbook.
    mutating func write(bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { write($0) }
    }

    private mutating func write(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                failure = written < 0 ? errno : EIO
                return
            }
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Darwin)
        return Darwin.write(descriptor, bytes, count)
    #elseif canImport(Musl)
        return Musl.write(descriptor, bytes, count)
    #else
        return Glibc.write(descriptor, bytes, count)
    #endif
}
