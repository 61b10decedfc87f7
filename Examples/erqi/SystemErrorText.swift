#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain words for the `errno` values a file operation can end with, for messages that name the file.
enum SystemErrorText {
    /// What went wrong, in words that complete "cannot write FILE: …".
    /// - Parameter code: An `errno` value.
    /// - Returns: For example "the disk is full" for `ENOSPC`; the C library's text for a rare code.
    static func words(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EFBIG: return "the file would be larger than the system allows (see ulimit -f)"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "too many symbolic links"
        case EIO: return "the device reported an input/output error"
        case EPIPE: return "the reader has closed the pipe"
        case EBADF: return "it is not open for writing"
        case ENXIO: return "no device or reader is there"
        case ETXTBSY: return "the file is a running program"
        default:
            guard let text = strerror(code) else { return "system error \(code)" }
            return String(cString: text).lowercased()
        }
    }
}
