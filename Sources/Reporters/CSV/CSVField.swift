/// One CSV field: text from data (neutralised against formula injection) or a number (never altered).
public struct CSVField: Sendable, Hashable {
    /// What a field holds, for writers of typed formats (spreadsheets) that keep numbers and dates apart from text.
    public enum Kind: Sendable, Hashable {
        /// Nothing.
        case empty
        /// Text from data; ``cell`` is neutralised, ``text`` is the original.
        case text
        /// A number as exact plain decimal text.
        case number
        /// A day as `YYYY-MM-DD`.
        case date
    }

    /// The cell as a CSV reader gives it back: neutralised, not quoted.
    public let cell: String
    /// What the field holds.
    public let kind: Kind

    private init(cell: String, kind: Kind) {
        self.cell = cell
        self.kind = kind
    }

    /// The field's content before neutralisation: the text from data, or the number or date as written.
    public var text: String { kind == .text ? Self.restored(cell) : cell }

    /// An empty field.
    public static let empty = CSVField(cell: "", kind: .empty)

    /// A text field, neutralised by ``neutralised(_:)``.
    /// - Parameter value: The text from data.
    /// - Returns: The field.
    public static func text(_ value: String) -> CSVField { CSVField(cell: neutralised(value), kind: .text) }

    /// A numeric field, written as given: `-15` stays `-15`.
    /// - Parameter value: Plain decimal text.
    /// - Returns: The field.
    public static func number(_ value: String) -> CSVField { CSVField(cell: value, kind: .number) }

    /// A date field (`YYYY-MM-DD`), written as given.
    /// - Parameter value: The date text.
    /// - Returns: The field.
    static func date(_ value: String) -> CSVField { CSVField(cell: value, kind: .date) }

    /// The field as written in a record: quoted when it holds a comma, quote, CR or LF, or when it was
    /// neutralised; quotes inside doubled.
    public var quoted: String {
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingQuotes() + "\""
    }

    /// Whether the cell must be quoted: it holds a comma, a quote, CR or LF, or starts with `'`. Read by UTF-8
    /// byte, since those are ASCII and never part of a longer sequence.
    var needsQuotes: Bool {
        cell.utf8.first == UInt8(ascii: "'")
            || cell.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
    }

    /// Appends the cell as written in a CSV line, quoted when needed.
    func appendQuoted(to line: inout String) {
        guard needsQuotes else {
            line += cell
            return
        }
        line += "\""
        line += cell.replacingQuotes()
        line += "\""
    }

    /// Neutralises a text cell against CSV injection (OWASP): a cell that begins with `=`, `+`, `-`, `@`, a tab,
    /// CR, LF or an apostrophe gets a leading apostrophe. Undo it with ``restored(_:)``.
    /// - Parameter text: The text.
    /// - Returns: The text, maybe with a leading apostrophe.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r", "\n", "'": return "'" + text
        default: return text
        }
    }

    /// Undoes ``neutralised(_:)`` on a text cell read back.
    /// - Parameter cell: The cell as read.
    /// - Returns: The original text.
    public static func restored(_ cell: String) -> String {
        cell.hasPrefix("'") ? String(cell.dropFirst()) : cell
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        // By scalar, not by Character: a quote followed by a combining mark is one Character that is not
        // equal to a quote, and it must still be doubled.
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\"" { result.append("\"") }
            result.append(scalar)
        }
        return String(result)
    }
}
