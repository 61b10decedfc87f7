#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The path `--output` names, looked at before anything is written, and how a report is written there.
///
/// - A regular file, or a path where nothing is yet, is replaced atomically: the report goes into a new temporary
///   file in the same folder, which is flushed to disk (`fsync`) and renamed over the destination only when the
///   whole report is written. An existing file keeps its permission bits (and, when `erqi` runs as root, its
///   owner); a new file gets 0666 less the umask, as the shell's `>` gives. A file the user may not write is
///   refused, as `>` refuses it, even though renaming over it would work.
/// - A symbolic link is followed: its final target is written, atomically, and the link stays as it is. A dangling
///   link creates its target, as `>` does.
/// - A FIFO and a character device (a terminal, `/dev/null`) are opened and written in place, as `>` does: renaming
///   a file over them would take the device or the pipe away from its readers. Such a write is not atomic.
/// - A folder, a block device (a disk: writing there destroys the file system) and a socket are refused.
/// - An output that is one of the input files (the same device and inode, through links as well) is refused, and
///   so is an empty path.
///
/// Every refusal and failure is a ``Failure`` with a plain message naming the path; nothing is written then.
struct OutputDestination {
    /// What is at the path, after following symbolic links.
    enum Kind: Equatable, CaseIterable {
        /// Nothing yet: the report creates a file.
        case nothing
        /// A regular file.
        case regularFile
        /// A folder.
        case directory
        /// A named pipe.
        case fifo
        /// A character device, such as a terminal or `/dev/null`.
        case characterDevice
        /// A block device, such as a disk.
        case blockDevice
        /// A Unix-domain socket.
        case socket
    }

    /// How a report is written to a kind of destination.
    enum Method: Equatable {
        /// A temporary file beside the destination, flushed, then renamed over it.
        case replaceAtomically
        /// The destination itself, opened for writing.
        case writeInPlace
        /// Nothing is written; the reason completes "cannot write PATH: …".
        case refuse(String)
    }

    /// A reason not to write, or a failed write: a message (empty for a closed pipe) and the exit code.
    struct Failure: Error {
        /// The whole message, starting with `erqi:`; empty when nothing should be printed.
        var message: String
        /// The exit code.
        var code: ExitCode
    }

    /// The path as the user gave it, used in messages.
    let path: String
    /// The path written: `path` with every symbolic link followed.
    let target: String
    /// What is at `target`.
    let kind: Kind
    /// The status of `target` when something is there.
    let status: stat?

    /// How each kind of destination is written.
    /// - Parameter kind: What is at the path.
    /// - Returns: The method: a regular file or a new one is replaced atomically, a FIFO or a character device is
    ///   written in place, and a folder, a block device or a socket is refused.
    static func method(for kind: Kind) -> Method {
        switch kind {
        case .nothing, .regularFile: .replaceAtomically
        case .fifo, .characterDevice: .writeInPlace
        case .directory: .refuse("it is a folder; name a file in it")
        case .blockDevice: .refuse("it is a block device (a disk); writing a report there would overwrite the disk")
        case .socket: .refuse("it is a socket, not a file")
        }
    }

    /// The kind of file a `stat` mode describes.
    /// - Parameter mode: `st_mode` from `stat(2)`.
    /// - Returns: The kind; a symbolic link, which `resolve` never passes, counts as a regular file.
    static func kind(ofMode mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .regularFile
        }
    }

    /// The folder part of a path: `.` for a bare name, `/` for a name in the root.
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Looks at what the path names, following symbolic links, without opening or changing anything.
    /// - Parameter path: The value of `--output`.
    /// - Returns: The destination.
    /// - Throws: ``Failure``: exit 64 for an empty path; exit 74 when the folder is missing or the path cannot
    ///   be looked at.
    static func resolve(_ path: String) throws(Failure) -> OutputDestination {
        guard !path.isEmpty else {
            throw Failure(message: "erqi: --output needs a file name, and '' is empty", code: .usage)
        }
        var current = path
        for _ in 0..<40 {
            var info = stat()
            if lstat(current, &info) != 0 {
                let code = errno
                guard code == ENOENT || code == ENOTDIR else { throw cannot(path, SystemErrorText.words(code)) }
                try checkFolder(of: current, for: path)
                if code == ENOTDIR { throw cannot(path, SystemErrorText.words(code)) }
                return OutputDestination(path: path, target: current, kind: .nothing, status: nil)
            }
            guard info.st_mode & S_IFMT == S_IFLNK else {
                return OutputDestination(path: path, target: current, kind: kind(ofMode: info.st_mode), status: info)
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { readlink(current, $0, bytes.count) }
                } ?? -1
            }
            guard count >= 0 else { throw cannot(path, SystemErrorText.words(errno)) }
            guard let link = String(validating: buffer[..<count], as: UTF8.self), !link.isEmpty else {
                throw cannot(path, "it is a symbolic link whose target is not a UTF-8 path")
            }
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        throw cannot(path, SystemErrorText.words(ELOOP))
    }

    /// Refuses an output that is one of the files the report is made from.
    /// - Parameters:
    ///   - inputs: The input files (`DatasetSource.inputFiles`); missing ones are skipped.
    ///   - readsStandardInput: Whether the data comes from standard input, which may be a file (`< plan.json`).
    /// - Throws: ``Failure`` with exit 64, naming both paths, when the output is an input.
    func refuseInputs(_ inputs: [String], readsStandardInput: Bool) throws(Failure) {
        guard let status, kind == .regularFile else { return }
        for input in inputs {
            var info = stat()
            if stat(input, &info) == 0 && info.st_dev == status.st_dev && info.st_ino == status.st_ino {
                throw Failure(
                    message: "erqi: --output \(path) is the input file \(input); the report would replace the data. "
                        + "Write the report to another file.",
                    code: .usage)
            }
        }
        var info = stat()
        if readsStandardInput && fstat(0, &info) == 0 && info.st_dev == status.st_dev && info.st_ino == status.st_ino {
            throw Failure(
                message: "erqi: --output \(path) is the file standard input reads the data from; the report would "
                    + "replace the data. Write the report to another file.",
                code: .usage)
        }
    }

    /// Opens the destination for writing, as ``method(for:)`` says.
    ///
    /// For an atomic write the temporary file is created here, and removed again if SIGINT, SIGTERM or SIGHUP
    /// ends the program (``TemporaryFileCleanup``). Opening a FIFO waits for its reader, as `>` does.
    /// - Returns: The open report file.
    /// - Throws: ``Failure`` with exit 74 and a plain message.
    func open() throws(Failure) -> ReportFile {
        switch Self.method(for: kind) {
        case .refuse(let reason):
            throw Self.cannot(path, reason)
        case .writeInPlace:
            let descriptor = try Self.retryingInterrupts(path) {
                systemOpen(target, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0)
            }
            return ReportFile(descriptor: descriptor, destination: self, temporary: nil)
        case .replaceAtomically:
            return try openTemporary()
        }
    }

    private func openTemporary() throws(Failure) -> ReportFile {
        let folder = Self.folder(of: target)
        if status != nil && access(target, W_OK) != 0 {
            throw Self.cannot(path, "permission denied: the file is read-only for you")
        }
        let mode: mode_t
        if let status {
            mode = status.st_mode & 0o777
        } else {
            let mask = umask(0o022)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        for _ in 0..<100 {
            let name = ".erqi-" + String((0..<12).map { _ in letters.randomElement(using: &generator) ?? "x" })
            let temporary = folder == "/" ? "/" + name : folder + "/" + name
            guard TemporaryFileCleanup.arm(temporary) else { throw Self.cannot(path, "the path is too long") }
            let descriptor = systemOpen(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                let code = errno
                TemporaryFileCleanup.disarm()
                if code == EEXIST || code == EINTR { continue }
                if code == EACCES || code == EPERM {
                    throw Self.cannot(path, "permission denied: cannot create a file in the folder \(folder)")
                }
                throw Self.cannot(path, SystemErrorText.words(code))
            }
            let file = ReportFile(descriptor: descriptor, destination: self, temporary: temporary)
            if fchmod(descriptor, mode) != 0 {
                let code = errno
                file.discard()
                throw Self.cannot(path, SystemErrorText.words(code))
            }
            if let status, geteuid() == 0, status.st_uid != geteuid() || status.st_gid != getegid() {
                // Keep the owner of a report replaced by root; if the file system refuses, root owns it.
                _ = fchown(descriptor, status.st_uid, status.st_gid)
            }
            return file
        }
        throw Self.cannot(path, "cannot find a free temporary name in \(folder)")
    }

    /// Refuses a path whose folder is missing or is not a folder.
    private static func checkFolder(of target: String, for path: String) throws(Failure) {
        if target.hasSuffix("/") { throw cannot(path, "it ends with /, so it names a folder; name a file") }
        let folder = folder(of: target)
        var info = stat()
        if stat(folder, &info) != 0 {
            let code = errno
            if code == ENOENT { throw cannot(path, "the folder \(folder) does not exist") }
            throw cannot(path, "cannot look at the folder \(folder): \(SystemErrorText.words(code))")
        }
        if info.st_mode & S_IFMT != S_IFDIR { throw cannot(path, "\(folder) is not a folder") }
    }

    private static func retryingInterrupts(_ path: String, _ call: () -> Int32) throws(Failure) -> Int32 {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code != EINTR { throw cannot(path, SystemErrorText.words(code)) }
        }
    }

    /// A failure with exit 74: "erqi: cannot write PATH: REASON".
    static func cannot(_ path: String, _ reason: String) -> Failure {
        Failure(message: "erqi: cannot write \(path): \(reason)", code: .ioError)
    }
}

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Darwin)
        return Darwin.open(path, flags, mode)
    #elseif canImport(Musl)
        return Musl.open(path, flags, mode)
    #else
        return Glibc.open(path, flags, mode)
    #endif
}
