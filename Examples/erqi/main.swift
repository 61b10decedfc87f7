// erqi: the command-line program. With no arguments it prints the scorecard of the bundled dataset.
import ErqiCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let status: ExitCode
switch arguments.first {
case "parse":
    status = ExitCode(rawValue: ParseCommand.run(Array(arguments.dropFirst()))) ?? .dataError
case "check":
    status = CheckCommand.run(Array(arguments.dropFirst()))
case "list":
    status = ListCommand.run(Array(arguments.dropFirst()))
default:
    status = await ScorecardCommand.run(arguments)
}
exit(status.rawValue)
