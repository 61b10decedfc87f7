#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary file of an atomic write when SIGINT, SIGTERM or SIGHUP ends the program.
///
/// The signal handler must be async-signal-safe: it may not allocate, lock or touch Swift objects. So the path
/// lives in a C buffer allocated before any handler is installed, and the handler only calls `unlink(2)` on it,
/// restores the signal's default action and raises the signal again. The program then ends as the signal says
/// (the shell shows 128 + the signal: 130 for SIGINT, 143 for SIGTERM). A signal that was ignored when `erqi`
/// started (as `nohup` ignores SIGHUP) stays ignored.
enum TemporaryFileCleanup {
    /// The capacity of the path buffer, in bytes, the terminating NUL included.
    static let capacity = 4096

    /// The NUL-terminated path of the temporary file, or an empty string when there is none.
    nonisolated(unsafe) static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    /// The signals after which the temporary file is removed.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Whether the handlers are installed (only touched from the main program, never from the handler).
    nonisolated(unsafe) private static var installed = false

    /// Remembers the temporary file to remove if a signal comes, and installs the handlers the first time.
    /// - Parameter temporary: The path of the temporary file.
    /// - Returns: `false` when the path is too long for the buffer (the caller then does not create the file).
    static func arm(_ temporary: String) -> Bool {
        let bytes = Array(temporary.utf8)
        guard bytes.count < capacity, !bytes.contains(0) else { return false }
        // Write the path first, then its first byte, so that a handler never sees a half-written path.
        path[0] = 0
        for (index, byte) in bytes.enumerated().dropFirst() { path[index] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        if let first = bytes.first { path[0] = CChar(bitPattern: first) }
        if !installed {
            installed = true
            for signalNumber in signals {
                let previous = signal(signalNumber, removeTemporaryFileAndRaise)
                if isIgnored(previous) { _ = signal(signalNumber, SIG_IGN) }
            }
        }
        return true
    }

    /// Forgets the temporary file: it has been renamed over its destination, or removed.
    static func disarm() {
        path[0] = 0
    }

    private static func isIgnored<Handler>(_ handler: Handler?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

/// The signal handler: async-signal-safe calls only (`unlink`, `signal`, `raise`).
private let removeTemporaryFileAndRaise: @convention(c) (Int32) -> Void = { signalNumber in
    let path = TemporaryFileCleanup.path
    if path[0] != 0 { unlink(path) }
    _ = signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
