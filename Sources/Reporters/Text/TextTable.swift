import ErqiReporting

/// A table laid out by display width: columns padded to their widest cell, shrunk to fit a line width.
struct TextTable {
    struct Column {
        var header: String
        var alignRight = false
        /// Whether the column may be narrowed (its cells truncated) to fit a line width.
        var shrinkable = false
    }

    var columns: [Column]
    /// Each row's cells, already cleaned; a row may carry a status to colour its first cell.
    var rows: [(cells: [String], status: EvaluationStatus?)] = []

    init(columns: [Column]) {
        self.columns = columns
    }

    /// Lays the table out: a header, a rule and the rows, each line without a trailing newline.
    func lines(indent: Int, lineWidth: Int?, ambiguous: ReportOptions.AmbiguousWidth, colour: Bool) -> [String] {
        let gap = 2
        var widths = columns.map { DisplayWidth.of($0.header, ambiguous: ambiguous) }
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell, ambiguous: ambiguous))
            }
        }
        if let lineWidth {
            let minimum = 6
            var total = indent + widths.reduce(0, +) + gap * max(0, widths.count - 1)
            while total > lineWidth {
                let candidates = widths.indices.filter { columns[$0].shrinkable && widths[$0] > minimum }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
            }
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [String], status: EvaluationStatus?) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let fitted = DisplayWidth.truncate(cell, to: widths[index], ambiguous: ambiguous)
                let isLast = index == columns.count - 1
                parts.append(
                    isLast && !column.alignRight
                        ? fitted
                        : DisplayWidth.pad(
                            fitted, to: widths[index], alignRight: column.alignRight, ambiguous: ambiguous))
            }
            var text = margin + parts.joined(separator: String(repeating: " ", count: gap))
            if let lineWidth { text = DisplayWidth.truncate(text, to: lineWidth, ambiguous: ambiguous) }
            // Colour the status cell after cutting, so that an escape sequence is never cut in half.
            if colour, let status, let first = parts.first, text.hasPrefix(margin + first) {
                text = margin + ANSIStyle.colour(first, for: status) + text.dropFirst(margin.count + first.count)
            }
            return text
        }
        var lines = [line(columns.map(\.header), status: nil)]
        var rule = String(repeating: "-", count: widths.reduce(0, +) + gap * max(0, widths.count - 1))
        if let lineWidth { rule = String(rule.prefix(max(0, lineWidth - indent))) }
        lines.append(margin + rule)
        for row in rows { lines.append(line(row.cells, status: row.status)) }
        return lines
    }
}

/// ANSI colours for statuses: green for good, yellow for doubtful, red for bad, dim for not yet known.
enum ANSIStyle {
    static func colour(_ text: String, for status: EvaluationStatus) -> String {
        let code: String
        switch status {
        case .achieved, .done, .ahead, .onTrack: code = "32"
        case .atRisk, .undetermined, .notComparable, .incompleteData: code = "33"
        case .missed, .offTrack, .overdue: code = "31"
        case .pending, .noData: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    static func bold(_ text: String) -> String { "\u{1B}[1m\(text)\u{1B}[0m" }
}
