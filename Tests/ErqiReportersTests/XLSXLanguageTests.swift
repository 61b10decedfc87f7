import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import ErqiReporting
import Foundation
import Testing

@testable import ErqiXLSXReporter

/// Issue #15 point 1 for the workbook: the bundled dataset's workbooks (the scorecard's and the plan comparison's),
/// written in Chinese and in English, are reports in one language. Every text cell of every sheet and every sheet
/// name is read back from the archive: no enum name or code, no English word in a Chinese workbook outside ids,
/// source citations and file names, and no Chinese in an English workbook outside names that have no English.
struct XLSXLanguageTests {
    static let dataset = ReportLanguageRules.dataset

    /// Columns of the targets sheet that hold ids or source citations (`source:line`), which stay as they are.
    static let idColumns: Set<String> = [
        "plan_id", "theme_id", "target_id", "indicator_id", "target_source", "actual_source",
        "superseded_observations", "not_comparable_observations", "conflicting_observations",
    ]

    /// A text cell of a workbook with where it is, for messages.
    struct TextCell {
        var place: String
        var column: String
        var text: String
    }

    /// The sheet names and every text cell of a workbook, with the stable name of its column where the sheet has
    /// one (the targets sheet: `CSVReporter/columns`; the sources sheet: `XLSXReporter/sourceColumns`).
    static func texts(_ bytes: [UInt8], columns: [[String]]) throws -> [TextCell] {
        let parts = try StoredZIP.parts(bytes)
        let workbook = String(
            decoding: try #require(parts.first { $0.name == "xl/workbook.xml" }).bytes, as: UTF8.self)
        var cells = WorkbookSheetNames.names(in: workbook).map { TextCell(place: "sheet name", column: "", text: $0) }
        for (offset, sheetColumns) in columns.enumerated() {
            let part = try #require(parts.first { $0.name == "xl/worksheets/sheet\(offset + 1).xml" })
            let sheet = try WorksheetCells.read(part.bytes)
            for (reference, cell) in sheet.cells where cell.type == "inlineStr" {
                let letters = reference.prefix { $0.isLetter }
                let index = (0..<max(sheetColumns.count, 64)).first { SpreadsheetXML.columnName($0) == letters }
                let column = index.flatMap { $0 < sheetColumns.count ? sheetColumns[$0] : nil } ?? ""
                cells.append(TextCell(place: "sheet \(offset + 1) \(reference)", column: column, text: cell.value))
            }
        }
        return cells
    }

    /// The workbooks of the dataset as of a day in a language: the scorecard's and the comparison's.
    static func workbooks(asOf: String, language: Language) throws -> [(String, [TextCell])] {
        let dataset = try #require(dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: asOf))
        let reporter = XLSXReporter(options: ReportOptions(language: language))
        return [
            (
                "scorecard",
                try texts(reporter.workbook(scorecard), columns: [CSVReporter.columns, XLSXReporter.sourceColumns])
            ),
            (
                "comparison",
                try texts(
                    reporter.comparisonWorkbook(PlanComparison(scorecard)),
                    columns: [CSVReporter.comparisonColumns, XLSXReporter.worstTargetColumns])
            ),
        ]
    }

    /// Codes that no reader should see: every enum name with a capital inside (`noData`, `atLeast`), and the unit
    /// codes and booleans of the CSV.
    static func leakedCodes(_ text: String) -> [String] {
        var codes = ReportLanguageRules.matches("\\b[a-z]+[A-Z][A-Za-z]*\\b", in: text)
        if ["CNY", "true", "false", "pp"].contains(text) || text.hasPrefix("count:") { codes.append(text) }
        return codes
    }

    @Test(arguments: ReportLanguageRules.days)
    func chineseWorkbooksHaveNoEnglishWordOutsideIdsSourcesAndFiles(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let ids = ReportLanguageRules.identifiers(dataset)
        for (workbook, cells) in try Self.workbooks(asOf: asOf, language: .zh) {
            var english: [String] = []
            var codes: [String] = []
            for cell in cells {
                codes += Self.leakedCodes(cell.text).map { "\(cell.place): \($0)" }
                guard !Self.idColumns.contains(cell.column), cell.column != "source_id", cell.column != "locator"
                else { continue }
                let words = ReportLanguageRules.matches(
                    "[A-Za-z]{3,}", in: ReportLanguageRules.removing(ids, from: cell.text))
                english += words.map { "\(cell.place) (\(cell.column)): \($0) in \(cell.text.prefix(60))" }
            }
            #expect(english.isEmpty, "zh \(workbook) workbook as of \(asOf) has English: \(english.prefix(12))")
            #expect(codes.isEmpty, "zh \(workbook) workbook as of \(asOf) shows codes: \(codes.prefix(12))")
        }
    }

    @Test(arguments: ReportLanguageRules.days)
    func englishWorkbooksHaveNoChineseOutsideNames(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let kept = ReportLanguageRules.identifiers(dataset) + ReportLanguageRules.untranslatedNames(dataset)
        for (workbook, cells) in try Self.workbooks(asOf: asOf, language: .en) {
            var chinese: [String] = []
            var codes: [String] = []
            for cell in cells {
                codes += Self.leakedCodes(cell.text).map { "\(cell.place): \($0)" }
                // The figure as printed in its (Chinese) source is a quotation, like a source's file name.
                guard cell.column != "actual_literal" else { continue }
                let found = ReportLanguageRules.matches(
                    "[\\p{Han}\\u3000-\\u303F\\uFF00-\\uFFEF]+", in: ReportLanguageRules.removing(kept, from: cell.text)
                )
                chinese += found.map { "\(cell.place) (\(cell.column)): \($0) in \(cell.text.prefix(60))" }
            }
            #expect(chinese.isEmpty, "en \(workbook) workbook as of \(asOf) has Chinese: \(chinese.prefix(12))")
            #expect(codes.isEmpty, "en \(workbook) workbook as of \(asOf) shows codes: \(codes.prefix(12))")
        }
    }

    @Test(arguments: [Language.zh, .en])
    func everyColumnHasAHeadInEachLanguage(language: Language) {
        for column in CSVReporter.columns {
            let head = TargetColumnLabel(rawValue: column)?.text(in: language)
            #expect(head != nil && head != column, "\(column) has no head")
        }
        #expect(Set(TargetColumnLabel.allCases.map(\.rawValue)) == Set(CSVReporter.columns))
        let heads = TargetColumnLabel.allCases.map { $0.text(in: language) }
        #expect(Set(heads).count == heads.count, "two columns share a head")
    }
}

/// The sheet names of a `xl/workbook.xml` part.
enum WorkbookSheetNames {
    static func names(in workbook: String) -> [String] {
        ReportLanguageRules.matches("<sheet name=\"[^\"]*\"", in: workbook).map {
            String($0.dropFirst("<sheet name=\"".count).dropLast())
        }
    }
}
