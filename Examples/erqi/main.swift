#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let status: Int32
switch arguments.first {
case "parse":
    status = ParseCommand.run(Array(arguments.dropFirst()))
default:
    var standardError = FileHandleOutput.standardError
    standardError.write("usage: erqi parse [TEXT …]\n")
    status = 64
}
exit(status)
