public import ErqiReporting

/// Writes a `Scorecard` as a terminal report, grouped by plan and theme.
///
/// Each target shows its status (a mark and a word, coloured when `ReportOptions/colour` is on), its
/// title, the requirement in force, the revision that set it, the actual, completion or progress, the pace
/// ratio, the progress expected by the as-of day, and the source of the actual. Milestones, notes (revisions, superseded
/// preliminary figures, incomparable figures, data issues), achievements without a target and the sources
/// follow.
///
/// Columns align by display width (``DisplayWidth``): Chinese takes two columns, and ambiguous-width
/// characters one or two as `ReportOptions/ambiguousWidth` says. With `ReportOptions/lineWidth` set, the
/// title, requirement, revision and source columns narrow first, and any line still too long is cut, always
/// by display width and ending in an ellipsis. Control characters in data (ESC, BEL, C1, bidirectional controls)
/// are shown as their code point, `\u{1B}`, so data cannot move the cursor, inject escape sequences or reorder
/// the text; tabs and line breaks become spaces.
///
/// ```swift
/// let options = ReportOptions(
///     language: .en,
///     colour: ReportOptions.colourWanted(isTerminal: isatty(1) == 1, environment: environment),
///     lineWidth: 100)
/// try TextReporter(options: options).write(scorecard, to: &standardOutput)
/// ```
public struct TextReporter: Reporter {
    /// The shared options: language, number style, decimal places, colour, line width, ambiguous width.
    public var options: ReportOptions

    /// Creates a text reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `text`, `.txt`, `text/plain`.
    public var format: ReportFormat {
        ReportFormat(name: "text", fileExtension: "txt", mediaType: "text/plain; charset=utf-8")
    }

    /// The mark shown before a status word, so that status reads without colour.
    /// - Parameter status: The status.
    /// - Returns: An ASCII mark: `+` good, `x` bad, `!` at risk, `?` unknown, and so on.
    public static func mark(for status: EvaluationStatus) -> String {
        switch status {
        case .achieved, .done: "+"
        case .ahead: ">>"
        case .onTrack: "="
        case .atRisk: "!"
        case .offTrack: "!!"
        case .missed, .overdue: "x"
        case .pending: "."
        case .noData, .undetermined, .incompleteData: "?"
        case .notComparable: "~"
        }
    }

    /// Writes the report, one line at a time.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every scorecard can be written.
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(scorecard, to: &sink) }
    }

    /// Writes the scorecard into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ scorecard: Scorecard, to output: inout ReportOutput) throws {
        var writer = LineWriter(options: options)
        let o = options
        writer.heading("\(o.label(.report))  \(o.label(.asOf)) \(scorecard.asOf)", underline: "=", to: &output)
        if scorecard.plans.count > 1 {
            writer.line("\(o.label(.overall)):", to: &output)
            writeOverview(ScorecardOverview(scorecard: scorecard), writer: &writer, to: &output)
            if let shared = scorecard.rollup.doubleCountedFigures, shared > 0 {
                writer.line("\(o.label(.doubleCounted)) \(shared)", indent: 2, to: &output)
            }
        }
        writer.blank(to: &output)
        var leftOut = 0
        for plan in scorecard.plans {
            let source = plan.source.map { "  [\($0.rawValue)]" } ?? ""
            writer.heading(
                "\(plan.title.text(in: o.language))  \(plan.period)\(source)", underline: "=", to: &output)
            writeOverview(ScorecardOverview(plan: plan), writer: &writer, to: &output)
            writer.blank(to: &output)
            for visit in plan.themeVisits where !visit.theme.isEmpty {
                writeTheme(visit, policy: scorecard.policy, leftOut: &leftOut, writer: &writer, to: &output)
            }
        }
        if leftOut > 0 {
            writer.line(o.notesLeftOutText(leftOut), to: &output)
            writer.blank(to: &output)
        }
        writeAchievements(scorecard, writer: &writer, to: &output)
        writeSources(scorecard, writer: &writer, to: &output)
    }

    /// The overview: targets by status, milestones by status, each on its line, and the mean with what it covers.
    private func writeOverview<Output: TextOutputStream>(
        _ overview: ScorecardOverview, writer: inout LineWriter, to output: inout Output
    ) {
        let o = options
        func statuses(_ counts: StatusCounts) -> [String] {
            counts.nonZero.map { "\(Self.mark(for: $0.status)) \(o.statusText($0.status)) \($0.count)" }
        }
        if overview.targetCount > 0 || overview.milestoneCount == 0 {
            writer.line(
                o.targetsOverviewText(count: overview.targetCount, statuses: statuses(overview.targets)), indent: 2,
                to: &output)
        }
        if overview.milestoneCount > 0 {
            writer.line(
                o.milestonesOverviewText(count: overview.milestoneCount, statuses: statuses(overview.milestones)),
                indent: 2, to: &output)
        }
        if let mean = o.meanProgressText(overview) { writer.line(mean, indent: 2, to: &output) }
    }

    // MARK: - Sections

    private func writeTheme<Output: TextOutputStream>(
        _ visit: ThemeVisit, policy: EvaluationPolicy, leftOut: inout Int, writer: inout LineWriter,
        to output: inout Output
    ) {
        let o = options
        let indent = visit.depth * 2
        let title = visit.path.map { $0.text(in: o.language) }.joined(separator: " / ")
        writer.heading(title, underline: "-", indent: indent, to: &output)
        if o.detail, visit.theme.rollup.counts.total > 0 {
            writer.line(rollupText(visit.theme.rollup), indent: indent, to: &output)
        }
        // A blank line sets a table apart from the rollup line above it; the compact report has none there.
        if !visit.theme.targets.isEmpty {
            if o.detail { writer.blank(to: &output) }
            var table = TextTable(columns: [
                .init(header: o.label(.status)),
                .init(header: o.label(.target), shrinkable: true),
                .init(header: o.label(.requirement), shrinkable: true),
                .init(header: o.label(.revision), shrinkable: true),
                .init(header: o.label(.actual), alignRight: true, shrinkable: true),
                .init(header: o.label(.progress), alignRight: true),
                .init(header: o.label(.pace), alignRight: true),
                .init(header: o.label(.expected), alignRight: true),
                .init(header: o.label(.source), shrinkable: true),
            ])
            for evaluation in visit.theme.targets {
                table.rows.append((cells(for: evaluation).map(TerminalText.clean), evaluation.status))
            }
            for line in table.lines(
                indent: indent, lineWidth: o.lineWidth, ambiguous: o.ambiguousWidth, colour: o.colour)
            {
                writer.raw(line, to: &output)
            }
        }
        if !visit.theme.milestones.isEmpty {
            var table = TextTable(columns: [
                .init(header: o.label(.status)),
                .init(header: o.label(.milestone), shrinkable: true),
                .init(header: o.label(.due)),
                .init(header: o.label(.completedOn)),
                .init(header: o.label(.source), shrinkable: true),
            ])
            for evaluation in visit.theme.milestones {
                var done = evaluation.completedOn.map(\.description) ?? o.label(.none)
                if evaluation.completedLate { done += " (\(o.label(.late)))" }
                let citation = evaluation.latestEvidence?.citation ?? evaluation.milestone.citation
                let cells = [
                    "\(Self.mark(for: evaluation.status)) \(o.statusText(evaluation.status))",
                    evaluation.milestone.title.text(in: o.language), evaluation.milestone.due.description, done,
                    citation.map(o.citationText) ?? o.label(.none),
                ]
                table.rows.append((cells.map(TerminalText.clean), evaluation.status))
            }
            if o.detail || !visit.theme.targets.isEmpty { writer.blank(to: &output) }
            for line in table.lines(
                indent: indent, lineWidth: o.lineWidth, ambiguous: o.ambiguousWidth, colour: o.colour)
            {
                writer.raw(line, to: &output)
            }
        }
        var notes: [String] = []
        for evaluation in visit.theme.targets {
            let shown = o.shownNotes(for: evaluation, markup: .plain, policy: policy)
            notes += shown.notes
            leftOut += shown.leftOut
        }
        if !notes.isEmpty {
            writer.blank(to: &output)
            writer.line("\(o.label(.notes)):", indent: indent, to: &output)
            for note in notes { writer.line("* " + note, indent: indent + 2, to: &output) }
        }
        writer.blank(to: &output)
    }

    private func writeAchievements<Output: TextOutputStream>(
        _ scorecard: Scorecard, writer: inout LineWriter, to output: inout Output
    ) {
        let lines = options.achievements.lines(of: scorecard)
        guard !lines.isEmpty else { return }
        let o = options
        writer.heading(o.label(.achievements), underline: "-", to: &output)
        let indicators = scorecard.indicatorsByID
        for (label, observation) in lines {
            let name =
                indicators[observation.indicator]?.name.text(in: o.language)
                ?? observation.indicator.rawValue
            var text = "* \(name)  \(label.map { "\(o.label($0)) " } ?? "")\(observation.period)  "
            text += o.quantityText(
                observation.value.value, unit: observation.value.unit, approximation: observation.approximation)
            if observation.quality != .final { text += " (\(o.qualityText(observation.quality)))" }
            if let citation = observation.citation { text += "  [\(o.citationText(citation))]" }
            writer.line(text, indent: 2, to: &output)
        }
        writer.blank(to: &output)
    }

    private func writeSources<Output: TextOutputStream>(
        _ scorecard: Scorecard, writer: inout LineWriter, to output: inout Output
    ) {
        guard !scorecard.sources.isEmpty else { return }
        let o = options
        writer.heading(o.label(.source), underline: "-", to: &output)
        for source in scorecard.sources {
            var text = "* \(source.id.rawValue): \(source.title.text(in: o.language))"
            if let date = source.publishedOn { text += " (\(date))" }
            text += "  \(source.locator)"
            writer.line(text, indent: 2, to: &output)
        }
    }

    // MARK: - Cells

    private func cells(for evaluation: TargetEvaluation) -> [String] {
        let o = options
        let none = o.label(.none)
        let status = "\(Self.mark(for: evaluation.status)) \(o.statusText(evaluation.status))"
        var revision = none
        if let revised = evaluation.revision {
            revision =
                "\(o.label(.original)) \(o.requirementText(evaluation.target.requirement)), "
                + "\(o.label(.revisedOn)) \(revised.effectiveOn)"
        }
        var actual = none
        if let value = evaluation.actual {
            let unit = evaluation.indicator?.unit ?? evaluation.requirementInForce.unit
            actual = o.quantityText(value, unit: unit, approximation: evaluation.actualApproximation)
            if let quality = evaluation.actualQuality, quality != .final { actual += " (\(o.qualityText(quality)))" }
        }
        let progress = o.progressText(for: evaluation) ?? none
        let pace = evaluation.figures.paceRatio.map(o.ratioText) ?? none
        let expected = evaluation.figures.expectedProgress.map(o.percentText) ?? none
        let source = evaluation.displayedCitation.map(o.citationText) ?? none
        return [
            status, evaluation.target.title.text(in: o.language), o.requirementText(evaluation.requirementInForce),
            revision, actual, progress, pace, expected, source,
        ]
    }

    private func rollupText(_ rollup: Rollup) -> String {
        let o = options
        var parts = rollup.counts.nonZero.map { "\(Self.mark(for: $0.status)) \(o.statusText($0.status)) \($0.count)" }
        if parts.isEmpty { parts = [o.label(.none)] }
        var text = parts.joined(separator: ", ")
        if let mean = rollup.meanProgress {
            text += "  |  \(o.label(.meanProgress)) \(o.percentText(mean)) (n=\(rollup.progressCount)"
            if !rollup.excluded.isEmpty { text += ", \(o.label(.excluded)) \(rollup.excluded.count)" }
            if let shared = rollup.doubleCountedFigures, shared > 0 {
                text += ", \(o.label(.doubleCounted)) \(shared)"
            }
            text += ")"
        }
        return text
    }
}

/// Writes cleaned, width-limited lines.
struct LineWriter {
    let options: ReportOptions

    func raw<Output: TextOutputStream>(_ line: String, to output: inout Output) {
        // Table lines are cut by their columns already; colour escapes must not be cut.
        output.write(line)
        output.write("\n")
    }

    func line<Output: TextOutputStream>(_ text: String, indent: Int = 0, to output: inout Output) {
        var line = String(repeating: " ", count: indent) + TerminalText.clean(text)
        if let width = options.lineWidth {
            line = DisplayWidth.truncate(line, to: width, ambiguous: options.ambiguousWidth)
        }
        output.write(line)
        output.write("\n")
    }

    func heading<Output: TextOutputStream>(
        _ text: String, underline: Character, indent: Int = 0, to output: inout Output
    ) {
        var title = TerminalText.clean(text)
        if let width = options.lineWidth {
            title = DisplayWidth.truncate(title, to: width - indent, ambiguous: options.ambiguousWidth)
        }
        let margin = String(repeating: " ", count: indent)
        output.write(margin + (options.colour ? ANSIStyle.bold(title) : title) + "\n")
        let rule = String(repeating: underline, count: DisplayWidth.of(title, ambiguous: options.ambiguousWidth))
        output.write(margin + rule + "\n")
    }

    func blank<Output: TextOutputStream>(to output: inout Output) {
        output.write("\n")
    }
}
