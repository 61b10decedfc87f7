import ErqiCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file or standard input with POSIX `read()`, refusing it as soon as more than a limit has been read.
///
/// The bound is enforced on the bytes actually read, not on a size asked for beforehand: a file that grows
/// while it is read, a FIFO or an endless device such as `/dev/zero` stops at the limit plus one byte and is
/// reported as too large. The size of a regular file is looked at first only to refuse a large one without
/// reading it. No Foundation error reaches the caller: every failure is a ``PlanFileProblem`` in plain words.
package enum BoundedFileReader {
    /// The bytes of one `read()` call.
    private static let chunkSize = 1 << 20

    /// Reads the whole file, or standard input for `-`.
    /// - Parameters:
    ///   - path: The path, or `-` for standard input.
    ///   - limit: The largest number of bytes accepted.
    ///   - setting: How the too-large message names the setting that raises the limit (a flag, an option).
    /// - Returns: The bytes.
    /// - Throws: ``PlanFileError`` with one `unreadable` or `tooLarge` problem at line 1, column 1.
    package static func read(
        _ path: String, limit: Int, setting: String = "PlanFileLoader.Options.maximumFileSize"
    ) throws(PlanFileError) -> [UInt8] {
        let isStandardInput = path == "-"
        let descriptor: Int32
        if isStandardInput {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw failure(path, .unreadable, "cannot read the file: \(reason(errno))") }
        }
        defer { if !isStandardInput { _ = close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if isKind(status, Int32(S_IFDIR)) {
                throw failure(path, .unreadable, "cannot read the file: it is a folder, not a file")
            }
            if isKind(status, Int32(S_IFREG)), Int(status.st_size) > limit {
                throw failure(
                    path, .tooLarge,
                    "the file is \(size(Int(status.st_size))), more than the limit of \(size(limit)); "
                        + "raise the limit with \(setting)")
            }
        }
        var bytes: [UInt8] = []
        if isKind(status, Int32(S_IFREG)) {
            // The size is known: the file is read straight into its buffer, without a copy through a chunk. One
            // byte more than the size is asked for, to see a file that grew; the loop below reads on if it did.
            var error: Int32 = 0
            let wanted = max(0, min(Int(status.st_size), limit)) + 1
            bytes = [UInt8](unsafeUninitializedCapacity: wanted) {
                buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                while initialized < wanted {
                    let count = systemRead(descriptor, base + initialized, wanted - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        error = errno
                        return
                    }
                    if count == 0 { return }
                    initialized += count
                }
            }
            if error != 0 { throw failure(path, .unreadable, "cannot read the file: \(reason(error))") }
            if bytes.count < wanted { return bytes }  // the whole file, at its end
            if bytes.count > limit {
                throw grewFailure(path, limit: limit, setting: setting, isStandardInput: isStandardInput)
            }
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            // Never ask for more than the limit allows plus the one byte that proves the input too large (written
            // so that a limit of `Int.max` does not overflow).
            let room = limit - bytes.count
            let wanted = room < chunkSize ? room + 1 : chunkSize
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, .unreadable, "cannot read the file: \(reason(errno))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw grewFailure(path, limit: limit, setting: setting, isStandardInput: isStandardInput)
            }
        }
    }

    /// The problem of an input that turned out larger than the limit while it was read.
    private static func grewFailure(
        _ path: String, limit: Int, setting: String, isStandardInput: Bool
    ) -> PlanFileError {
        failure(
            path, .tooLarge,
            (isStandardInput
                ? "standard input is longer than the limit of \(size(limit))"
                : "the file is longer than the limit of \(size(limit)) (it grew while it was read, or never ends)")
                + "; raise the limit with \(setting)")
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
            Musl.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func isKind(_ status: stat, _ kind: Int32) -> Bool {
        Int32(status.st_mode) & Int32(S_IFMT) == kind
    }

    /// A number of bytes in words: `2 GiB`, `512 MiB` or `64 KiB` when it is a whole number of that unit, else
    /// the bytes followed by the size rounded to a tenth of a MiB: `1000000000 bytes (953.7 MiB)`.
    package static func size(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes > 0 && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        guard bytes >= 1 << 20 else { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        // Tenths of a MiB, rounded half up, in integers: no overflow for any Int.
        let tenths = (bytes >> 20) * 10 + ((bytes & ((1 << 20) - 1)) * 10 + (1 << 19)) >> 20
        return "\(bytes) bytes (\(tenths / 10).\(tenths % 10) MiB)"
    }

    private static func failure(_ path: String, _ kind: PlanFileProblem.Kind, _ message: String) -> PlanFileError {
        PlanFileError(problems: [
            PlanFileProblem(
                kind: kind, file: path, line: 1, column: 1, field: "",
                message: message)
        ])
    }

    /// The reason for an `errno`, in plain words.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "it does not exist"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder, not a file"
        case ELOOP: "too many symbolic links"
        default: "error \(code) from the system"
        }
    }
}
