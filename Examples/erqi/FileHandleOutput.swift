import ErqiReporting

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

    /// Writes a report through a 64 KiB buffer: one system call per buffer rather than one per piece of text.
    mutating func withByteSink<Result>(_ body: (inout ReportOutput) throws -> Result) rethrows -> Result {
        let descriptor = self.descriptor
        var sink = ReportOutput { bytes in
            if let failure = FileHandleOutput.writeAll(bytes, to: descriptor) { throw WriteFailure(code: failure) }
        }
        defer {
            if failure == nil {
                sink.flush()
                if let written = sink.failure as? WriteFailure { failure = written.code }
            }
        }
        return try body(&sink)
    }

    private mutating func write(_ buffer: UnsafeRawBufferPointer) {
        failure = Self.writeAll(buffer, to: descriptor)
    }

    /// Writes every byte, retrying after `EINTR` and continuing after a short write.
    /// - Returns: `nil`, or the `errno` of the failed write (`EIO` for a write that wrote nothing).
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }

    /// A failed write, thrown through the byte sink and kept as ``failure``.
    private struct WriteFailure: Error {
        let code: Int32
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
