public import ErqiReporting

extension MarkdownReporter {
    /// Writes plans side by side as one GitHub-flavoured table, every plan in the comparison's order: mean
    /// progress, targets, counts of targets and milestones by status, and the worst targets.
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every comparison can be written.
    public func write<Output: TextOutputStream>(_ comparison: PlanComparison, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(comparison, to: &sink) }
    }

    /// Writes the comparison into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ comparison: PlanComparison, to output: inout ReportOutput) throws {
        let o = options
        func row(_ cells: [String]) { output.write("| " + cells.joined(separator: " | ") + " |\n") }
        func cell(_ text: String) -> String { text.isEmpty ? "" : Self.escaped(text) }
        output.write("# \(cell(o.comparisonLabel(.title)))\n\n\(comparison.asOf)\n\n")
        output.write("\(cell(o.comparisonLine(.planCount, String(comparison.rows.count))))\n\n")
        if let sort = o.sortText(comparison) { output.write("\(cell(sort))\n\n") }
        let heads: [ComparisonLabel] = [
            .planID, .plan, .meanProgress, .targets, .targetsWithProgress, .targetCounts, .milestoneCounts,
            .worstTargets,
        ]
        row(heads.map { cell(o.comparisonLabel($0)) })
        row(heads.map { _ in "---" })
        for plan in comparison.rows {
            row([
                cell(plan.plan.rawValue), cell(plan.title.text(in: o.language)), cell(o.meanProgressText(plan)),
                String(plan.targetCount), String(plan.targetsWithProgress), cell(o.countsText(plan.targetCounts)),
                cell(o.countsText(plan.milestoneCounts)), cell(o.worstTargetsText(plan)),
            ])
        }
    }
}
