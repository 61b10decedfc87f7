import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// SplitMix64: a tiny seeded generator, so that a failing case reproduces from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What a folder holds, entry by entry, to check that a run changed nothing but the file it was told to write.
struct FolderSnapshot: Equatable {
    /// One entry: its type, permission bits, and its bytes (a regular file) or target (a link).
    struct Entry: Equatable {
        var type: mode_t
        var mode: mode_t
        var bytes: Data?
        var link: String?
    }

    /// Entries by path relative to the folder.
    var entries: [String: Entry] = [:]

    /// Reads a folder, recursively, without following links.
    init(_ folder: URL) {
        visit(folder.path, relative: "")
    }

    private mutating func visit(_ path: String, relative: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names {
            let full = path + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var entry = Entry(type: info.st_mode & S_IFMT, mode: info.st_mode & 0o7777)
            switch entry.type {
            case S_IFREG: entry.bytes = FileManager.default.contents(atPath: full)
            case S_IFLNK: entry.link = try? FileManager.default.destinationOfSymbolicLink(atPath: full)
            case S_IFDIR: visit(full, relative: key)
            default: break
            }
            entries[key] = entry
        }
    }

    /// The snapshot without some paths.
    func removing(_ keys: Set<String>) -> [String: Entry] {
        entries.filter { !keys.contains($0.key) }
    }

    /// The names of temporary files `erqi` would have left (`.erqi-…`).
    var temporaryFiles: [String] {
        entries.keys.filter { $0.split(separator: "/").last?.hasPrefix(".erqi-") == true }.sorted()
    }
}

/// Files in a test's temporary folder.
enum TestFiles {
    /// The permission bits of a path, or `nil` when nothing is there (links not followed).
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The type bits (`S_IFREG`, `S_IFIFO`, …) of a path, links not followed.
    static func type(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The mode a new file gets from `open(…, 0666)` under this process's umask, which `erqi` inherits.
    static func newFileMode(in folder: URL) -> mode_t? {
        let probe = folder.appendingPathComponent("umask-probe").path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { return nil }
        close(descriptor)
        defer { unlink(probe) }
        return mode(probe)
    }

    /// Writes text to a path and sets its mode.
    static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, mode)
    }

    /// Makes a FIFO, runs `body` while a reader drains it, and returns what the reader got.
    ///
    /// The reader opens the FIFO first (non-blocking) and the test keeps a writer of its own open, so that neither
    /// `erqi` nor the reader waits forever if `erqi` never opens the FIFO; closing that writer after `body` ends
    /// the reader's input.
    static func readingFIFO(_ path: String, while body: () throws -> Void) throws -> Data {
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        guard reader >= 0 else { throw CocoaError(.fileReadUnknown) }
        let keeper = open(path, O_WRONLY)
        guard keeper >= 0 else {
            close(reader)
            throw CocoaError(.fileWriteUnknown)
        }
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) & ~O_NONBLOCK)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(reader, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                received.append(contentsOf: buffer[..<count])
            }
            close(reader)
            done.signal()
        }
        var failure: (any Error)?
        do { try body() } catch { failure = error }
        close(keeper)
        done.wait()
        if let failure { throw failure }
        return received
    }
}
