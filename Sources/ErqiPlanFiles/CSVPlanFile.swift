package import ErqiCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the CSV plan format (docs/plan-format.md, "CSV files") into a `Dataset`, collecting every problem.
package struct CSVPlanFile: Sendable {
    /// The files of the CSV format.
    package enum Table: String, CaseIterable, Sendable {
        case sources, targets, milestones, observations

        package var fileName: String { "\(rawValue).csv" }
        package var isRequired: Bool { self == .targets || self == .observations }

        package var columns: [String] {
            switch self {
            case .sources: ["id", "title", "title_en", "published_on", "locator", "note"]
            case .targets:
                [
                    "plan", "plan_title", "plan_period", "theme", "theme_title", "id", "title", "title_en", "indicator",
                    "indicator_name", "unit", "direction", "kind", "period", "comparator", "requirement", "upper",
                    "baseline", "baseline_date", "deadline", "effective_on", "reason", "weight", "source", "line",
                    "literal", "note",
                ]
            case .milestones: ["plan", "theme", "id", "title", "due", "done_on", "weight", "source", "line", "literal"]
            case .observations:
                [
                    "id", "indicator", "indicator_name", "unit", "direction", "kind", "period", "value",
                    "approximation", "quality", "source", "line", "literal", "comparability_note", "note", "supersedes",
                ]
            }
        }

        package var requiredColumns: [String] {
            switch self {
            case .sources: ["id", "title"]
            case .targets: ["plan", "theme", "id", "title", "indicator", "period", "requirement"]
            case .milestones: ["plan", "theme", "id", "title", "due"]
            case .observations: ["id", "indicator", "period", "value"]
            }
        }
    }

    package internal(set) var problems: [PlanFileProblem] = []
    package internal(set) var locations = PlanFileLocations()
    /// Whether to record where each item was written; without it, ``locations`` holds only the texts.
    private let recordsLocations: Bool
    /// How many chunks of `observations.csv` may be read at once (``CSVChunks``); 1 reads it serially.
    let parallelism: Int
    /// The smallest chunk of `observations.csv` read on a core of its own.
    let minimumChunkSize: Int
    /// The largest chunk of `observations.csv`: a larger file is read in more chunks than cores, a wave of
    /// ``parallelism`` chunks at a time, so that only a wave's rows wait to be merged.
    let maximumChunkSize: Int
    /// The indicator of the last row that named one, as it stands in the drafts of the current ``decode(_:)``.
    /// A cache of the drafts: it always equals the draft of its id.
    var lastIndicator: Indicator?
    /// Indicators whose defining row had a problem (reported there): later rows that name them add none.
    var failedIndicators: Set<Indicator.ID> = []
    /// The source cited by the last row that cited one: a cache, so that runs of rows share its text.
    private var lastCitedSource: Source.ID?
    /// In the reader of one chunk, the indicators as they stood when the chunk began, and the ids of the chunk's
    /// rows whose reading depends on what rows before the chunk did to them (``ChunkBaseline``).
    var chunkBaseline: ChunkBaseline?
    /// Where in ``problems`` a row's field count is reported, with the row's number within its chunk: the
    /// message counts rows from the start of the file, known only once the chunks before it are read.
    var fieldCountProblems: [(problem: Int, row: Int, fields: Int, header: Int)] = []
    /// Targets whose defining row had a problem (reported there): their revisions are not "unknown".
    private var failedTargets: Set<Target.ID> = []
    /// Whether a file was not read to its end (bad encoding, broken syntax): an indicator may then be defined in
    /// the rows not read, so a later row that names it without a unit is not blamed for it.
    var stoppedEarly = false
    /// The last theme path read and its parts: rows of one theme come in runs.
    private var lastThemePath: (text: String, parts: [String])?

    /// Creates a reader.
    /// - Parameters:
    ///   - recordingLocations: Record where each item and field was written, so that problems found
    ///   later (by ``DatasetValidator``) can point at them. A first pass may skip it and read again with it
    ///   only when there are problems: the problems found do not depend on it, only their places.
    ///   - parallelism: How many chunks of `observations.csv` may be read at once; the dataset and every problem
    ///     are the same for any value.
    ///   - minimumChunkSize: The smallest chunk read on a core of its own, in bytes.
    ///   - maximumChunkSize: The largest chunk, in bytes (at least `minimumChunkSize`).
    package init(
        recordingLocations: Bool = true, parallelism: Int = 1, minimumChunkSize: Int = CSVChunks.defaultMinimumSize,
        maximumChunkSize: Int = CSVChunks.defaultMaximumSize
    ) {
        self.recordsLocations = recordingLocations
        self.parallelism = max(1, parallelism)
        self.minimumChunkSize = max(1, minimumChunkSize)
        self.maximumChunkSize = max(self.minimumChunkSize, maximumChunkSize)
    }

    /// The columns of all four files.
    enum Column: Int, CaseIterable, CustomStringConvertible {
        case id, title, titleEn, publishedOn, locator, note
        case plan, planTitle, planPeriod, theme, themeTitle, indicator, indicatorName, unit, direction, kind, period
        case comparator, requirement, upper, baseline, baselineDate, deadline, effectiveOn, reason, weight, source
        case line, literal, due, doneOn, value, approximation, quality, comparabilityNote, supersedes

        /// The column's name in the header.
        var description: String {
            switch self {
            case .id: "id"
            case .title: "title"
            case .titleEn: "title_en"
            case .publishedOn: "published_on"
            case .locator: "locator"
            case .note: "note"
            case .plan: "plan"
            case .planTitle: "plan_title"
            case .planPeriod: "plan_period"
            case .theme: "theme"
            case .themeTitle: "theme_title"
            case .indicator: "indicator"
            case .indicatorName: "indicator_name"
            case .unit: "unit"
            case .direction: "direction"
            case .kind: "kind"
            case .period: "period"
            case .comparator: "comparator"
            case .requirement: "requirement"
            case .upper: "upper"
            case .baseline: "baseline"
            case .baselineDate: "baseline_date"
            case .deadline: "deadline"
            case .effectiveOn: "effective_on"
            case .reason: "reason"
            case .weight: "weight"
            case .source: "source"
            case .line: "line"
            case .literal: "literal"
            case .due: "due"
            case .doneOn: "done_on"
            case .value: "value"
            case .approximation: "approximation"
            case .quality: "quality"
            case .comparabilityNote: "comparability_note"
            case .supersedes: "supersedes"
            }
        }

        static let byName: [String: Column] = Dictionary(
            allCases.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One row: its cells in header order, and which cell each known column is.
    struct Row {
        var text: Int
        var source: SourceText
        var cells: [CSVCell]
        /// For each ``Column`` (by raw value), the index of its cell, or -1 when the header lacks it.
        var slots: [Int]
        var rowOffset: Int

        /// Whether the header has the column.
        func has(_ column: Column) -> Bool { slots[column.rawValue] >= 0 }

        /// The cell's value trimmed of whitespace (as `trimmingCharacters(in: .whitespaces)`), `nil` when empty
        /// or when the header lacks the column.
        func value(_ column: Column) -> String? {
            let slot = slots[column.rawValue]
            guard slot >= 0 else { return nil }
            let cell = cells[slot]
            let trimmed = cell.trimmedValue(in: source.bytes)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// Whether the cell is empty or blank, or the header lacks the column: ``value(_:)`` would be `nil`.
        func isBlank(_ column: Column) -> Bool {
            let slot = slots[column.rawValue]
            guard slot >= 0 else { return true }
            let cell = cells[slot]
            if let unescaped = cell.unescaped { return unescaped.trimmingCharacters(in: .whitespaces).isEmpty }
            return CSVWhitespace.trimmed(source.bytes, cell.offset..<cell.end).isEmpty
        }

        /// Whether the trimmed, unquoted cell holds exactly the UTF-8 bytes of `text`.
        func holds(_ column: Column, _ text: String) -> Bool {
            var text = text
            return text.withUTF8 { expected in
                withBytes(column) { bytes in
                    guard bytes.count == expected.count, let left = bytes.baseAddress, let right = expected.baseAddress
                    else { return false }
                    return memcmp(left, right, bytes.count) == 0
                } ?? false
            }
        }

        /// Calls `body` with the trimmed bytes of an unquoted, non-empty cell; `nil` otherwise (use ``value(_:)``).
        func withBytes<Result>(_ column: Column, _ body: (UnsafeBufferPointer<UInt8>) -> Result?) -> Result? {
            let slot = slots[column.rawValue]
            guard slot >= 0, cells[slot].unescaped == nil else { return nil }
            let range = CSVWhitespace.trimmed(source.bytes, cells[slot].offset..<cells[slot].end)
            guard !range.isEmpty else { return nil }
            return source.bytes.withUnsafeBufferPointer { bytes in
                body(UnsafeBufferPointer(rebasing: bytes[range]))
            }
        }

        func offset(_ column: Column) -> Int {
            let slot = slots[column.rawValue]
            return slot >= 0 ? cells[slot].offset : rowOffset
        }
    }

    private mutating func report(_ kind: PlanFileProblem.Kind, _ row: Row, _ column: Column, _ message: String) {
        problems.append(row.source.problem(kind, at: row.offset(column), field: column.description, message))
    }

    /// Reads the rows of one file, one at a time, so that a large file never holds all its rows at once.
    struct RowReader {
        let table: Table
        let source: SourceText
        let textNumber: Int
        var csv: CSVTable
        var cells: [CSVCell] = []
        var header: [String] = []
        var slots = [Int](repeating: -1, count: Column.allCases.count)
        var finished = false
        /// Whether reading stopped at a syntax error (reported) rather than at the end.
        var stoppedAtError = false
    }

    mutating func rows(_ table: Table, _ source: SourceText) -> RowReader {
        var reader = RowReader(table: table, source: source, textNumber: locations.add(source), csv: CSVTable(source))
        let encoding = source.unreadableEncodingProblems(allowsLeadingByteOrderMark: true)
        if !encoding.isEmpty {
            problems += encoding
            reader.finished = true
            stoppedEarly = true
        } else {
            // Reported where they are; a mark at the start of a row is then skipped as the leading one is, so
            // that the rows after it are still read and checked.
            problems += source.innerByteOrderMarks()
        }
        return reader
    }

    /// Reads the header row of a file, `false` (with the problem reported) when it has none or at a syntax error.
    mutating func readHeader(_ reader: inout RowReader) -> Bool {
        guard !reader.finished else { return false }
        switch reader.csv.nextRow(into: &reader.cells) {
        case .failure(let problem):
            problems.append(problem)
            reader.finished = true
            reader.stoppedAtError = true
            stoppedEarly = true
            return false
        case .success(false):
            problems.append(
                reader.source.problem(
                    .missingField, at: 0, field: "", "the file is empty; the first row must name the columns"))
            reader.finished = true
            return false
        case .success(true):
            takeHeader(&reader)
            return true
        }
    }

    /// Takes the row just read as the header: its columns are checked and found.
    private mutating func takeHeader(_ reader: inout RowReader) {
        let source = reader.source
        let table = reader.table
        let cells = reader.cells
        let header = cells.map { $0.trimmedValue(in: source.bytes) }
        reader.header = header
        for (name, offset) in zip(header, cells.map(\.offset)) where !table.columns.contains(name) {
            problems.append(
                source.problem(
                    .unknownField, at: offset, field: name,
                    "unknown column '\(name)'; \(table.fileName) has \(table.columns.joined(separator: ", "))"))
        }
        var seen = Set<String>()
        for (name, offset) in zip(header, cells.map(\.offset)) where !seen.insert(name).inserted {
            problems.append(source.problem(.syntax, at: offset, field: name, "the column '\(name)' appears twice"))
        }
        for required in table.requiredColumns where !header.contains(required) {
            problems.append(
                source.problem(
                    .missingField, at: 0, field: required,
                    "the required column '\(required)' is missing from the header"))
        }
        // As a dictionary by name would: the last of duplicated columns wins.
        for (index, name) in header.enumerated() {
            if let column = Column.byName[name] { reader.slots[column.rawValue] = index }
        }
    }

    /// The message for a row whose number of fields differs from the header's.
    static func fieldCountMessage(row: Int, fields: Int, header: Int) -> String {
        "row \(row) has \(fields) fields; the header has \(header)"
    }

    /// The next row of a file, or `nil` at its end or at a syntax error (reported).
    mutating func next(_ reader: inout RowReader) -> Row? {
        guard !reader.finished else { return nil }
        let source = reader.source
        while true {
            switch reader.csv.nextRow(into: &reader.cells) {
            case .failure(let problem):
                problems.append(problem)
                reader.finished = true
                reader.stoppedAtError = true
                stoppedEarly = true
                return nil
            case .success(false):
                if reader.header.isEmpty {
                    problems.append(
                        source.problem(
                            .missingField, at: 0, field: "", "the file is empty; the first row must name the columns"))
                }
                reader.finished = true
                return nil
            case .success(true):
                break
            }
            let cells = reader.cells
            if reader.header.isEmpty {
                takeHeader(&reader)
                continue
            }
            if cells.count == 1 && cells[0].isEmpty { continue }  // a blank line
            let rowOffset = cells.first?.offset ?? 0
            if cells.count != reader.header.count {
                let row = reader.csv.rowNumber
                fieldCountProblems.append((problems.count, row, cells.count, reader.header.count))
                problems.append(
                    source.problem(
                        .syntax, at: rowOffset, field: "",
                        Self.fieldCountMessage(row: row, fields: cells.count, header: reader.header.count)))
                continue
            }
            return Row(text: reader.textNumber, source: source, cells: cells, slots: reader.slots, rowOffset: rowOffset)
        }
    }

    private mutating func required(_ row: Row, _ column: Column) -> String? {
        guard let value = row.value(column) else {
            // A column missing from the header is reported once, at the header.
            if row.has(column) { report(.missingField, row, column, "the '\(column)' cell is empty") }
            return nil
        }
        return value
    }

    /// A required id cell that follows the id rule (``IdentifierRule``), or `nil` with the problem reported.
    private mutating func identifier(_ row: Row, _ column: Column) -> String? {
        guard let text = required(row, column) else { return nil }
        if let violation = IdentifierRule.violation(in: text) {
            report(.invalidID, row, column, violation)
            return nil
        }
        return text
    }

    /// The parts of the `theme` cell (`a/b/c`), or `nil` with the problem reported: a part that is empty
    /// (`/`, `a//b`, ` / `) or breaks the id rule, or a path deeper than ``NestingLimit/maximumDepth``.
    private mutating func themeParts(_ row: Row) -> [String]? {
        guard let path = required(row, .theme) else { return nil }
        if let last = lastThemePath, last.text == path { return last.parts }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if parts.count > NestingLimit.maximumDepth {
            problems.append(
                NestingLimit.problem(in: row.source, at: row.offset(.theme), field: "theme", levels: parts.count))
            return nil
        }
        if parts.contains(where: \.isEmpty) {
            report(
                .invalidID, row, .theme,
                "the theme path '\(path)' has an empty part; write a name between every two slashes (a/b) "
                    + "and no slash at either end")
            return nil
        }
        for part in parts {
            if let violation = IdentifierRule.violation(in: part) {
                report(.invalidID, row, .theme, "a theme in the path: \(violation)")
                return nil
            }
        }
        lastThemePath = (path, parts)
        return parts
    }

    private mutating func record(_ key: @autoclosure () -> String, _ row: Row, _ column: Column) {
        guard recordsLocations else { return }
        locations.record(key(), text: row.text, offset: row.offset(column), field: column.description)
    }

    private mutating func date(_ row: Row, _ column: Column) -> CalendarDate? {
        if let day = row.withBytes(column, PlainTextParsing.date) { return day }
        guard let text = row.value(column) else { return nil }
        do { return try CalendarDate(iso: text) } catch {
            report(.invalidDate, row, column, error.description)
            return nil
        }
    }

    private mutating func period(_ row: Row, _ column: Column) -> Period? {
        if let period = row.withBytes(column, PlainTextParsing.period) { return period }
        guard let text = required(row, column) else { return nil }
        do { return try Period(parsing: text) } catch {
            report(.invalidDate, row, column, error.description)
            return nil
        }
    }

    private mutating func decimal(_ row: Row, _ column: Column) -> PlanNumber.Value? {
        if let value = row.withBytes(column, PlanNumber.plain) { return value }
        guard let text = row.value(column) else { return nil }
        do { return try PlanNumber.parse(text) } catch {
            report(.unparseableValue, row, column, error.description)
            return nil
        }
    }

    private mutating func enumValue<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ row: Row, _ column: Column
    )
        -> Value? where Value.RawValue == String
    {
        guard let raw = row.value(column) else { return nil }
        guard let value = Value(rawValue: raw) else {
            report(
                .unparseableValue, row, column,
                "unknown \(column) '\(raw)'; use \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    private mutating func unit(_ row: Row) -> QuantityUnit?? {
        guard let code = row.value(.unit) else { return .some(nil) }
        guard let unit = QuantityUnit(code: code) else {
            report(
                .unparseableValue, row, .unit,
                "unknown unit '\(code)'; use CNY, count:<measure word>, percent, pp, multiple, day, month, year, m2, km2, mu, m or km"
            )
            return nil
        }
        return .some(unit)
    }

    /// A value cell: a plain decimal in base units with the row's unit, or report text.
    private mutating func value(_ row: Row, _ column: Column, unit: QuantityUnit?) -> ReportValue? {
        if let unit, let value = row.withBytes(column, PlanNumber.plain) {
            return ReportValue(quantity: Quantity(value: value, unit: unit), comparator: nil, approximation: nil)
        }
        guard let text = row.value(column) else { return nil }
        if let unit, let value = try? PlanNumber.parse(text) {
            return ReportValue(quantity: Quantity(value: value, unit: unit), comparator: nil, approximation: nil)
        }
        switch ReportValue.parse(text) {
        case .success(let value): return value
        case .failure(let error):
            report(
                .unparseableValue, row, column,
                unit == nil && (try? PlanNumber.parse(text)) != nil
                    ? "a plain number needs the 'unit' column" : error.message)
            return nil
        }
    }

    private mutating func citation(_ row: Row) -> SourceCitation? {
        // Rows citing one source come in runs: its id is compared on bytes and its text shared.
        let sourceID: Source.ID
        if let last = lastCitedSource, row.holds(.source, last.rawValue) {
            sourceID = last
        } else {
            guard let source = row.value(.source) else { return nil }
            sourceID = Source.ID(source)
            lastCitedSource = sourceID
        }
        var line: Int?
        if !row.isBlank(.line), let text = row.value(.line) {
            if let number = Int(text), number >= 1 {
                line = number
            } else {
                report(.wrongType, row, .line, "expected a line number from 1, not '\(text)'")
            }
        }
        return SourceCitation(
            source: sourceID, line: line, literal: row.isBlank(.literal) ? nil : row.value(.literal))
    }

    private mutating func weight(_ row: Row) -> PlanNumber.Value {
        guard let value = decimal(row, .weight) else { return 1 }
        if value < 0 {
            report(.unparseableValue, row, .weight, "a weight cannot be negative")
            return 1
        }
        return value
    }

    // MARK: - Indicators

    struct IndicatorDraft: Sendable {
        var indicator: Indicator
    }

    private mutating func defineIndicator(
        _ row: Row, drafts: inout [Indicator.ID: IndicatorDraft], order: inout [Indicator.ID]
    )
        -> Indicator?
    {
        // Rows of one indicator come in runs. A row that names the last indicator, gives no unit, direction or
        // kind, and no name that would replace a default one, reads as that indicator: nothing to check or keep.
        if let last = lastIndicator, row.holds(.indicator, last.id.rawValue), row.isBlank(.unit),
            row.isBlank(.direction), row.isBlank(.kind),
            last.name.zh != last.id.rawValue || row.isBlank(.indicatorName)
        {
            chunkBaseline?.note(last.id)
            if !failedIndicators.isEmpty, failedIndicators.contains(last.id) { return nil }
            return last
        }
        // Otherwise the id of the last one is still compared on bytes, without a string.
        let idText: String
        if let last = lastIndicator, row.holds(.indicator, last.id.rawValue) {
            idText = last.id.rawValue
        } else {
            guard let text = required(row, .indicator) else { return nil }
            idText = text
        }
        let id = Indicator.ID(idText)
        chunkBaseline?.note(id)
        let unitResult: QuantityUnit?? = row.isBlank(.unit) ? .some(nil) : unit(row)
        if !failedIndicators.isEmpty, failedIndicators.contains(id) { return nil }  // reported on its first row
        if drafts[id] == nil, lastIndicator?.id != id, let violation = IdentifierRule.violation(in: idText) {
            report(.invalidID, row, .indicator, violation)
            failedIndicators.insert(id)
            return nil
        }
        guard let unitResult else {
            if drafts[id] == nil && lastIndicator?.id != id { failedIndicators.insert(id) }
            return nil
        }
        let direction = enumValue(Direction.self, row, .direction)
        let kind = enumValue(IndicatorKind.self, row, .kind)
        // Rows of one indicator come in runs: the last indicator defined or used saves a look-up.
        let known = lastIndicator.flatMap { $0.id == id ? IndicatorDraft(indicator: $0) : nil } ?? drafts[id]
        if var existing = known {
            if let unit = unitResult, unit != existing.indicator.unit {
                report(
                    .unitMismatch, row, .unit,
                    "indicator '\(id)' is in \(existing.indicator.unit) on an earlier row, not \(unit)")
            }
            if existing.indicator.name.zh == idText, let name = row.value(.indicatorName) {
                existing.indicator.name = LocalizedText(zh: name)
                drafts[id] = existing
            }
            lastIndicator = existing.indicator
            return existing.indicator
        }
        guard let unit = unitResult else {
            if !stoppedEarly {
                report(.missingField, row, .unit, "the first row of indicator '\(id)' must give its unit")
            }
            failedIndicators.insert(id)
            return nil
        }
        let indicator = Indicator(
            id: id, name: LocalizedText(zh: row.value(.indicatorName) ?? idText), unit: unit,
            direction: direction ?? .higherIsBetter, kind: kind ?? .flow)
        drafts[id] = IndicatorDraft(indicator: indicator)
        lastIndicator = indicator
        order.append(id)
        record("indicator:\(id)", row, .indicator)
        return indicator
    }

    // MARK: - The files

    package mutating func decode(_ files: [Table: SourceText]) -> Dataset? {
        lastIndicator = nil
        failedIndicators = []
        failedTargets = []
        lastThemePath = nil
        stoppedEarly = false
        var sources: [Source] = []
        var explicitSources = false
        if let text = files[.sources] {
            explicitSources = true
            var reader = rows(.sources, text)
            while let row = next(&reader) {
                let id = identifier(row, .id)
                guard let id, let title = required(row, .title) else {
                    // Reported where it is; citations of it are not "unknown source" as well.
                    if let id { locations.markFailed("source:\(id)") }
                    continue
                }
                record("source:\(id)", row, .id)
                let published = date(row, .publishedOn)
                sources.append(
                    Source(
                        id: Source.ID(id), title: LocalizedText(zh: title, en: row.value(.titleEn)),
                        publishedOn: published, locator: row.value(.locator) ?? id,
                        note: row.value(.note).map { LocalizedText(zh: $0) }))
            }
        }

        var drafts: [Indicator.ID: IndicatorDraft] = [:]
        // A national plan defines an indicator on most rows of targets.csv: room for one a line, made once.
        if let targets = files[.targets] { drafts.reserveCapacity(CSVWhitespace.lineCount(targets.bytes)) }
        var indicatorOrder: [Indicator.ID] = []
        var planBuilder = PlanBuilder()
        var revisionCounts: [Target.ID: Int] = [:]
        if let text = files[.targets] {
            var reader = rows(.targets, text)
            while let row = next(&reader) {
                let planID = identifier(row, .plan)
                let themeParts = themeParts(row)
                let idText = identifier(row, .id)
                // The indicator is defined even on a row that fails, so that its other rows add no problem.
                let indicator = defineIndicator(row, drafts: &drafts, order: &indicatorOrder)
                guard let planID, let themeParts, let idText else {
                    if let idText, row.value(.effectiveOn) == nil { failedTargets.insert(Target.ID(idText)) }
                    continue
                }
                let id = Target.ID(idText)
                let requirement = requirement(row, indicator: indicator)
                let citation = citation(row)
                if let effective = row.value(.effectiveOn) {
                    // A revision of a target defined on an earlier row.
                    guard let day = date(row, .effectiveOn), let requirement else { continue }
                    guard var target = planBuilder.target(id) else {
                        if failedTargets.contains(id) { continue }  // its defining row's problem is reported
                        report(
                            .unknownID, row, .id,
                            "revision of unknown target '\(idText)'; define the target on an earlier row without effective_on"
                        )
                        continue
                    }
                    if let last = target.revisions.last, day <= last.effectiveOn {
                        report(
                            .revisionOrder, row, .effectiveOn,
                            "revisions must be in date order: \(effective) is not after \(last.effectiveOn)")
                    }
                    let index = revisionCounts[id, default: 0]
                    revisionCounts[id] = index + 1
                    record("target:\(id).revisions[\(index)]", row, .requirement)
                    target.revisions.append(
                        TargetRevision(
                            effectiveOn: day, requirement: requirement, citation: citation,
                            reason: row.value(.reason).map { LocalizedText(zh: $0) })
                    )
                    planBuilder.replace(target)
                    continue
                }
                let title = required(row, .title)
                let period = period(row, .period)
                record("target:\(id)", row, .id)
                if recordsLocations {
                    for (field, column) in [
                        ("indicator", Column.indicator), ("requirement", .requirement), ("citation", .source),
                        ("baseline", .baseline), ("period", .period),
                    ] {
                        record("target:\(id).\(field)", row, column)
                    }
                }
                var baseline: Baseline?
                if row.value(.baseline) != nil, let value = value(row, .baseline, unit: indicator?.unit) {
                    baseline = Baseline(value: value.quantity, date: date(row, .baselineDate))
                }
                let deadline = date(row, .deadline)
                let weight = weight(row)
                if let period, let deadline, !period.contains(deadline) {
                    report(.invalidDate, row, .deadline, "the deadline \(deadline) lies outside the period \(period)")
                }
                let planPeriod: Period?
                if let text = row.value(.planPeriod) {
                    do { planPeriod = try Period(parsing: text) } catch {
                        report(.invalidDate, row, .planPeriod, error.description)
                        planPeriod = nil
                    }
                } else {
                    planPeriod = nil
                }
                guard let title, let period, let requirement, let indicator else {
                    failedTargets.insert(id)
                    continue
                }
                let target = Target(
                    id: id, title: LocalizedText(zh: title, en: row.value(.titleEn)), indicator: indicator.id,
                    period: period, requirement: requirement, baseline: baseline, deadline: deadline, weight: weight,
                    citation: citation, note: row.value(.note).map { LocalizedText(zh: $0) })
                planBuilder.add(
                    target, plan: planID, planTitle: row.value(.planTitle), planPeriod: planPeriod ?? period,
                    themeParts: themeParts, themeTitle: row.value(.themeTitle))
                record("plan:\(planID)", row, .plan)
            }
        }

        if let text = files[.milestones] {
            var reader = rows(.milestones, text)
            while let row = next(&reader) {
                let planID = identifier(row, .plan)
                let themeParts = themeParts(row)
                let id = identifier(row, .id)
                guard let planID, let themeParts, let id, let title = required(row, .title) else { continue }
                guard let due = date(row, .due) else {
                    if row.value(.due) == nil { report(.missingField, row, .due, "the 'due' cell is empty") }
                    continue
                }
                record("milestone:\(id)", row, .id)
                record("milestone:\(id).citation", row, .source)
                let citation = citation(row)
                var evidence: [Milestone.Evidence] = []
                if let done = date(row, .doneOn) {
                    evidence.append(Milestone.Evidence(date: done, isDone: true, citation: citation))
                    record("milestone:\(id).evidence[0]", row, .source)
                }
                let milestone = Milestone(
                    id: Milestone.ID(id), title: LocalizedText(zh: title), due: due,
                    evidence: evidence, weight: weight(row), citation: citation)
                planBuilder.add(
                    milestone, plan: planID, planPeriod: try? Period(start: due, end: due), themeParts: themeParts)
            }
        }

        var observations: [Observation] = []
        if let text = files[.observations] {
            var reader = rows(.observations, text)
            readObservations(&reader, drafts: &drafts, order: &indicatorOrder, into: &observations)
        }

        let plans = planBuilder.plans
        if !explicitSources {
            // Without sources.csv, every cited source id stands for itself.
            var seen = Set<Source.ID>()
            var cited: [Source.ID] = []
            var last: Source.ID?
            func cite(_ citation: SourceCitation?) {
                guard let id = citation?.source, id != last else { return }  // runs of one source: one look-up
                last = id
                if seen.insert(id).inserted { cited.append(id) }
            }
            for plan in plans {
                plan.forEachTheme { theme in
                    for target in theme.targets {
                        cite(target.citation)
                        target.revisions.forEach { cite($0.citation) }
                    }
                    theme.milestones.forEach { cite($0.citation) }
                }
            }
            observations.forEach { cite($0.citation) }
            sources = cited.map { Source(id: $0, title: LocalizedText(zh: $0.rawValue), locator: $0.rawValue) }
        }
        let indicators = indicatorOrder.compactMap { drafts[$0]?.indicator }
        return Dataset(sources: sources, indicators: indicators, plans: plans, observations: observations)
    }

    /// The observation of one row of `observations.csv`, or `nil` with its problems reported.
    mutating func observation(
        _ row: Row, drafts: inout [Indicator.ID: IndicatorDraft], order: inout [Indicator.ID]
    ) -> Observation? {
        let id = identifier(row, .id)
        let indicator = defineIndicator(row, drafts: &drafts, order: &order)
        guard let idText = id else { return nil }
        let period = period(row, .period)
        let hasValue = !row.isBlank(.value)
        let value = hasValue ? value(row, .value, unit: indicator?.unit) : nil
        if !hasValue { report(.missingField, row, .value, "the 'value' cell is empty") }
        if let comparator = value?.comparator {
            report(
                .unparseableValue, row, .value,
                "an observation states a figure, not a requirement (\(comparator.rawValue)); drop the qualifier")
        }
        let approximation = row.isBlank(.approximation) ? nil : enumValue(Approximation.self, row, .approximation)
        let quality = row.isBlank(.quality) ? nil : enumValue(ObservationQuality.self, row, .quality)
        guard let indicator, let period, let value else { return nil }
        // Recorded only for an observation that is kept, so that the n-th observation with an id has the n-th
        // place recorded for it (the second of two with one id is placed on its own row).
        record("observation:\(idText)", row, .id)
        if recordsLocations {
            for (field, column) in [
                ("indicator", Column.indicator), ("value", .value), ("citation", .source), ("period", .period),
                ("supersedes", .supersedes),
            ] {
                record("observation:\(idText).\(field)", row, column)
            }
        }
        return Observation(
            id: Observation.ID(idText), indicator: indicator.id, period: period, value: value.quantity,
            approximation: approximation ?? value.approximation ?? .exact, quality: quality ?? .final,
            citation: citation(row),
            comparabilityNote: row.isBlank(.comparabilityNote)
                ? nil : row.value(.comparabilityNote).map { LocalizedText(zh: $0) },
            note: row.isBlank(.note) ? nil : row.value(.note).map { LocalizedText(zh: $0) },
            supersedes: row.isBlank(.supersedes)
                ? nil
                : row.value(.supersedes).map {
                    $0.split(separator: " ", omittingEmptySubsequences: true).map { Observation.ID(String($0)) }
                })
    }

    private mutating func requirement(_ row: Row, indicator: Indicator?) -> Requirement? {
        guard row.value(.requirement) != nil else {
            if row.has(.requirement) {
                report(.missingField, row, .requirement, "the 'requirement' cell is empty")
            }
            return nil
        }
        guard let value = value(row, .requirement, unit: indicator?.unit) else { return nil }
        // Report text without a comparator or upper cell keeps its meaning, as in JSON (docs/plan-format.md).
        let defaultComparator: ComparisonOperator = indicator?.direction == .lowerIsBetter ? .atMost : .atLeast
        if row.value(.comparator) == nil, row.value(.upper) == nil, value.parsed != nil {
            switch value.requirement(defaultComparator: defaultComparator) {
            case .success(let requirement): return requirement
            case .failure(let failure):
                report(.unparseableValue, row, .requirement, failure.message)
                return nil
            }
        }
        var comparator = value.comparator
        if let named = row.value(.comparator) {
            guard let parsed = ComparisonOperator(rawValue: named) else {
                report(
                    .unparseableValue, row, .comparator,
                    "unknown comparator '\(named)'; use atLeast, atMost, greaterThan, lessThan, exactly or between")
                return nil
            }
            comparator = parsed
        }
        let resolved = comparator ?? (indicator?.direction == .lowerIsBetter ? .atMost : .atLeast)
        if resolved == .between {
            guard let upper = row.value(.upper) != nil ? self.value(row, .upper, unit: indicator?.unit) : nil else {
                report(.missingField, row, .upper, "a band (between) needs the 'upper' cell")
                return nil
            }
            do { return try Requirement(between: value.quantity, and: upper.quantity) } catch {
                report(.unparseableValue, row, .upper, error.description)
                return nil
            }
        }
        return try? Requirement(resolved, value.quantity)
    }
}

/// Assembles plans and nested themes from rows that name them by id and path (`a/b`).
private struct PlanBuilder {
    private var order: [Plan.ID] = []
    private var planData: [Plan.ID: (title: LocalizedText?, period: Period?, root: ThemeNode)] = [:]
    /// Where each target is: its theme node (nodes are never removed) and its index there.
    private var targetLocations: [Target.ID: (node: ThemeNode, index: Int)] = [:]
    /// The node of the last plan and theme path asked for: rows of one theme come in runs.
    private var lastNode: (plan: String, themeParts: [String], node: ThemeNode)?

    final class ThemeNode {
        /// The theme id: the plan id and the path, `plan/a/b`, unique across plans.
        var id: String
        var title: LocalizedText?
        var defaultTitle: String
        var children: [ThemeNode] = []
        var targets: [Target] = []
        var milestones: [Milestone] = []
        init(id: String, title: String?) {
            self.id = id
            self.defaultTitle = title ?? id
        }

        func child(_ id: String, title: String) -> ThemeNode {
            if let existing = children.first(where: { $0.id == id }) { return existing }
            let node = ThemeNode(id: id, title: title)
            children.append(node)
            return node
        }

        func theme() -> Theme {
            Theme(
                id: Theme.ID(id), title: title ?? LocalizedText(zh: defaultTitle), themes: children.map { $0.theme() },
                targets: targets, milestones: milestones)
        }
    }

    private mutating func node(plan: String, planTitle: String?, planPeriod: Period?, themeParts: [String])
        -> ThemeNode
    {
        if planTitle == nil, let last = lastNode, last.plan == plan, last.themeParts == themeParts { return last.node }
        let node = findOrMakeNode(plan: plan, planTitle: planTitle, planPeriod: planPeriod, themeParts: themeParts)
        lastNode = (plan, themeParts, node)
        return node
    }

    /// The node of a theme path whose parts are checked (none empty, at most ``NestingLimit/maximumDepth``).
    private mutating func findOrMakeNode(plan: String, planTitle: String?, planPeriod: Period?, themeParts: [String])
        -> ThemeNode
    {
        let id = Plan.ID(plan)
        if planData[id] == nil {
            order.append(id)
            planData[id] = (planTitle.map { LocalizedText(zh: $0) }, planPeriod, ThemeNode(id: plan, title: nil))
        } else if planData[id]?.title == nil, let planTitle {
            planData[id]?.title = LocalizedText(zh: planTitle)
        }
        guard var node = planData[id]?.root else { return ThemeNode(id: plan, title: nil) }
        var path = plan
        for part in themeParts {
            path += "/" + part
            node = node.child(path, title: part)
        }
        return node
    }

    mutating func add(
        _ target: Target, plan: String, planTitle: String?, planPeriod: Period, themeParts: [String],
        themeTitle: String?
    ) {
        let node = node(plan: plan, planTitle: planTitle, planPeriod: planPeriod, themeParts: themeParts)
        if node.title == nil, let themeTitle { node.title = LocalizedText(zh: themeTitle) }
        if targetLocations[target.id] == nil {
            targetLocations[target.id] = (node, node.targets.count)
        }
        node.targets.append(target)
    }

    mutating func add(_ milestone: Milestone, plan: String, planPeriod: Period?, themeParts: [String]) {
        node(plan: plan, planTitle: nil, planPeriod: planPeriod, themeParts: themeParts).milestones.append(milestone)
    }

    func target(_ id: Target.ID) -> Target? {
        guard let location = targetLocations[id], location.node.targets.indices.contains(location.index) else {
            return nil
        }
        return location.node.targets[location.index]
    }

    mutating func replace(_ target: Target) {
        guard let location = targetLocations[target.id], location.node.targets.indices.contains(location.index)
        else { return }
        location.node.targets[location.index] = target
    }

    var plans: [Plan] {
        order.compactMap { id in
            guard let data = planData[id], let period = data.period else { return nil }
            return Plan(
                id: id, title: data.title ?? LocalizedText(zh: id.rawValue), period: period,
                themes: data.root.children.map { $0.theme() })
        }
    }
}
