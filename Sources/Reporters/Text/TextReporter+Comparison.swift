public import ErqiReporting

extension TextReporter {
    /// How many plans a text comparison shows at its top and at its bottom when there are more than twice as
    /// many: 10.
    public static let comparisonEnds = 10

    /// Writes plans side by side: with at most 20 plans, every plan in the comparison's order; with more, the ten
    /// with the highest and the ten with the lowest mean progress, ranked, and how many plans have no mean.
    /// Each row has the plan's mean progress, its counts of targets and milestones by status and its worst
    /// targets.
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
        let writer = LineWriter(options: options)
        writer.heading("\(o.comparisonLabel(.title))  \(comparison.asOf)", underline: "=", to: &output)
        writer.line(o.comparisonLine(.planCount, String(comparison.rows.count)), to: &output)
        let ends = Self.comparisonEnds
        if comparison.rows.count <= 2 * ends {
            if let sort = o.sortText(comparison) { writer.line(sort, to: &output) }
            writer.blank(to: &output)
            writer.heading(o.comparisonLabel(.allPlans), underline: "-", to: &output)
            writeComparisonTable(comparison.rows.map { (nil, $0) }, to: &output)
            return
        }
        let ranked = comparison.rankedByMeanProgress
        let numbered = ranked.enumerated().map { (Optional($0.offset + 1), $0.element) }
        writer.blank(to: &output)
        if ranked.count <= 2 * ends {
            writer.heading(o.comparisonLabel(.meanProgress), underline: "-", to: &output)
            writeComparisonTable(numbered, to: &output)
        } else {
            writer.heading("\(o.comparisonLabel(.top)) (\(ends))", underline: "-", to: &output)
            writeComparisonTable(Array(numbered.prefix(ends)), to: &output)
            writer.blank(to: &output)
            writer.heading("\(o.comparisonLabel(.bottom)) (\(ends))", underline: "-", to: &output)
            writeComparisonTable(Array(numbered.suffix(ends)), to: &output)
        }
        let withoutMean = comparison.rows.count - ranked.count
        if withoutMean > 0 {
            writer.blank(to: &output)
            writer.line(o.comparisonLine(.withoutMean, String(withoutMean)), to: &output)
        }
    }

    /// Writes one table of plans, each with its rank when it has one.
    private func writeComparisonTable<Output: TextOutputStream>(
        _ rows: [(rank: Int?, row: PlanComparisonRow)], to output: inout Output
    ) {
        let o = options
        let ranked = rows.contains { $0.rank != nil }
        var columns: [TextTable.Column] = ranked ? [.init(header: o.comparisonLabel(.rank), alignRight: true)] : []
        columns += [
            .init(header: o.comparisonLabel(.planID)),
            .init(header: o.comparisonLabel(.plan), shrinkable: true),
            .init(header: o.comparisonLabel(.meanProgress), alignRight: true),
            .init(header: o.comparisonLabel(.targets), alignRight: true),
            .init(header: o.comparisonLabel(.targetsWithProgress), alignRight: true),
            .init(header: o.comparisonLabel(.targetCounts), shrinkable: true),
            .init(header: o.comparisonLabel(.milestoneCounts), shrinkable: true),
            .init(header: o.comparisonLabel(.worstTargets), shrinkable: true),
        ]
        var table = TextTable(columns: columns)
        for (rank, row) in rows {
            var cells = ranked ? [rank.map(String.init) ?? ""] : []
            cells += [
                row.plan.rawValue, row.title.text(in: o.language), o.meanProgressText(row), String(row.targetCount),
                String(row.targetsWithProgress), o.countsText(row.targetCounts), o.countsText(row.milestoneCounts),
                o.worstTargetsText(row),
            ]
            table.rows.append((cells.map(TerminalText.clean), nil))
        }
        for line in table.lines(indent: 2, lineWidth: o.lineWidth, ambiguous: o.ambiguousWidth, colour: o.colour) {
            LineWriter(options: o).raw(line, to: &output)
        }
    }
}
