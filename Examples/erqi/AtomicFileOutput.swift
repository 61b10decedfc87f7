import Foundation

/// A `TextOutputStream` into a temporary file beside the destination, renamed over it only on success, so a
/// failure never leaves a partial file.
struct AtomicFileOutput: TextOutputStream {
    let destination: String
    private let temporary: String
    private let handle: FileHandle
    private(set) var failed = false

    /// Opens the temporary file.
    init(destination: String) throws {
        self.destination = destination
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        self.temporary = (folder as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).erqi-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: destination])
        }
        do {
            self.handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    mutating func write(_ string: String) {
        guard !failed else { return }
        do {
            try handle.write(contentsOf: Data(string.utf8))
        } catch {
            failed = true
        }
    }

    /// Closes the file and renames it over the destination.
    func commit() throws {
        try handle.close()
        if failed {
            discard()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
        }
        if rename(temporary, destination) != 0 {
            discard()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
        }
    }

    /// Removes the temporary file.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
