/// Makes data text safe for a terminal: no control characters, no escape sequences, no bidi overrides.
enum TerminalText {
    /// Replaces tabs and line breaks by spaces and other control characters by `?`, and drops bidirectional
    /// embedding, override and isolate controls, so data can neither move the cursor nor reorder columns.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                result.append("?")
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
