import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue #13, point 5: the size bound holds for the bytes actually read, whatever the input does meanwhile.
///
/// Every input is made in a temporary folder: a FIFO fed by a writer thread stands for a growing file and for an
/// endless device such as `/dev/zero`; a small limit is passed through the reader's limit parameter.
struct BoundedFileReaderTests {
    /// A temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erqi-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Makes a FIFO and a thread that opens it for writing and writes `chunk` again and again: `total` bytes,
    /// or forever (until the reader closes its end) when `total` is nil. The thread blocks SIGPIPE for itself
    /// only, so a closed reader ends the writing with EPIPE instead of ending the test process.
    static func feed(_ path: String, chunk: [UInt8], total: Int?) -> Thread {
        let thread = Thread {
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &signals, nil)
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            var written = 0
            while total.map({ written < $0 }) ?? true {
                let count = min(chunk.count, (total ?? Int.max) - written)
                let result = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, count) }
                if result <= 0 { return }
                written += result
            }
        }
        thread.start()
        return thread
    }

    static func readProblems(_ path: String, limit: Int) -> [String] {
        do {
            let bytes = try BoundedFileReader.read(path, limit: limit)
            return ["read \(bytes.count) bytes"]
        } catch {
            return error.problems.map { "\($0.kind) \($0.line):\($0.column) \($0.message)" }
        }
    }

    @Test func point5EndlessStreamIsTooLargeNotUnreadable() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("endless.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        _ = Self.feed(fifo, chunk: [UInt8](repeating: 0, count: 4096), total: nil)
        #expect(
            Self.readProblems(fifo, limit: 10_000) == [
                "tooLarge 1:1 the file is longer than the limit of 10000 bytes (it grew while it was read, or never "
                    + "ends); raise the limit with PlanFileLoader.Options.maximumFileSize"
            ])
    }

    @Test func point5GrowingInputStopsAtLimitPlusOne() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("growing.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Exactly the limit is accepted; one byte more is refused.
        _ = Self.feed(fifo, chunk: [UInt8](repeating: UInt8(ascii: "a"), count: 3000), total: 8192)
        #expect(Self.readProblems(fifo, limit: 8192) == ["read 8192 bytes"])
        _ = Self.feed(fifo, chunk: [UInt8](repeating: UInt8(ascii: "a"), count: 3000), total: 8193)
        #expect(
            Self.readProblems(fifo, limit: 8192) == [
                "tooLarge 1:1 the file is longer than the limit of 8 KiB (it grew while it was read, or never "
                    + "ends); raise the limit with PlanFileLoader.Options.maximumFileSize"
            ])
    }

    @Test func point5RegularFileAboveLimitIsRefusedWithItsSize() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.json")
        try Data(repeating: 0x20, count: 3 << 20).write(to: file)
        #expect(
            Self.readProblems(file.path, limit: 2 << 20) == [
                "tooLarge 1:1 the file is 3 MiB, more than the limit of 2 MiB; raise the limit with "
                    + "PlanFileLoader.Options.maximumFileSize"
            ])
        #expect(Self.readProblems(file.path, limit: 3 << 20) == ["read 3145728 bytes"])
    }

    @Test func point12UnreadableFilesSayWhyInPlainWords() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.readProblems(folder.appendingPathComponent("absent.json").path, limit: 100) == [
                "unreadable 1:1 cannot read the file: it does not exist"
            ])
        #expect(
            Self.readProblems(folder.path, limit: 100) == [
                "unreadable 1:1 cannot read the file: it is a folder, not a file"
            ]
        )
    }
}
