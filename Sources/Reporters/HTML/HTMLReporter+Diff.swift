public import ErqiReporting

extension HTMLReporter {
    /// Writes what changed as one self-contained page: tables of targets, milestones and rollups, with each
    /// target's revisions and figures, under the same Content-Security-Policy as the scorecard page.
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
        func data(_ text: String) -> String { text.isEmpty ? "" : "<bdi>\(Self.escaped(text))</bdi>" }
        func head(_ labels: [DiffLabel]) {
            output.write("<thead><tr>")
            for label in labels { output.write("<th scope=\"col\">\(Self.escaped(o.diffLabel(label)))</th>") }
            output.write("</tr></thead>\n<tbody>\n")
        }
        let title = "\(o.diffLabel(.title)) \(diff.before) → \(diff.after)"
        HTMLPageHead.write(title: title, language: o.language, to: &output)
        output.write("<header>\n<h1>\(Self.escaped(o.diffLabel(.title)))</h1>\n")
        output.write("<p class=\"as-of\"><time>\(diff.before)</time> → <time>\(diff.after)</time></p>\n</header>\n")
        output.write("<main>\n")

        let targets = diff.changedTargets
        output.write("<section>\n<h2>\(Self.escaped(o.diffLabel(.targets))) (\(targets.count))</h2>\n")
        if targets.isEmpty {
            output.write("<p>\(Self.escaped(o.diffLabel(.nothingChanged)))</p>\n")
        } else {
            output.write("<table class=\"targets\">\n")
            head([.plan, .item, .status, .requirement, .actual, .progress])
            for change in targets {
                let details = o.changeDetails(change).map { "\(Self.escaped(o.diffLabel($0.label))): \(data($0.text))" }
                let notes =
                    details.isEmpty
                    ? "" : "<ul class=\"notes\">" + details.map { "<li>\($0)</li>" }.joined() + "</ul>"
                output.write("<tr><td>\(data(change.plan.rawValue))</td>")
                output.write("<td>\(data(change.title.text(in: o.language)))\(notes)</td>")
                output.write("<td>\(data(o.statusChangeText(change.statusBefore, change.statusAfter)))</td>")
                output.write(
                    "<td>\(data(o.requirementChangeText(change.requirementBefore, change.requirementAfter)))</td>")
                output.write("<td>\(data(o.actualChangeText(change)))</td>")
                output.write("<td>\(data(o.progressChangeText(change)))</td></tr>\n")
            }
            output.write("</tbody>\n</table>\n")
        }
        output.write("</section>\n")

        let milestones = diff.changedMilestones
        output.write("<section>\n<h2>\(Self.escaped(o.diffLabel(.milestones))) (\(milestones.count))</h2>\n")
        if milestones.isEmpty {
            output.write("<p>\(Self.escaped(o.diffLabel(.nothingChanged)))</p>\n")
        } else {
            output.write("<table class=\"targets\">\n")
            head([.plan, .item, .due, .status])
            for change in milestones {
                let fell = change.fellDue ? " (\(o.diffLabel(.fellDue)))" : ""
                output.write("<tr><td>\(data(change.plan.rawValue))</td>")
                output.write("<td>\(data(change.title.text(in: o.language)))</td><td><time>\(change.due)</time></td>")
                output.write(
                    "<td>\(data(o.statusChangeText(change.statusBefore, change.statusAfter) + fell))</td></tr>\n")
            }
            output.write("</tbody>\n</table>\n")
        }
        output.write("</section>\n")

        output.write("<section>\n<h2>\(Self.escaped(o.diffLabel(.rollups)))</h2>\n<table class=\"targets\">\n")
        head([.plan, .counts, .meanProgress])
        for change in diff.rollups {
            output.write("<tr><td>\(data(o.rollupName(change)))</td><td>\(data(o.countsChangeText(change)))</td>")
            output.write("<td>\(data(o.meanProgressChangeText(change)))</td></tr>\n")
        }
        output.write("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n")
    }
}
