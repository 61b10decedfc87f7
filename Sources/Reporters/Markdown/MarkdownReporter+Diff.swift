public import ErqiReporting

extension MarkdownReporter {
    /// Writes what changed as GitHub-flavoured tables: targets, milestones and rollups, each target followed by
    /// its revisions and the figures that came or went.
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
        func row(_ cells: [String]) { output.write("| " + cells.joined(separator: " | ") + " |\n") }
        func cell(_ text: String) -> String { text.isEmpty ? "" : Self.escaped(text) }
        output.write("# \(o.diffLabel(.title))\n\n\(diff.before) → \(diff.after)\n\n")

        let targets = diff.changedTargets
        output.write("## \(o.diffLabel(.targets)) (\(targets.count))\n\n")
        if targets.isEmpty {
            output.write("\(o.diffLabel(.nothingChanged))\n\n")
        } else {
            let heads: [DiffLabel] = [.plan, .item, .status, .requirement, .actual, .progress]
            row(heads.map(o.diffLabel))
            row(heads.map { _ in "---" })
            for change in targets {
                row([
                    cell(change.plan.rawValue), cell(change.title.text(in: o.language)),
                    cell(o.statusChangeText(change.statusBefore, change.statusAfter)),
                    cell(o.requirementChangeText(change.requirementBefore, change.requirementAfter)),
                    cell(o.actualChangeText(change)), cell(o.progressChangeText(change)),
                ])
            }
            output.write("\n")
            for change in targets {
                let details = o.changeDetails(change)
                if details.isEmpty { continue }
                output.write("**\(cell(change.title.text(in: o.language)))**\n\n")
                for (label, text) in details { output.write("- \(o.diffLabel(label)): \(cell(text))\n") }
                output.write("\n")
            }
        }

        let milestones = diff.changedMilestones
        output.write("## \(o.diffLabel(.milestones)) (\(milestones.count))\n\n")
        if milestones.isEmpty {
            output.write("\(o.diffLabel(.nothingChanged))\n\n")
        } else {
            let heads: [DiffLabel] = [.plan, .item, .due, .status]
            row(heads.map(o.diffLabel))
            row(heads.map { _ in "---" })
            for change in milestones {
                let fell = change.fellDue ? " (\(o.diffLabel(.fellDue)))" : ""
                row([
                    cell(change.plan.rawValue), cell(change.title.text(in: o.language)), "\(change.due)",
                    cell(o.statusChangeText(change.statusBefore, change.statusAfter) + fell),
                ])
            }
            output.write("\n")
        }

        output.write("## \(o.diffLabel(.rollups))\n\n")
        let heads: [DiffLabel] = [.plan, .counts, .meanProgress]
        row(heads.map(o.diffLabel))
        row(heads.map { _ in "---" })
        for change in diff.rollups {
            row([cell(o.rollupName(change)), cell(o.countsChangeText(change)), cell(o.meanProgressChangeText(change))])
        }
    }
}
