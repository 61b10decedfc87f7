/// The exit codes of `erqi`, from BSD's sysexits.
enum ExitCode: Int32 {
    /// Success.
    case success = 0
    /// The command line is wrong (EX_USAGE).
    case usage = 64
    /// The input data is wrong (EX_DATAERR).
    case dataError = 65
    /// A file could not be read or written (EX_IOERR).
    case ioError = 74
}
