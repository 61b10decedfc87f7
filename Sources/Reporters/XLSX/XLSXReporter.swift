import ErqiCSVReporter
public import ErqiReporting

/// Writes a `Scorecard` as an Office Open XML workbook (`.xlsx`) that Excel, WPS and LibreOffice open: a report
/// for people, in one language (`ReportOptions/language`).
///
/// - **One sheet of targets** (目标 / Targets) with a plan column rather than a sheet per plan, so that a whole
///   dataset sorts and filters as one table. Its rows and columns are those of `CSVReporter` (see
///   `CSVReporter/columns`), headed in words (`TargetColumnLabel`): 状态, 完成度 or Status, Completion.
/// - **Codes in words**: the status, its reason, the comparators, units, approximations, quality, whether the data
///   is stale and the issues are written as the text report words them (`ReportOptions/statusText(_:)`,
///   `ReportOptions/comparatorText(_:)`, `ReportOptions/unitText(_:)` …), not as the CSV's codes. Ids, source
///   citations, names and the figure as printed in its source stay as they are. The CSV and JSON reports keep the
///   codes and the stable English column names: they are data interfaces for programs.
/// - **Numbers are numbers**, exact decimal text in the unit's base as in the CSV (yuan, fractions), never
///   through a `Double`, shown with a number format per unit: `#,##0.##"元"` for money, `0.0##%` for
///   percentages, `0.0%` for completions and progress, the measure word for counts. Spreadsheet formats cannot divide by 10⁸, so money is not shown in 亿元: the cell keeps
///   the value the CSV has, and sums stay right.
/// - **Days are dates** (`yyyy-mm-dd`).
/// - The header row is **frozen** and **filtered**; column widths fit the longest text, counting CJK
///   characters twice.
/// - **A sheet of sources** (来源 / Sources): id, title, day of publication, file and note, headed by
///   `SourceColumnLabel`.
/// - **No formulas**: every text from data is an inline string, so `=cmd|…` is shown, never run.
/// - **Same scorecard, same bytes**: fixed part order, fixed timestamps, styles in order of first use.
///
/// The workbook is binary, so this type does not conform to `Reporter`, whose seam is text:
/// ``workbook(_:)`` returns the bytes.
public struct XLSXReporter: Sendable {
    /// The shared options; the workbook uses `ReportOptions/language` for every word it writes.
    public var options: ReportOptions

    /// Creates a workbook reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `xlsx`, `.xlsx`, the SpreadsheetML media type.
    public var format: ReportFormat {
        ReportFormat(
            name: "xlsx", fileExtension: "xlsx",
            mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    /// The workbook of a scorecard.
    /// - Parameter scorecard: The scorecard.
    /// - Returns: The bytes of the `.xlsx` file.
    /// - Throws: ``XLSXError`` when the scorecard does not fit a workbook (more than 1,048,576 targets, a text
    ///   longer than a cell holds, or 4 GiB or more).
    public func workbook(_ scorecard: Scorecard) throws(XLSXError) -> [UInt8] {
        var styles = CellStyles()
        let targets = try targetSheet(scorecard, styles: &styles)
        let sources = try sourceSheet(scorecard)
        return try WorkbookParts.archive((targets, sources), names: sheetNames, styles: styles)
    }

    /// The sheet names, in the report's language.
    public var sheetNames: [String] {
        options.language == .zh ? ["目标", "来源"] : ["Targets", "Sources"]
    }

    /// The stable names of the sources sheet's columns, headed in the report's language by `SourceColumnLabel`.
    public static let sourceColumns = SourceColumnLabel.allCases.map(\.rawValue)

    // MARK: - Sheets

    private func targetSheet(_ scorecard: Scorecard, styles: inout CellStyles) throws(XLSXError) -> WorksheetWriter {
        var sheet = WorksheetWriter(name: sheetNames[0])
        let columns = CSVReporter.columns
        let labels = columns.map(TargetColumnLabel.init(rawValue:))
        try sheet.append(
            zip(columns, labels).map { .header($1?.text(in: options.language) ?? $0, style: CellStyles.header) })
        let unitColumn = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        let language = options.language
        // The evaluations in the order of the CSV rows, for the cells worded from typed values (the issues).
        let evaluations = scorecard.plans.flatMap { plan in plan.themeVisits.flatMap(\.theme.targets) }
        var row = 0
        try CSVReporter(options: options).forEachRow(scorecard) { (fields: [CSVField]) throws(XLSXError) in
            let evaluation = row < evaluations.count ? evaluations[row] : nil
            row += 1
            var cells: [WorksheetWriter.Cell] = []
            cells.reserveCapacity(fields.count)
            for (position, field) in fields.enumerated() {
                switch field.kind {
                case .empty:
                    cells.append(.empty)
                case .text:
                    let label = position < labels.count ? labels[position] : nil
                    cells.append(.text(words(field.text, column: label, evaluation: evaluation)))
                case .date:
                    if let day = try? CalendarDate(iso: field.cell) {
                        cells.append(.date(dayNumber: day.dayNumber, style: CellStyles.date))
                    } else {
                        cells.append(.text(field.cell))
                    }
                case .number:
                    guard Self.isPlainDecimal(field.cell) else {
                        cells.append(.text(field.cell))
                        continue
                    }
                    let column = position < columns.count ? columns[position] : ""
                    let unit = NumberColumns.unitColumn(of: column).flatMap { unitColumn[$0] }.flatMap {
                        $0 < fields.count ? QuantityUnit(code: fields[$0].cell) : nil
                    }
                    let code = NumberColumns.formatCode(column: column, unit: unit, language: language)
                    cells.append(.number(field.cell, style: styles.style(numberFormat: code)))
                }
            }
            try sheet.append(cells)
        }
        return sheet
    }

    /// A text cell as people read it: a code (status, reason, comparator, unit, approximation, quality, whether
    /// stale, the issues) in words of the report's language; any other text (ids, names, notes, sources) as the
    /// CSV has it.
    private func words(_ text: String, column: TargetColumnLabel?, evaluation: TargetEvaluation?) -> String {
        let o = options
        switch column {
        case .status: return EvaluationStatus(rawValue: text).map(o.statusText) ?? text
        case .statusReason: return StatusReason(rawValue: text).map(o.reasonText) ?? text
        case .comparator, .originalComparator: return ComparisonOperator(rawValue: text).map(o.comparatorText) ?? text
        case .targetUnit, .baselineUnit, .actualUnit: return QuantityUnit(code: text).map(o.unitText) ?? text
        case .actualApproximation, .progressApproximation, .shortfallApproximation:
            return Approximation(rawValue: text).map(o.approximationText) ?? text
        case .actualQuality: return ObservationQuality(rawValue: text).map(o.qualityText) ?? text
        case .dataIsStale: return Bool(text).map(o.yesNoText) ?? text
        case .issues:
            guard let evaluation, !evaluation.issues.isEmpty else { return text }
            return evaluation.issues.map(o.issueText).joined(separator: o.language == .zh ? "；" : "; ")
        default: return text
        }
    }

    private func sourceSheet(_ scorecard: Scorecard) throws(XLSXError) -> WorksheetWriter {
        var sheet = WorksheetWriter(name: sheetNames[1])
        try sheet.append(
            Self.sourceColumns.map {
                .header(SourceColumnLabel(rawValue: $0)?.text(in: options.language) ?? $0, style: CellStyles.header)
            })
        for source in scorecard.sources {
            try sheet.append([
                .text(source.id.rawValue),
                .text(source.title.text(in: options.language)),
                source.publishedOn.map { .date(dayNumber: $0.dayNumber, style: CellStyles.date) } ?? .empty,
                .text(source.locator),
                source.note.map { .text($0.text(in: options.language)) } ?? .empty,
            ])
        }
        return sheet
    }

    /// Whether text is a plain decimal a spreadsheet reads as a number: an optional minus, digits, and an
    /// optional fraction.
    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integer = bytes.prefix { (48...57).contains($0) }
        guard !integer.isEmpty else { return false }
        bytes = bytes.dropFirst(integer.count)
        guard let point = bytes.first else { return true }
        guard point == UInt8(ascii: ".") else { return false }
        let fraction = bytes.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy { (48...57).contains($0) }
    }
}
