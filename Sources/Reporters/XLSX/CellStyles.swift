/// The cell formats of a workbook (`xl/styles.xml`): the default, bold headers, dates, and one number format per
/// unit, added as the rows need them so that the same scorecard always gives the same file.
struct CellStyles {
    /// The default cell format.
    static let plain = 0
    /// Bold header text.
    static let header = 1
    /// Days, `yyyy-mm-dd`.
    static let date = 2

    /// The number format codes of the formats after the fixed ones, in order of first use.
    private var numberFormats: [String] = []
    private var indexByFormat: [String: Int] = [:]

    /// The first id free for a custom number format (ids below 164 are built in).
    private static let firstCustomFormatID = 164

    /// Creates the fixed formats.
    init() {}

    /// The cell format index for a number format code, added on first use.
    /// - Parameter formatCode: An Excel number format code such as `0.0%`.
    /// - Returns: The index to write in a cell's `s` attribute.
    mutating func style(numberFormat formatCode: String) -> Int {
        if let index = indexByFormat[formatCode] { return index }
        numberFormats.append(formatCode)
        let index = Self.date + numberFormats.count
        indexByFormat[formatCode] = index
        return index
    }

    /// The styles part.
    var xml: String {
        // Format 164 is the date format; the number formats follow from 165.
        let formats = ["yyyy-mm-dd"] + numberFormats
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        xml += "<numFmts count=\"\(formats.count)\">"
        for (offset, code) in formats.enumerated() {
            xml += "<numFmt numFmtId=\"\(Self.firstCustomFormatID + offset)\" "
            xml += "formatCode=\"\(SpreadsheetXML.escaped(code))\"/>"
        }
        xml += "</numFmts>"
        xml += """
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            """
        xml += "<cellXfs count=\"\(2 + formats.count)\">"
        xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        xml += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        for offset in formats.indices {
            xml += "<xf numFmtId=\"\(Self.firstCustomFormatID + offset)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
            xml += "xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "</styleSheet>"
        return xml
    }
}
