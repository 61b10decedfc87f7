/// Text from a plan file made safe to print in a message: every character a reader could not see or tell apart
/// (controls, format characters such as U+200B, separators other than the plain space) is written by its code
/// point and name, `<U+200B ZERO WIDTH SPACE>`.
public enum VisibleText {
    /// The text with every invisible character named.
    /// - Parameter text: The text, as read from a file.
    /// - Returns: The same text when every character is visible.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result += "<\(name(scalar))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar cannot be seen, or looks like another one, when printed.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: true
        case .spaceSeparator: scalar != " "
        default: false
        }
    }

    /// `U+200B ZERO WIDTH SPACE`: the code point and, when Unicode gives one, the name.
    /// - Parameter scalar: The scalar.
    /// - Returns: Its code point and name.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        var hex = String(scalar.value, radix: 16, uppercase: true)
        if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? controlNames[scalar.value]
        return name.map { "U+\(hex) \($0)" } ?? "U+\(hex)"
    }

    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x09: "CHARACTER TABULATION", 0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
        0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
    ]
}
