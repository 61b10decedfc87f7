import ErqiReporting

/// Makes data text safe for a terminal: no control characters, no escape sequences, no bidi overrides.
enum TerminalText {
    /// The base a text gets when it starts with a mark that would otherwise join what is written before it.
    static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    /// Replaces tabs and line breaks by spaces, and shows every other terminal control character (C0, DEL, C1,
    /// ESC of an escape sequence, bidirectional controls) as its code point, `\u{1B}`, with
    /// `TerminalSafeText/escaped(_:)`, so data can neither move the cursor nor reorder columns, and the reader
    /// sees that the character is there.
    ///
    /// A text that starts with a combining mark, a variation selector or a joiner gets U+25CC DOTTED CIRCLE
    /// before it, the usual base for showing such a mark alone. Without it the mark would join the space
    /// or margin written before the text into one character, whose width is not the sum of the two that
    /// were measured (a space followed by U+FE0F counts two columns), and the line would be wider than its
    /// columns say. For the same reason a text that ends with a prepended mark (U+0600 …), which would join
    /// the space after it, gets the circle after it.
    static func clean(_ text: String) -> String {
        // Text of scalars that each stand alone has no line breaks, controls, or mark to show on a dotted circle.
        if text.unicodeScalars.allSatisfy(DisplayWidth.standsAlone) { return text }
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                spaced.append(" ")
            default:
                spaced.append(scalar)
            }
        }
        var result = TerminalSafeText.escaped(String(spaced)).unicodeScalars
        if let first = result.first, (" " + String(String.UnicodeScalarView([first]))).count == 1 {
            result.insert(dottedCircle, at: result.startIndex)
        }
        if let last = result.last, (String(String.UnicodeScalarView([last])) + " ").count == 1 {
            result.append(dottedCircle)
        }
        return String(result)
    }
}
