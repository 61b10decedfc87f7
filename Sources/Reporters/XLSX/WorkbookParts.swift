/// The fixed XML parts of a workbook with two sheets: content types, relationships and the workbook.
enum WorkbookParts {
    /// `[Content_Types].xml`.
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/worksheets/sheet2.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        </Types>
        """

    /// `_rels/.rels`: the package's main part is the workbook.
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    /// `xl/_rels/workbook.xml.rels`: the two sheets and the styles.
    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet2.xml"/>\
        <Relationship Id="rId3" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/></Relationships>
        """

    /// `xl/workbook.xml` with two sheets.
    static func workbook(sheetNames: [String]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
        for (offset, name) in sheetNames.enumerated() {
            xml +=
                "<sheet name=\"\(SpreadsheetXML.escaped(name))\" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>"
        }
        xml += "</sheets></workbook>"
        return xml
    }

    /// The whole workbook of two sheets: the fixed parts, the styles and the sheets, in a fixed order.
    /// - Parameters:
    ///   - sheets: The two sheets, in order; their names are the sheets' names in the workbook.
    ///   - names: The sheets' names.
    ///   - styles: The cell formats the sheets use.
    /// - Returns: The bytes of the `.xlsx` file.
    /// - Throws: ``XLSXError/archiveTooLarge(_:)`` past the ZIP limits.
    static func archive(
        _ sheets: (WorksheetWriter, WorksheetWriter), names: [String], styles: CellStyles
    ) throws(XLSXError) -> [UInt8] {
        var archive = ZIPArchiveWriter()
        try archive.add("[Content_Types].xml", Array(contentTypes.utf8))
        try archive.add("_rels/.rels", Array(packageRelationships.utf8))
        try archive.add("xl/workbook.xml", Array(workbook(sheetNames: names).utf8))
        try archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
        try archive.add("xl/styles.xml", Array(styles.xml.utf8))
        try archive.add("xl/worksheets/sheet1.xml", Array(sheets.0.xml.utf8))
        try archive.add("xl/worksheets/sheet2.xml", Array(sheets.1.xml.utf8))
        return try archive.finish()
    }
}
