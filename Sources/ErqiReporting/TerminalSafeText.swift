/// Makes text safe to print on a terminal, showing every character that could control the terminal as visible
/// text.
///
/// Data (ids, titles, file names, values) reaches a terminal in reports, listings and error messages. A raw
/// ESC starts an escape sequence (colours, cursor moves, OSC 0 sets the window title, OSC 52 writes the
/// clipboard), BEL rings, CR returns to the start of the line and overwrites it, the 8-bit C1 controls (U+0080 …
/// U+009F, such as U+009B CSI) start sequences on some terminals, and bidirectional controls reorder the text
/// around them, so that what is shown is not what is there. ``escaped(_:)`` writes each such character as its
/// code point, `\u{1B}`, so that the reader sees that it is there and the terminal does nothing with it.
///
/// ```swift
/// TerminalSafeText.escaped("\u{1B}]0;owned\u{07}title")  // "\\u{1B}]0;owned\\u{07}title"
/// ```
public enum TerminalSafeText {
    /// Writes every terminal control character of a text as its code point in the form `\u{1B}`.
    ///
    /// The form is Swift's: a backslash, `u`, and the code point in upper-case hexadecimal, at least two digits,
    /// between braces. It is ASCII, one column per character, and the same in every font and terminal. The
    /// characters escaped are:
    /// - the C0 controls U+0000 … U+001F, tab, line feed and carriage return included (a caller that wants line
    ///   breaks splits its text into lines first), and DEL U+007F;
    /// - the C1 controls U+0080 … U+009F;
    /// - the line and paragraph separators U+2028 and U+2029;
    /// - the bidirectional controls: U+061C ARABIC LETTER MARK, U+200E and U+200F (marks), U+202A … U+202E
    ///   (embeddings and overrides) and U+2066 … U+2069 (isolates).
    ///
    /// Everything else, Chinese, other scripts, emoji and combining marks included, is kept as it is. An escape
    /// sequence loses its ESC and shows as text: `ESC [31m` becomes `\u{1B}[31m`. A backslash already in the text
    /// is kept, so the result is for reading, not for decoding back.
    /// - Parameter text: Any text.
    /// - Returns: The text with every character listed above written as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: "\\u{\(hex.count < 2 ? "0" + hex : hex)}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
