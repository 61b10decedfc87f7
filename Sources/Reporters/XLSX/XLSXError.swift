/// Why a scorecard cannot be written as a workbook.
public enum XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A part or the whole archive passes the limits of a ZIP file without ZIP64 (4 GiB, 65,535 entries).
    case archiveTooLarge(String)
    /// More rows than a worksheet holds (1,048,576 with the header).
    case tooManyRows(sheet: String, rows: Int)
    /// A text longer than a cell holds (32,767 UTF-16 code units), at a 1-based row and a column name.
    case cellTooLong(sheet: String, row: Int, column: String)

    /// The problem in plain words.
    public var description: String {
        switch self {
        case .archiveTooLarge(let part):
            return "the workbook is too large for a ZIP file without ZIP64 (at \(part)); write CSV instead"
        case .tooManyRows(let sheet, let rows):
            return
                "sheet \(sheet) would need \(rows) rows, more than the 1,048,576 a worksheet holds; write CSV instead"
        case .cellTooLong(let sheet, let row, let column):
            return
                "sheet \(sheet), row \(row), column \(column): the text is longer than the 32,767 characters a cell holds"
        }
    }
}
