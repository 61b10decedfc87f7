/// `erqi parse`: prints each quantity found in the text as one JSON object per line (filled in by issue 3).
enum ParseCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var error = FileHandleOutput.standardError
        error.write("erqi parse: not implemented yet\n")
        return 70
    }
}
