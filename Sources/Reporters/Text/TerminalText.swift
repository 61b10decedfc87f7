/// Makes data text safe for a terminal: no control characters, no escape sequences, no bidi overrides.
enum TerminalText {
    /// The base a text gets when it starts with a mark that would otherwise join what is written before it.
    static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    /// Replaces tabs and line breaks by spaces and other control characters by `?`, and drops bidirectional
    /// embedding, override and isolate controls, so data can neither move the cursor nor reorder columns.
    ///
    /// A text that starts with a combining mark, a variation selector or a joiner gets U+25CC DOTTED CIRCLE
    /// before it, the usual base for showing such a mark alone. Without it the mark would join the space
    /// or margin written before the text into one character, whose width is not the sum of the two that
    /// were measured (a space followed by U+FE0F counts two columns), and the line would be wider than its
    /// columns say. For the same reason a text that ends with a prepended mark (U+0600 …), which would join
    /// the space after it, gets the circle after it.
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
        if let first = result.first, (" " + String(String.UnicodeScalarView([first]))).count == 1 {
            result.insert(dottedCircle, at: result.startIndex)
        }
        if let last = result.last, (String(String.UnicodeScalarView([last])) + " ").count == 1 {
            result.append(dottedCircle)
        }
        return String(result)
    }
}
