// erqi: the command-line program. With no arguments it prints the scorecard of the bundled dataset.
import ErqiCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// A closed pipe and a file-size limit become write errors that erqi reports (EPIPE: a quiet 141; EFBIG: exit 74
// with a message), instead of signals that end the program in the middle of a write.
_ = signal(SIGPIPE, SIG_IGN)
_ = signal(SIGXFSZ, SIG_IGN)

let arguments = Array(CommandLine.arguments.dropFirst())
let status: ExitCode
switch arguments.first {
case "parse":
    status = ParseCommand.run(Array(arguments.dropFirst()))
case "draft":
    status = DraftCommand.run(Array(arguments.dropFirst()))
case "check":
    status = CheckCommand.run(Array(arguments.dropFirst()))
case "list":
    status = ListCommand.run(Array(arguments.dropFirst()))
case "series":
    status = await SeriesCommand.run(Array(arguments.dropFirst()))
case "diff":
    status = await DiffCommand.run(Array(arguments.dropFirst()))
case "compare":
    status = await CompareCommand.run(Array(arguments.dropFirst()))
default:
    status = await ScorecardCommand.run(arguments)
}
exit(status.rawValue)
