public import ErqiReporting

extension TextReporter {
    /// Writes what changed: the targets whose status, requirement, actual or figures changed, each with its
    /// revisions and figures; the milestones that changed or fell due; and the rollups before and after.
    /// - Parameters:
    ///   - diff: The diff.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every diff can be written.
    public func write<Output: TextOutputStream>(_ diff: ScorecardDiff, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(diff, to: &sink) }
    }

    /// Writes the diff into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ diff: ScorecardDiff, to output: inout ReportOutput) throws {
        let o = options
        let writer = LineWriter(options: options)
        writer.heading("\(o.diffLabel(.title))  \(diff.before) → \(diff.after)", underline: "=", to: &output)
        writer.blank(to: &output)

        let targets = diff.changedTargets
        writer.heading("\(o.diffLabel(.targets)) (\(targets.count))", underline: "-", to: &output)
        if targets.isEmpty { writer.line(o.diffLabel(.nothingChanged), indent: 2, to: &output) }
        for change in targets {
            let mark = change.statusAfter.map(Self.mark(for:)) ?? "-"
            writer.line(
                "\(mark) \(change.title.text(in: o.language)) [\(change.plan.rawValue)/\(change.target.rawValue)]"
                    + "  \(o.statusChangeText(change.statusBefore, change.statusAfter))",
                indent: 2, to: &output)
            let details: [(DiffLabel, String)] = [
                (.requirement, o.requirementChangeText(change.requirementBefore, change.requirementAfter)),
                (.actual, o.actualChangeText(change)),
                (.progress, o.progressChangeText(change)),
            ]
            for (label, text) in details where !text.isEmpty {
                writer.line("\(o.diffLabel(label)): \(text)", indent: 6, to: &output)
            }
            for (label, text) in o.changeDetails(change) {
                writer.line("\(o.diffLabel(label)): \(text)", indent: 6, to: &output)
            }
        }
        writer.blank(to: &output)

        let milestones = diff.changedMilestones
        writer.heading("\(o.diffLabel(.milestones)) (\(milestones.count))", underline: "-", to: &output)
        if milestones.isEmpty { writer.line(o.diffLabel(.nothingChanged), indent: 2, to: &output) }
        for change in milestones {
            let fell = change.fellDue ? "  (\(o.diffLabel(.fellDue)))" : ""
            writer.line(
                "\(change.statusAfter.map(Self.mark(for:)) ?? "-") \(change.title.text(in: o.language))"
                    + " [\(change.plan.rawValue)/\(change.milestone.rawValue)]"
                    + "  \(o.diffLabel(.due)) \(change.due)  \(o.statusChangeText(change.statusBefore, change.statusAfter))"
                    + fell,
                indent: 2, to: &output)
        }
        writer.blank(to: &output)

        writer.heading(o.diffLabel(.rollups), underline: "-", to: &output)
        for change in diff.rollups {
            writer.line(o.rollupName(change), indent: 2, to: &output)
            writer.line("\(o.diffLabel(.counts)): \(o.countsChangeText(change))", indent: 6, to: &output)
            let mean = o.meanProgressChangeText(change)
            if !mean.isEmpty { writer.line("\(o.diffLabel(.meanProgress)): \(mean)", indent: 6, to: &output) }
        }
    }
}
