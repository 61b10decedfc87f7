import ErqiCSVReporter
import ErqiCore
import ErqiReporting
import Foundation
import Testing

@testable import ErqiXLSXReporter

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A reader of the stored ZIP archives the workbook reporter writes, independent of its writer: it walks the
/// local headers, checks every size and the central directory's count, and returns the parts by name.
enum StoredZIP {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parts(_ bytes: [UInt8]) throws -> [(name: String, bytes: [UInt8], crc: UInt32)] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }
        var parts: [(name: String, bytes: [UInt8], crc: UInt32)] = []
        var offset = 0
        while offset + 30 <= bytes.count, u32(offset) == 0x0403_4B50 {
            guard u16(offset + 8) == 0 else { throw Malformed(description: "entry at \(offset) is not stored") }
            let crc = u32(offset + 14)
            let size = Int(u32(offset + 18))
            guard size == Int(u32(offset + 22)) else { throw Malformed(description: "sizes differ at \(offset)") }
            let nameLength = u16(offset + 26)
            let extraLength = u16(offset + 28)
            let start = offset + 30 + nameLength + extraLength
            guard start + size <= bytes.count else { throw Malformed(description: "entry past the end") }
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            parts.append((name, Array(bytes[start..<(start + size)]), crc))
            offset = start + size
        }
        guard let end = bytes.indices.dropLast(21).last(where: { u32($0) == 0x0605_4B50 }) else {
            throw Malformed(description: "no end of central directory")
        }
        guard u16(end + 10) == parts.count else { throw Malformed(description: "central directory count") }
        return parts
    }
}

/// The cells of a worksheet part, read with Foundation's XML parser: `[reference: (type, style, value)]`.
final class WorksheetCells: NSObject, XMLParserDelegate {
    struct Cell: Equatable {
        var type: String?
        var style: Int?
        var value: String
    }

    private(set) var cells: [String: Cell] = [:]
    private(set) var elements: Set<String> = []
    private var current: (reference: String, type: String?, style: Int?)?
    private var text = ""
    private var inValue = false

    static func read(_ bytes: [UInt8]) throws -> WorksheetCells {
        let reader = WorksheetCells()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        guard parser.parse() else {
            throw StoredZIP.Malformed(description: "XML: \(parser.parserError.map(String.init(describing:)) ?? "?")")
        }
        return reader
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.insert(name)
        switch name {
        case "c":
            current = (attributes["r"] ?? "", attributes["t"], attributes["s"].flatMap { Int($0) })
            text = ""
        case "v", "t":
            inValue = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            inValue = false
        case "c":
            if let current {
                cells[current.reference] = Cell(type: current.type, style: current.style, value: Self.unescaped(text))
            }
            current = nil
        default:
            break
        }
    }

    /// Decodes Office's `_xHHHH_` escapes as a spreadsheet program does.
    static func unescaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var position = 0
        while position < scalars.count {
            if scalars[position] == "_", position + 6 < scalars.count, scalars[position + 1] == "x",
                scalars[position + 6] == "_",
                let value = UInt32(
                    String(String.UnicodeScalarView(scalars[(position + 2)...(position + 5)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(scalar)
                position += 7
            } else {
                result.append(scalars[position])
                position += 1
            }
        }
        return String(result)
    }

    /// The row of cells `1...columns` of a 1-based row, `nil` where there is no cell.
    func row(_ row: Int, columns: Int) -> [Cell?] {
        (0..<columns).map { cells[SpreadsheetXML.columnName($0) + String(row)] }
    }
}

struct XLSXTests {
    @Test func crcOfTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(SpreadsheetXML.columnName(index) == name)
    }

    @Test(arguments: [
        ("a<b & \"c\">", "a&lt;b &amp; &quot;c&quot;&gt;"),
        ("esc\u{1B}[31m", "esc_x001B_[31m"),
        ("cr\rlf\n", "cr&#13;lf\n"),
        ("_x0041_", "_x005F_x0041_"),
        ("_x41_", "_x41_"),
        ("\u{FFFE}", "_xFFFE_"),
        ("二七区", "二七区"),
    ])
    func escapesTextForXML(text: String, escaped: String) {
        #expect(SpreadsheetXML.escaped(text) == escaped)
    }

    @Test func partsAreStoredWithRightChecksumsAndFixedOrder() throws {
        let bytes = try XLSXReporter().workbook(ReporterFixtures.erqi2020)
        let parts = try StoredZIP.parts(bytes)
        #expect(
            parts.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        for part in parts {
            #expect(CRC32.checksum(part.bytes) == part.crc, "\(part.name)")
            _ = try WorksheetCells.read(part.bytes)  // every part is well-formed XML
        }
    }

    @Test func targetCellsAreTheCSVCellsWithNumbersAsNumbers() throws {
        for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
            let parts = try StoredZIP.parts(try XLSXReporter().workbook(scorecard))
            let sheet = try WorksheetCells.read(
                try #require(parts.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes)
            let columns = CSVReporter.columns
            #expect(
                sheet.row(1, columns: columns.count).map { $0?.value }
                    == columns.map { TargetColumnLabel(rawValue: $0)?.text(in: .zh) })
            var rows: [[CSVField]] = []
            CSVReporter().forEachRow(scorecard) { rows.append($0) }
            #expect(rows.count == scorecard.allTargetEvaluations.count)
            var numbers = 0
            for (offset, fields) in rows.enumerated() {
                let cells = sheet.row(offset + 2, columns: columns.count)
                for (column, (field, cell)) in zip(columns, zip(fields, cells)) {
                    switch field.kind {
                    case .empty:
                        #expect(cell == nil)
                    case .text where Self.codeColumns.contains(column):
                        #expect(cell?.type == "inlineStr")
                        #expect(cell?.value != field.text, "\(column) \(field.text) is not in words")
                    case .text:
                        #expect(cell?.type == "inlineStr")
                        #expect(cell?.value == field.text)
                    case .number:
                        numbers += 1
                        #expect(cell?.type == nil)
                        #expect(cell?.value == field.cell)
                    case .date:
                        let day = try CalendarDate(iso: field.cell)
                        #expect(cell?.value == String(day.dayNumber + 25_569))
                        #expect(cell?.style == CellStyles.date)
                    }
                }
            }
            #expect(numbers > 0)
            #expect(!sheet.elements.contains("f"), "no formula anywhere")
        }
    }

    /// The columns whose CSV cells are codes, which the workbook writes in words.
    static let codeColumns: Set<String> = [
        "status", "status_reason", "comparator", "original_comparator", "target_unit", "baseline_unit", "actual_unit",
        "actual_approximation", "actual_quality", "progress_approximation", "shortfall_approximation", "data_is_stale",
        "issues",
    ]

    /// The words the workbook writes for the codes of the fixed scorecard, spelt out here rather than taken from
    /// the label tables.
    static let codeWords: [Language: [String: String]] = [
        .zh: [
            "achieved": "达成", "missed": "未达成", "onTrack": "正常", "offTrack": "落后", "atRisk": "有风险",
            "ahead": "超前", "noData": "无数据", "notComparable": "不可比", "undetermined": "待定",
            "incompleteData": "数据不全", "atLeast": "不低于", "atMost": "不高于", "between": "介于", "exactly": "等于",
            "exact": "准确数", "moreThan": "多于", "nearly": "接近但不足", "about": "约数", "final": "最终",
            "preliminary": "预计", "estimate": "估计", "true": "是", "false": "否", "CNY": "元", "percent": "百分比",
            "pp": "百分点", "count:个": "个", "count:户": "户", "count:项": "项", "count:所": "所", "count": "个",
            "count:人": "人", "km": "公里", "m2": "平方米", "pending": "未开始",
        ],
        .en: [
            "achieved": "achieved", "missed": "missed", "onTrack": "on track", "offTrack": "off track",
            "atRisk": "at risk", "ahead": "ahead", "noData": "no data", "notComparable": "not comparable",
            "undetermined": "undetermined", "incompleteData": "incomplete data", "atLeast": "at least",
            "atMost": "at most", "between": "between", "exactly": "exactly", "exact": "exact", "moreThan": "more than",
            "nearly": "nearly", "about": "about", "final": "final", "preliminary": "preliminary",
            "estimate": "estimate",
            "true": "yes", "false": "no", "CNY": "yuan", "percent": "percent", "pp": "percentage points",
            "count:个": "count", "count:户": "households", "count:项": "count", "count:所": "count", "count": "count",
            "count:人": "people", "km": "km", "m2": "m²", "pending": "pending",
        ],
    ]

    @Test(arguments: [Language.zh, .en])
    func codesAreWrittenInTheWordsOfTheLanguage(language: Language) throws {
        let scorecard = ReporterFixtures.erqi2020
        let parts = try StoredZIP.parts(
            try XLSXReporter(options: ReportOptions(language: language)).workbook(scorecard))
        let sheet = try WorksheetCells.read(try #require(parts.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes)
        let columns = CSVReporter.columns
        let words = try #require(Self.codeWords[language])
        var checked = 0
        for (offset, cells) in CSVReporter().rows(scorecard).enumerated() {
            let row = sheet.row(offset + 2, columns: columns.count)
            for (position, code) in cells.enumerated()
            where Self.codeColumns.contains(columns[position]) && columns[position] != "status_reason"
                && columns[position] != "issues" && !code.isEmpty
            {
                #expect(words[code] != nil, "no expected word for \(code)")
                #expect(row[position]?.value == words[code], "\(columns[position]) \(code)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func moneyPercentagesAndCountsGetTheirNumberFormats() throws {
        let parts = try StoredZIP.parts(try XLSXReporter().workbook(ReporterFixtures.erqi2020))
        let styles = String(decoding: try #require(parts.first { $0.name == "xl/styles.xml" }).bytes, as: UTF8.self)
        #expect(styles.contains("formatCode=\"#,##0.####&quot;元&quot;\""))
        #expect(styles.contains("formatCode=\"0.0%\""))
        #expect(styles.contains("formatCode=\"yyyy-mm-dd\""))
        let english = try StoredZIP.parts(
            try XLSXReporter(options: ReportOptions(language: .en)).workbook(ReporterFixtures.erqi2020))
        let englishStyles = String(
            decoding: try #require(english.first { $0.name == "xl/styles.xml" }).bytes, as: UTF8.self)
        #expect(englishStyles.contains("&quot; yuan&quot;"))
        #expect(!englishStyles.unicodeScalars.contains { $0.value >= 0x2E80 && $0.value <= 0x9FFF })
        let workbook = String(
            decoding: try #require(english.first { $0.name == "xl/workbook.xml" }).bytes, as: UTF8.self)
        #expect(workbook.contains("name=\"Targets\"") && workbook.contains("name=\"Sources\""))
    }

    @Test func headerIsFrozenAndFilteredAndWidthsFitCJK() throws {
        let parts = try StoredZIP.parts(try XLSXReporter().workbook(ReporterFixtures.erqi2020))
        let sheet = String(
            decoding: try #require(parts.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes, as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:"))
        #expect(WorksheetWriter.displayWidth("老旧小区改造") == 12)
        #expect(WorksheetWriter.displayWidth("ab\n二七") == 4)
    }

    @Test func sourcesSheetListsEverySource() throws {
        let scorecard = ReporterFixtures.erqi2020
        let parts = try StoredZIP.parts(try XLSXReporter().workbook(scorecard))
        let sheet = try WorksheetCells.read(try #require(parts.first { $0.name == "xl/worksheets/sheet2.xml" }).bytes)
        #expect(sheet.row(1, columns: 5).map { $0?.value } == ["来源编号", "标题", "发布日期", "文件", "说明"])
        for (offset, source) in scorecard.sources.enumerated() {
            let row = sheet.row(offset + 2, columns: 5)
            #expect(row[0]?.value == source.id.rawValue)
            #expect(row[1]?.value == source.title.zh)
            #expect(row[2]?.value == source.publishedOn.map { String($0.dayNumber + 25_569) })
        }
    }

    @Test func sameScorecardSameBytes() throws {
        let first = try XLSXReporter().workbook(ReporterFixtures.hostile)
        let second = try XLSXReporter().workbook(ReporterFixtures.hostile)
        #expect(first == second)
    }

    @Test func aTextLongerThanACellHoldsIsAnError() throws {
        var sheet = WorksheetWriter(name: "目标")
        #expect(throws: XLSXError.cellTooLong(sheet: "目标", row: 1, column: "B")) {
            try sheet.append([.text("ok"), .text(String(repeating: "x", count: 32_768))])
        }
    }

    @Test(arguments: [
        ("0", true), ("-15", true), ("3.25", true), ("-0.5", true), ("", false), ("-", false), ("1.", false),
        (".5", false), ("1e5", false), ("1,000", false), ("=1+1", false),
    ])
    func onlyPlainDecimalsBecomeNumbers(text: String, isNumber: Bool) {
        #expect(XLSXReporter.isPlainDecimal(text) == isNumber)
    }
}
