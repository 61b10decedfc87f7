import ErqiCSVReporter
public import ErqiReporting
import Foundation

extension XLSXReporter {
    /// The sheet names of a comparison workbook, in the report's language.
    public var comparisonSheetNames: [String] {
        options.language == .zh ? ["计划对比", "进度最低的目标"] : ["Plans", "Worst targets"]
    }

    /// The stable names of the worst-targets sheet's columns of a comparison workbook.
    public static let worstTargetColumns = ["plan_id", "rank", "target_id", "target_title", "status", "progress"]

    /// The heads of the plans sheet of a comparison workbook, in the report's language: each column's name for
    /// people (`ReportOptions/columnText(_:)`), then the worst targets.
    public var comparisonColumnHeads: [String] {
        PlanComparisonColumn.allColumns.map(options.columnText) + [options.comparisonLabel(.worstTargets)]
    }

    /// The heads of the worst-targets sheet of a comparison workbook, in the report's language.
    public var worstTargetColumnHeads: [String] {
        let language = options.language
        return [
            TargetColumnLabel.planID.text(in: language), options.comparisonLabel(.rank),
            TargetColumnLabel.targetID.text(in: language), TargetColumnLabel.targetTitle.text(in: language),
            TargetColumnLabel.status.text(in: language), options.label(.progress),
        ]
    }

    /// The workbook of a plan comparison, in the report's language: a sheet of plans, one row per plan with the
    /// columns of the CSV report (`CSVReporter/comparisonColumns`) headed by ``comparisonColumnHeads``, counts and
    /// progress as numbers, the worst targets in words (`ReportOptions/worstTargetsText(_:)`), the header frozen and
    /// filtered so that any column sorts; and a sheet of each plan's worst targets, one row per target, its status
    /// in words.
    /// - Parameter comparison: The comparison.
    /// - Returns: The bytes of the `.xlsx` file.
    /// - Throws: ``XLSXError`` when the comparison does not fit a workbook (more than 1,048,576 rows, a text
    ///   longer than a cell holds, or 4 GiB or more).
    public func comparisonWorkbook(_ comparison: PlanComparison) throws(XLSXError) -> [UInt8] {
        var styles = CellStyles()
        let percent = styles.style(numberFormat: "0.0%")
        let count = styles.style(numberFormat: "0")
        let names = comparisonSheetNames
        var plans = WorksheetWriter(name: names[0])
        let columns = CSVReporter.comparisonColumns
        try plans.append(comparisonColumnHeads.map { .header($0, style: CellStyles.header) })
        let csv = CSVReporter(options: options)
        for row in comparison.rows {
            let fields = csv.comparisonFields(row)
            var cells: [WorksheetWriter.Cell] = []
            cells.reserveCapacity(fields.count)
            for (position, field) in fields.enumerated() {
                switch field.kind {
                case .empty: cells.append(.empty)
                case .text, .date:
                    let isWorst = position == columns.count - 1
                    cells.append(.text(isWorst ? options.worstTargetsText(row) : field.text))
                case .number:
                    let column = columns[position]
                    let isFraction = column == "mean_progress" || column == "worst_progress"
                    cells.append(
                        Self.isPlainDecimal(field.cell)
                            ? .number(field.cell, style: isFraction ? percent : count) : .text(field.cell))
                }
            }
            try plans.append(cells)
        }
        var worst = WorksheetWriter(name: names[1])
        try worst.append(worstTargetColumnHeads.map { .header($0, style: CellStyles.header) })
        for row in comparison.rows {
            for (offset, target) in row.worstTargets.enumerated() {
                let progress = ExactDecimal.plainText(target.progress)
                try worst.append([
                    .text(row.plan.rawValue), .number(String(offset + 1), style: count), .text(target.target.rawValue),
                    .text(target.title.text(in: options.language)), .text(options.statusText(target.status)),
                    Self.isPlainDecimal(progress) ? .number(progress, style: percent) : .text(progress),
                ])
            }
        }
        return try WorkbookParts.archive((plans, worst), names: names, styles: styles)
    }
}
