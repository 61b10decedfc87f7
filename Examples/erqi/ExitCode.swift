/// The exit codes of `erqi`, from BSD's sysexits, and the shell's for signals.
enum ExitCode: Int32, Error {
    /// Success.
    case success = 0
    /// The command line is wrong (EX_USAGE).
    case usage = 64
    /// The input data is wrong (EX_DATAERR).
    case dataError = 65
    /// A file could not be read or written, standard output included (EX_IOERR).
    case ioError = 74
    /// The reader of standard output (or of an output FIFO) closed it, as in `erqi | head`: the status a shell
    /// shows for a program ended by SIGPIPE (128 + 13), given without a message.
    case brokenPipe = 141
}
