public import ErqiReporting

/// Writes a `Scorecard` as GitHub-flavoured Markdown: a heading per plan and theme, and a table of targets
/// per theme.
///
/// Every text from data goes through ``MarkdownReporter/escaped(_:)``: pipes, backslashes and the markup
/// characters (`\ | * _ ` [ ] # ~`) are escaped, `<`, `>` and `&` become entities (so raw HTML in a name shows as text), and line
/// breaks become spaces (a table row is one line); other control characters (C0, DEL and C1, such as the 8-bit CSI
/// U+009B) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A … U+202E, U+2066 … U+2069), which
/// would reorder the text around them, become U+FFFD. Status is written in words, with a mark.
public struct MarkdownReporter: Reporter {
    /// The shared options: language, number style and decimal places.
    public var options: ReportOptions

    /// Creates a Markdown reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `markdown`, `.md`, `text/markdown`.
    public var format: ReportFormat {
        ReportFormat(name: "markdown", fileExtension: "md", mediaType: "text/markdown; charset=utf-8; variant=GFM")
    }

    /// Escapes text from data for a Markdown table cell or heading.
    /// - Parameter text: The text.
    /// - Returns: Text that renders as itself: `a|b` becomes `a\|b`, `<script>` becomes `&lt;script&gt;`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~":
                result += "\\" + String(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += " "
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || isBidirectionalControl(scalar) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Whether ``escaped(_:)`` changes a scalar: Markdown punctuation, HTML's `<`, `>` and `&`, line breaks,
    /// controls and bidirectional controls.
    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "|", "*", "_", "`", "[", "]", "#", "~", "<", ">", "&", "\u{2028}", "\u{2029}": true
        default: scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || isBidirectionalControl(scalar)
        }
    }

    /// Writes the report.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every scorecard can be written.
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(scorecard, to: &sink) }
    }

    /// Writes the scorecard into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ scorecard: Scorecard, to output: inout ReportOutput) throws {
        let o = options
        output.write("# \(o.label(.report))\n\n")
        output.write("\(o.label(.asOf)) \(scorecard.asOf)\n\n")
        if scorecard.plans.count > 1 {
            output.write("**\(o.label(.overall))**\n\n")
            writeOverview(ScorecardOverview(scorecard: scorecard), to: &output)
        }
        var leftOut = 0
        for plan in scorecard.plans {
            output.write("## \(Self.escaped(plan.title.text(in: o.language))) (\(plan.period))\n\n")
            writeOverview(ScorecardOverview(plan: plan), to: &output)
            for visit in plan.themeVisits where !visit.theme.isEmpty {
                writeTheme(visit, policy: scorecard.policy, leftOut: &leftOut, to: &output)
            }
        }
        if leftOut > 0 { output.write("\(Self.escaped(o.notesLeftOutText(leftOut)))\n\n") }
        let achievements = o.achievements.lines(of: scorecard)
        if !achievements.isEmpty {
            output.write("## \(o.label(.achievements))\n\n")
            let indicators = scorecard.indicatorsByID
            for (label, observation) in achievements {
                let name =
                    indicators[observation.indicator]?.name.text(in: o.language)
                    ?? observation.indicator.rawValue
                let mark = label.map { "\(o.label($0)) " } ?? ""
                output.write("- \(Self.escaped(name)): \(mark)\(observationText(observation))\n")
            }
            output.write("\n")
        }
        if !scorecard.sources.isEmpty {
            output.write("## \(o.label(.source))\n\n")
            for source in scorecard.sources {
                var line = "- `\(Self.code(source.id.rawValue))`: \(Self.escaped(source.title.text(in: o.language)))"
                if let date = source.publishedOn { line += " (\(date))" }
                line += ", \(Self.escaped(source.locator))"
                output.write(line + "\n")
            }
        }
    }

    // MARK: - Sections

    /// The overview as a list: targets by status, milestones by status, and the mean with what it covers.
    private func writeOverview<Output: TextOutputStream>(_ overview: ScorecardOverview, to output: inout Output) {
        let o = options
        func statuses(_ counts: StatusCounts) -> [String] {
            counts.nonZero.map { "\(statusText($0.status)) \($0.count)" }
        }
        if overview.targetCount > 0 || overview.milestoneCount == 0 {
            output.write(
                "- \(o.targetsOverviewText(count: overview.targetCount, statuses: statuses(overview.targets)))\n")
        }
        if overview.milestoneCount > 0 {
            output.write(
                "- \(o.milestonesOverviewText(count: overview.milestoneCount, statuses: statuses(overview.milestones)))\n"
            )
        }
        if let mean = o.meanProgressText(overview) { output.write("- \(Self.escaped(mean))\n") }
        output.write("\n")
    }

    private func writeTheme<Output: TextOutputStream>(
        _ visit: ThemeVisit, policy: EvaluationPolicy, leftOut: inout Int, to output: inout Output
    ) {
        let o = options
        let level = String(repeating: "#", count: min(6, 3 + visit.depth))
        let title = visit.path.map { Self.escaped($0.text(in: o.language)) }.joined(separator: " / ")
        output.write("\(level) \(title)\n\n")
        if o.detail, visit.theme.rollup.counts.total > 0 { output.write("\(rollupText(visit.theme.rollup))\n\n") }
        if !visit.theme.targets.isEmpty {
            let headers: [ReportLabel] = [
                .status, .target, .requirement, .revision, .actual, .progress, .pace, .source,
            ]
            output.write("| " + headers.map { o.label($0) }.joined(separator: " | ") + " |\n")
            output.write("|---|---|---|---|--:|--:|--:|---|\n")
            for evaluation in visit.theme.targets {
                output.write("| " + cells(for: evaluation).joined(separator: " | ") + " |\n")
            }
            output.write("\n")
        }
        if !visit.theme.milestones.isEmpty {
            output.write("**\(o.label(.milestones))**\n\n")
            for evaluation in visit.theme.milestones {
                var line =
                    "- \(statusText(evaluation.status)): \(Self.escaped(evaluation.milestone.title.text(in: o.language)))"
                line += ", \(o.label(.due)) \(evaluation.milestone.due)"
                if let done = evaluation.completedOn {
                    line += ", \(o.label(.completedOn)) \(done)"
                    if evaluation.completedLate { line += " (\(o.label(.late)))" }
                }
                if let citation = evaluation.latestEvidence?.citation ?? evaluation.milestone.citation {
                    line += " \\[\(Self.escaped(o.citationText(citation)))\\]"
                }
                output.write(line + "\n")
            }
            output.write("\n")
        }
        var notes: [String] = []
        for evaluation in visit.theme.targets {
            let shown = o.shownNotes(for: evaluation, markup: Self.markup, policy: policy)
            notes += shown.notes
            leftOut += shown.leftOut
        }
        if !notes.isEmpty {
            output.write("**\(o.label(.notes))**\n\n")
            for note in notes { output.write("- \(note)\n") }
            output.write("\n")
        }
    }

    // MARK: - Cells

    private func statusText(_ status: EvaluationStatus) -> String {
        "\(Self.mark(for: status)) \(options.statusText(status))"
    }

    /// A mark for a status: ✅ achieved or done, ❌ missed or overdue, ⚠️ at risk or off track, and so on.
    private static func mark(for status: EvaluationStatus) -> String {
        switch status {
        case .achieved, .done: "✅"
        case .ahead, .onTrack: "🟢"
        case .atRisk: "🟡"
        case .offTrack: "🟠"
        case .missed, .overdue: "❌"
        case .pending: "⏳"
        case .noData, .undetermined, .incompleteData: "❔"
        case .notComparable: "↔️"
        }
    }

    private func cells(for evaluation: TargetEvaluation) -> [String] {
        let o = options
        let none = o.label(.none)
        var revision = none
        if let revised = evaluation.revision {
            revision = Self.escaped(
                "\(o.label(.original)) \(o.requirementText(evaluation.target.requirement)), "
                    + "\(o.label(.revisedOn)) \(revised.effectiveOn)")
        }
        var actual = none
        if let value = evaluation.actual {
            let unit = evaluation.indicator?.unit ?? evaluation.requirementInForce.unit
            var text = o.quantityText(value, unit: unit, approximation: evaluation.actualApproximation)
            if let quality = evaluation.actualQuality, quality != .final { text += " (\(o.qualityText(quality)))" }
            actual = Self.escaped(text)
        }
        let progress = o.progressText(for: evaluation).map(Self.escaped) ?? none
        var pace = evaluation.figures.paceRatio.map(o.ratioText) ?? none
        if let expected = evaluation.figures.expectedProgress, evaluation.figures.paceRatio != nil {
            pace += " (\(o.label(.expected)) \(o.percentText(expected)))"
        }
        return [
            statusText(evaluation.status),
            Self.escaped(evaluation.target.title.text(in: o.language)),
            Self.escaped(o.requirementText(evaluation.requirementInForce)),
            revision, actual, progress, Self.escaped(pace),
            evaluation.displayedCitation.map { Self.escaped(o.citationText($0)) } ?? none,
        ]
    }

    private static let markup = ReportNoteMarkup(
        data: { MarkdownReporter.escaped($0) }, code: { "`\($0)`" },
        citation: { " " + MarkdownReporter.escaped("[\($0)]") })

    private func observationText(_ observation: Observation) -> String {
        options.observationNote(observation, markup: Self.markup)
    }

    private func rollupText(_ rollup: Rollup) -> String {
        let o = options
        var parts = rollup.counts.nonZero.map { "\(statusText($0.status)) \($0.count)" }
        if parts.isEmpty { parts = [o.label(.none)] }
        var text = parts.joined(separator: ", ")
        if let mean = rollup.meanProgress {
            text += "; \(o.label(.meanProgress)) \(Self.escaped(o.percentText(mean))) (n=\(rollup.progressCount)"
            if !rollup.excluded.isEmpty { text += ", \(o.label(.excluded)) \(rollup.excluded.count)" }
            if let shared = rollup.doubleCountedFigures, shared > 0 {
                text += ", \(o.label(.doubleCounted)) \(shared)"
            }
            text += ")"
        }
        return text
    }

    /// Text for a code span: backticks cannot be escaped inside one, so they become `'`.
    private static func code(_ text: String) -> String {
        escapedControls(text.replacingBackticks())
    }

    /// Whether a character is a bidirectional mark, embedding, override or isolate, which reorders the text
    /// around it where Markdown is shown.
    private static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escapedControls(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: " "
                    default: isBidirectionalControl(scalar) ? "\u{FFFD}" : scalar
                    }
                }))
    }
}

extension String {
    fileprivate func replacingBackticks() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "`" ? "'" : $0 }))
    }
}
