#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `TextOutputStream` over standard output or standard error, written through the C library.
struct FileHandleOutput: TextOutputStream {
    /// Standard output.
    static var standardOutput: FileHandleOutput { FileHandleOutput(descriptor: 1) }
    /// Standard error.
    static var standardError: FileHandleOutput { FileHandleOutput(descriptor: 2) }

    let descriptor: Int32

    mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation_write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

private func Foundation_write(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Darwin)
        return Darwin.write(descriptor, bytes, count)
    #elseif canImport(Musl)
        return Musl.write(descriptor, bytes, count)
    #else
        return Glibc.write(descriptor, bytes, count)
    #endif
}
