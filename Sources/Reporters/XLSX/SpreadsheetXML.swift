/// Escaping of text for the XML parts of a workbook.
enum SpreadsheetXML {
    /// Escapes text for element content or a double-quoted attribute.
    ///
    /// - `&`, `<`, `>` and `"` become entities.
    /// - CR becomes `&#13;`, which an XML reader keeps (a literal CR would be read as a line feed).
    /// - Characters that XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) become
    ///   `_xHHHH_`, the escape Office Open XML defines for them (ECMA-376, ST_Xstring), so the file stays
    ///   well-formed and Excel shows the original character.
    /// - An underscore that would start such an escape is written `_x005F_`, so text that happens to read
    ///   `_x0041_` comes back unchanged rather than as `A`.
    /// - Parameter text: Text from data.
    /// - Returns: The escaped text.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "_" where startsEscapePattern(scalars, at: position): result += "_x005F_"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "_x" + hex4(scalar.value) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Whether the scalars from `position` read `_xHHHH_` (four hexadecimal digits).
    private static func startsEscapePattern(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + 6 < scalars.count, scalars[position + 1] == "x" || scalars[position + 1] == "X",
            scalars[position + 6] == "_"
        else { return false }
        return scalars[(position + 2)...(position + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Four upper-case hexadecimal digits.
    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether text needs `xml:space="preserve"` to keep its leading or trailing white space or line breaks.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
            || text.unicodeScalars.contains { $0 == "\n" || $0 == "\t" }
    }

    /// The column letters of a 0-based column index: 0 is `A`, 26 is `AA`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
