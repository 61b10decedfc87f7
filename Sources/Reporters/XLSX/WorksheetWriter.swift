/// Builds the XML of one worksheet row by row: inline strings, numbers with a style, dates as serial numbers,
/// a frozen, filtered header row and column widths that fit the text (CJK characters count twice).
struct WorksheetWriter {
    /// One cell's content.
    enum Cell {
        /// No cell.
        case empty
        /// Text from data: always an inline string, never a formula.
        case text(String)
        /// A number as plain decimal text, with the index of its cell format.
        case number(String, style: Int)
        /// A day, written as a spreadsheet serial number with the date format.
        case date(dayNumber: Int, style: Int)
        /// Header text, in bold.
        case header(String, style: Int)
    }

    /// The sheet's name, for error messages.
    let name: String
    private var rows = ""
    private var rowCount = 0
    private var widths: [Int] = []

    /// The most rows a worksheet holds.
    static let maximumRows = 1_048_576
    /// The most UTF-16 code units a cell holds.
    static let maximumCellLength = 32_767
    /// Excel's serial number of 1970-01-01 (day 0 of ``ErqiCore/CalendarDate/dayNumber``), in the 1900 date
    /// system.
    static let serialOfUnixEpoch = 25_569

    /// Starts an empty sheet.
    /// - Parameter name: The sheet's name.
    init(name: String) {
        self.name = name
        rows.reserveCapacity(1 << 16)
    }

    /// Appends a row.
    /// - Parameter cells: The cells, from column A on.
    /// - Throws: ``XLSXError/tooManyRows(sheet:rows:)`` or ``XLSXError/cellTooLong(sheet:row:column:)``.
    mutating func append(_ cells: [Cell]) throws(XLSXError) {
        rowCount += 1
        guard rowCount <= Self.maximumRows else { throw .tooManyRows(sheet: name, rows: rowCount) }
        if widths.count < cells.count { widths += Array(repeating: 0, count: cells.count - widths.count) }
        rows += "<row r=\"\(rowCount)\">"
        for (column, cell) in cells.enumerated() {
            let reference = SpreadsheetXML.columnName(column) + String(rowCount)
            switch cell {
            case .empty:
                continue
            case .text(let text):
                try appendInlineString(text, reference: reference, style: nil, column: column)
            case .header(let text, let style):
                try appendInlineString(text, reference: reference, style: style, column: column)
            case .number(let value, let style):
                rows += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value)</v></c>"
                widths[column] = max(widths[column], min(value.utf8.count, 16) + 4)
            case .date(let dayNumber, let style):
                rows += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(dayNumber + Self.serialOfUnixEpoch)</v></c>"
                widths[column] = max(widths[column], 11)
            }
        }
        rows += "</row>"
    }

    private mutating func appendInlineString(
        _ text: String, reference: String, style: Int?, column: Int
    ) throws(XLSXError) {
        guard text.utf16.count <= Self.maximumCellLength else {
            throw .cellTooLong(sheet: name, row: rowCount, column: SpreadsheetXML.columnName(column))
        }
        let styleAttribute = style.map { " s=\"\($0)\"" } ?? ""
        let space = SpreadsheetXML.needsPreserve(text) ? " xml:space=\"preserve\"" : ""
        rows += "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t\(space)>"
        rows += SpreadsheetXML.escaped(text)
        rows += "</t></is></c>"
        widths[column] = max(widths[column], Self.displayWidth(text))
    }

    /// The whole worksheet part.
    var xml: String {
        let lastColumn = SpreadsheetXML.columnName(max(widths.count, 1) - 1)
        let range = "A1:\(lastColumn)\(max(rowCount, 1))"
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <dimension ref="\(range)"/>\
            <sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>
            """
        if !widths.isEmpty {
            xml += "<cols>"
            for (column, width) in widths.enumerated() {
                let fitted = min(max(width + 2, 8), 60)
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(fitted)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + rows + "</sheetData>"
        xml += "<autoFilter ref=\"\(range)\"/>"
        xml += "</worksheet>"
        return xml
    }

    /// The columns a text takes in a spreadsheet: two for East Asian wide characters, one for the rest; the
    /// longest line of a text with line breaks.
    static func displayWidth(_ text: String) -> Int {
        var widest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, current)
                current = 0
            } else {
                current += isWide(scalar) ? 2 : 1
            }
        }
        return max(widest, current)
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
