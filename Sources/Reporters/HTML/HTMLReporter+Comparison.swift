public import ErqiReporting

extension HTMLReporter {
    /// Writes plans side by side as one self-contained page with one table, every plan in the comparison's
    /// order, under the same Content-Security-Policy as the scorecard page.
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
        func data(_ text: String) -> String { text.isEmpty ? "" : "<bdi>\(Self.escaped(text))</bdi>" }
        let title = "\(o.comparisonLabel(.title)) \(comparison.asOf)"
        HTMLPageHead.write(title: title, language: o.language, to: &output)
        output.write("<header>\n<h1>\(Self.escaped(o.comparisonLabel(.title)))</h1>\n")
        output.write("<p class=\"as-of\"><time>\(comparison.asOf)</time></p>\n")
        output.write("<p>\(Self.escaped(o.comparisonLine(.planCount, String(comparison.rows.count))))</p>\n")
        if let sort = o.sortText(comparison) { output.write("<p>\(Self.escaped(sort))</p>\n") }
        output.write("</header>\n<main>\n<section>\n<table class=\"targets\">\n<thead><tr>")
        let heads: [ComparisonLabel] = [
            .planID, .plan, .meanProgress, .targets, .targetsWithProgress, .targetCounts, .milestoneCounts,
            .worstTargets,
        ]
        for label in heads { output.write("<th scope=\"col\">\(Self.escaped(o.comparisonLabel(label)))</th>") }
        output.write("</tr></thead>\n<tbody>\n")
        for plan in comparison.rows {
            output.write("<tr><td>\(data(plan.plan.rawValue))</td><td>\(data(plan.title.text(in: o.language)))</td>")
            output.write("<td class=\"number\">\(data(o.meanProgressText(plan)))</td>")
            output.write("<td class=\"number\">\(plan.targetCount)</td>")
            output.write("<td class=\"number\">\(plan.targetsWithProgress)</td>")
            output.write("<td>\(data(o.countsText(plan.targetCounts)))</td>")
            output.write("<td>\(data(o.countsText(plan.milestoneCounts)))</td>")
            output.write("<td>\(data(o.worstTargetsText(plan)))</td></tr>\n")
        }
        output.write("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n")
    }
}
