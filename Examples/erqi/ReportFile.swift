import ErqiReporting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `TextOutputStream` into an opened ``OutputDestination``: a temporary file renamed over the destination by
/// ``commit()``, or the destination itself (a FIFO or a character device).
///
/// A failed write is remembered and reported by ``commit()``; ``discard()`` removes the temporary file, so that a
/// failure never leaves a partial report or a stray file.
struct ReportFile: ReportSink {
    private var stream: FileHandleOutput
    /// Where the report goes.
    let destination: OutputDestination
    /// The temporary file for an atomic write, or `nil` for a write in place.
    let temporary: String?

    /// Takes over an open descriptor.
    init(descriptor: Int32, destination: OutputDestination, temporary: String?) {
        self.stream = FileHandleOutput(descriptor: descriptor)
        self.destination = destination
        self.temporary = temporary
    }

    mutating func write(_ string: String) {
        stream.write(string)
    }

    mutating func write(bytes: [UInt8]) {
        stream.write(bytes: bytes)
    }

    mutating func withByteSink<Result>(_ body: (inout ReportOutput) throws -> Result) rethrows -> Result {
        try stream.withByteSink(body)
    }

    /// Finishes the report: flushes it to disk and renames it over the destination, or closes the destination.
    /// - Throws: ``OutputDestination/Failure``: exit 74 with a message naming the file, or a quiet 141 when the
    ///   reader of a FIFO closed it. The temporary file is removed then, and the destination is unchanged.
    func commit() throws(OutputDestination.Failure) {
        let path = destination.path
        let descriptor = stream.descriptor
        if let failure = stream.failure {
            discard()
            throw failure == EPIPE
                ? OutputDestination.Failure(message: "", code: .brokenPipe)
                : OutputDestination.cannot(path, SystemErrorText.words(failure))
        }
        guard let temporary else {
            if close(descriptor) != 0 && errno != EINTR {
                throw OutputDestination.cannot(path, SystemErrorText.words(errno))
            }
            return
        }
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw OutputDestination.cannot(path, SystemErrorText.words(code))
        }
        if close(descriptor) != 0 && errno != EINTR {
            let code = errno
            unlink(temporary)
            TemporaryFileCleanup.disarm()
            throw OutputDestination.cannot(path, SystemErrorText.words(code))
        }
        if rename(temporary, destination.target) != 0 {
            let code = errno
            unlink(temporary)
            TemporaryFileCleanup.disarm()
            throw OutputDestination.cannot(path, SystemErrorText.words(code))
        }
        TemporaryFileCleanup.disarm()
        // Make the rename itself durable; a folder that cannot be flushed leaves the report written all the same.
        let folder = OutputDestination.folder(of: destination.target)
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Closes the file and removes the temporary file; a write in place is closed as it is.
    func discard() {
        close(stream.descriptor)
        if let temporary {
            unlink(temporary)
            TemporaryFileCleanup.disarm()
        }
    }
}
