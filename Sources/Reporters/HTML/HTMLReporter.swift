public import ErqiReporting
import Foundation

/// Writes a `Scorecard` as one self-contained HTML page, fit for publishing.
///
/// - **Self-contained**: styles are inline, bars are inline SVG, and nothing is fetched from the network.
///   A Content-Security-Policy meta tag (`default-src 'none'`) forbids scripts, network requests, frames and
///   forms, so even a browser that opened a tampered copy would run nothing.
/// - **One section per theme**, under a section per plan. Each target has a bar that shows the actual against
///   the target (the fill is completion or gap closed, the dark tick is the target), with a dashed marker for
///   the progress expected by the as-of day.
/// - **Status in words as well as colour**, with a legend; `lang` is `zh-Hans` or `en` from
///   `ReportOptions/language`.
/// - **Escaped data**: every text from data goes through ``escaped(_:)`` and sits in a `<bdi>` element, so
///   markup shows as text and right-to-left names cannot reorder the page.
public struct HTMLReporter: Reporter {
    /// The shared options: language, number style and decimal places.
    public var options: ReportOptions

    /// Creates an HTML reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `html`, `.html`, `text/html`.
    public var format: ReportFormat {
        ReportFormat(name: "html", fileExtension: "html", mediaType: "text/html; charset=utf-8")
    }

    /// The Content-Security-Policy of every page: nothing but the page's own inline styles and data images.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'none'"

    /// Escapes text for HTML content and quoted attribute values: `& < > " '` become character references,
    /// and control characters other than tab and line breaks become U+FFFD.
    /// - Parameter text: The text.
    /// - Returns: The escaped text.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": result += " "
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Writes the page.
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
        let title = "\(o.label(.report)) \(o.label(.asOf)) \(scorecard.asOf)"
        HTMLPageHead.write(title: title, language: o.language, to: &output)
        output.write("<header>\n<h1>\(Self.escaped(o.label(.report)))</h1>\n")
        output.write("<p class=\"as-of\">\(o.label(.asOf)) <time>\(scorecard.asOf)</time></p>\n")
        if scorecard.plans.count > 1 {
            output.write("<p class=\"rollup\"><strong>\(o.label(.overall))</strong></p>\n")
            writeOverview(ScorecardOverview(scorecard: scorecard), to: &output)
        }
        writeLegend(to: &output)
        output.write("</header>\n<main>\n")
        var leftOut = 0
        for (planIndex, plan) in scorecard.plans.enumerated() {
            output.write("<section class=\"plan\" id=\"plan-\(planIndex + 1)\">\n")
            output.write(
                "<h2>\(Self.data(plan.title.text(in: o.language))) <span class=\"period\">\(plan.period)</span></h2>\n")
            writeOverview(ScorecardOverview(plan: plan), to: &output)
            for (themeIndex, visit) in plan.themeVisits.enumerated() where !visit.theme.isEmpty {
                writeTheme(
                    visit, id: "theme-\(planIndex + 1)-\(themeIndex + 1)", policy: scorecard.policy, leftOut: &leftOut,
                    to: &output)
            }
            output.write("</section>\n")
        }
        if leftOut > 0 { output.write("<p class=\"muted\">\(Self.escaped(o.notesLeftOutText(leftOut)))</p>\n") }
        writeAchievements(scorecard, to: &output)
        writeSources(scorecard, to: &output)
        output.write("</main>\n</body>\n</html>\n")
    }

    // MARK: - Sections

    private func writeLegend<Output: TextOutputStream>(to output: inout Output) {
        let o = options
        output.write("<p class=\"legend\"><span class=\"legend-title\">\(o.label(.legend)):</span> ")
        output.write(
            "<svg class=\"key\" viewBox=\"0 0 40 12\" aria-hidden=\"true\"><rect class=\"track\" x=\"0\" y=\"2\" "
                + "width=\"40\" height=\"8\"/><rect class=\"fill good\" x=\"0\" y=\"2\" width=\"24\" height=\"8\"/>"
                + "</svg> \(o.label(.actual)) ")
        output.write(
            "<svg class=\"key\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><line class=\"goal\" x1=\"6\" y1=\"0\" "
                + "x2=\"6\" y2=\"12\"/></svg> \(o.label(.target)) ")
        output.write(
            "<svg class=\"key\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><line class=\"expected\" x1=\"6\" y1=\"0\" "
                + "x2=\"6\" y2=\"12\"/></svg> \(o.label(.expected))</p>\n")
    }

    /// The overview: targets by status, milestones by status, and the mean with what it covers.
    private func writeOverview<Output: TextOutputStream>(_ overview: ScorecardOverview, to output: inout Output) {
        let o = options
        func statuses(_ counts: StatusCounts) -> [String] {
            counts.nonZero.map { "\(statusBadge($0.status)) \($0.count)" }
        }
        output.write("<ul class=\"overview\">\n")
        if overview.targetCount > 0 || overview.milestoneCount == 0 {
            output.write(
                "<li>\(o.targetsOverviewText(count: overview.targetCount, statuses: statuses(overview.targets)))</li>\n"
            )
        }
        if overview.milestoneCount > 0 {
            output.write(
                "<li>\(o.milestonesOverviewText(count: overview.milestoneCount, statuses: statuses(overview.milestones)))"
                    + "</li>\n")
        }
        if let mean = o.meanProgressText(overview) { output.write("<li>\(Self.escaped(mean))</li>\n") }
        output.write("</ul>\n")
    }

    private func writeTheme<Output: TextOutputStream>(
        _ visit: ThemeVisit, id: String, policy: EvaluationPolicy, leftOut: inout Int, to output: inout Output
    ) {
        let o = options
        let path = visit.path.map { Self.data($0.text(in: o.language)) }.joined(separator: " / ")
        output.write("<section class=\"theme depth-\(min(visit.depth, 3))\" id=\"\(id)\">\n<h3>\(path)</h3>\n")
        if o.detail, visit.theme.rollup.counts.total > 0 {
            output.write("<p class=\"rollup\">\(rollupHTML(visit.theme.rollup))</p>\n")
        }
        if !visit.theme.targets.isEmpty {
            output.write("<table class=\"targets\">\n<colgroup><col class=\"c-status\"><col class=\"c-target\">")
            output.write("<col class=\"c-requirement\"><col class=\"c-actual\"><col class=\"c-progress\">")
            output.write("<col class=\"c-source\"></colgroup>\n<thead><tr>")
            for label: ReportLabel in [.status, .target, .requirement, .actual, .progress, .source] {
                output.write("<th scope=\"col\">\(o.label(label))</th>")
            }
            output.write("</tr></thead>\n<tbody>\n")
            for evaluation in visit.theme.targets { writeRow(evaluation, to: &output) }
            output.write("</tbody>\n</table>\n")
        }
        if !visit.theme.milestones.isEmpty {
            output.write("<h4>\(o.label(.milestones))</h4>\n<ul class=\"milestones\">\n")
            for evaluation in visit.theme.milestones {
                var line =
                    "<li>\(statusBadge(evaluation.status)) \(Self.data(evaluation.milestone.title.text(in: o.language)))"
                line += " <span class=\"muted\">\(o.label(.due)) \(evaluation.milestone.due)"
                if let done = evaluation.completedOn {
                    line += ", \(o.label(.completedOn)) \(done)"
                    if evaluation.completedLate { line += " (\(o.label(.late)))" }
                }
                if let citation = evaluation.latestEvidence?.citation ?? evaluation.milestone.citation {
                    line += ", \(Self.data(o.citationText(citation)))"
                }
                output.write(line + "</span></li>\n")
            }
            output.write("</ul>\n")
        }
        var notes: [String] = []
        for evaluation in visit.theme.targets {
            let shown = o.shownNotes(for: evaluation, markup: Self.markup, policy: policy)
            notes += shown.notes
            leftOut += shown.leftOut
        }
        if !notes.isEmpty {
            output.write("<h4>\(o.label(.notes))</h4>\n<ul class=\"notes\">\n")
            for note in notes { output.write("<li>\(note)</li>\n") }
            output.write("</ul>\n")
        }
        output.write("</section>\n")
    }

    private func writeRow<Output: TextOutputStream>(_ evaluation: TargetEvaluation, to output: inout Output) {
        let o = options
        let none = o.label(.none)
        output.write("<tr class=\"\(Self.tone(evaluation.status))\">")
        output.write("<td>\(statusBadge(evaluation.status))</td>")
        var name = "<td class=\"name\">\(Self.data(evaluation.target.title.text(in: o.language)))"
        if let indicator = evaluation.indicator {
            name +=
                "<div class=\"muted\">\(Self.data(indicator.name.text(in: o.language))) · \(evaluation.target.period)</div>"
        }
        output.write(name + "</td>")
        var requirement = "<td>\(Self.data(o.requirementText(evaluation.requirementInForce)))"
        if let revised = evaluation.revision {
            requirement +=
                "<div class=\"muted revision\">\(o.label(.original)) "
                + "\(Self.data(o.requirementText(evaluation.target.requirement))), "
                + "\(o.label(.revisedOn)) \(revised.effectiveOn)</div>"
        }
        output.write(requirement + "</td>")
        var actual = "<td>"
        if let value = evaluation.actual {
            let unit = evaluation.indicator?.unit ?? evaluation.requirementInForce.unit
            actual += Self.data(o.quantityText(value, unit: unit, approximation: evaluation.actualApproximation))
            if let quality = evaluation.actualQuality, quality != .final {
                actual += " <span class=\"muted\">(\(o.qualityText(quality)))</span>"
            }
            if let date = evaluation.actualDate { actual += "<div class=\"muted\">\(date)</div>" }
        } else {
            actual += none
        }
        output.write(actual + "</td>")
        output.write("<td class=\"progress\">\(progressHTML(evaluation))</td>")
        let source = evaluation.displayedCitation.map { Self.data(o.citationText($0)) } ?? none
        output.write("<td class=\"source\">\(source)</td></tr>\n")
        // A target with two figures or more gets its trend: figures, requirement steps and the expected path.
        let chart = HTMLTrendChart(options: o)
        if let svg = chart.svg(for: evaluation) {
            output.write("<tr class=\"trend-row\"><td></td><td colspan=\"5\">\(svg)\(chart.legend)</td></tr>\n")
        }
    }

    private func writeAchievements<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) {
        let lines = options.achievements.lines(of: scorecard)
        guard !lines.isEmpty else { return }
        let o = options
        output.write("<section class=\"achievements\">\n<h2>\(o.label(.achievements))</h2>\n<ul>\n")
        let indicators = scorecard.indicatorsByID
        for (label, observation) in lines {
            let name =
                indicators[observation.indicator]?.name.text(in: o.language)
                ?? observation.indicator.rawValue
            let mark = label.map { "\(o.label($0)) " } ?? ""
            output.write("<li>\(Self.data(name)): \(mark)\(observationHTML(observation))</li>\n")
        }
        output.write("</ul>\n</section>\n")
    }

    private func writeSources<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) {
        guard !scorecard.sources.isEmpty else { return }
        let o = options
        output.write("<section class=\"sources\">\n<h2>\(o.label(.source))</h2>\n<ul>\n")
        for source in scorecard.sources {
            var line =
                "<li><code>\(Self.data(source.id.rawValue))</code> \(Self.data(source.title.text(in: o.language)))"
            if let date = source.publishedOn { line += " <span class=\"muted\">(\(date))</span>" }
            line += " <span class=\"muted\">\(Self.data(source.locator))</span>"
            output.write(line + "</li>\n")
        }
        output.write("</ul>\n</section>\n")
    }

    // MARK: - Pieces

    /// Data text: escaped, and isolated for bidirectional layout.
    private static func data(_ text: String) -> String { "<bdi>\(escaped(text))</bdi>" }

    /// The colour family of a status.
    private static func tone(_ status: EvaluationStatus) -> String {
        switch status {
        case .achieved, .done, .ahead, .onTrack: "good"
        case .atRisk, .undetermined, .notComparable, .incompleteData: "warn"
        case .missed, .offTrack, .overdue: "bad"
        case .pending, .noData: "none"
        }
    }

    private func statusBadge(_ status: EvaluationStatus) -> String {
        "<span class=\"status \(Self.tone(status))\" data-status=\"\(status.rawValue)\">"
            + "\(options.statusText(status))</span>"
    }

    private func progressHTML(_ evaluation: TargetEvaluation) -> String {
        let o = options
        guard let shown = o.progressText(for: evaluation) else { return o.label(.none) }
        guard let progress = evaluation.displayedProgress else {
            return "<div class=\"figures\"><strong>\(Self.escaped(shown))</strong></div>"
        }
        let expected = evaluation.figures.expectedProgress
        let scale = min(max(ExactDecimal(1), progress, expected ?? 0), ExactDecimal(15, decimalPlaces: 1))
        func x(_ fraction: ExactDecimal) -> String {
            let clamped = min(max(fraction, 0), scale)
            // The scale is 1 to 1.5 and the fraction within it, so the percentage always fits.
            let percent = (try? clamped / scale * 100) ?? 0
            return percent.rounded(places: 2).description
        }
        var label = shown
        if let expected { label += "; \(o.label(.expected)) \(o.percentText(expected))" }
        var svg =
            "<svg class=\"bar\" viewBox=\"0 0 100 12\" preserveAspectRatio=\"none\" role=\"img\" "
            + "aria-label=\"\(Self.escaped(label))\">"
        svg += "<rect class=\"track\" x=\"0\" y=\"2\" width=\"100\" height=\"8\"/>"
        svg +=
            "<rect class=\"fill \(Self.tone(evaluation.status))\" x=\"0\" y=\"2\" width=\"\(x(progress))\" height=\"8\"/>"
        svg += "<line class=\"goal\" x1=\"\(x(1))\" y1=\"0\" x2=\"\(x(1))\" y2=\"12\"/>"
        if let expected, evaluation.figures.paceRatio != nil {
            svg += "<line class=\"expected\" x1=\"\(x(expected))\" y1=\"0\" x2=\"\(x(expected))\" y2=\"12\"/>"
        }
        svg += "</svg>"
        var text = "<div class=\"figures\"><strong>\(Self.escaped(shown))</strong>"
        if let pace = evaluation.figures.paceRatio {
            text += " <span class=\"muted\">\(o.label(.pace)) \(o.ratioText(pace))"
            if let expected { text += ", \(o.label(.expected)) \(o.percentText(expected))" }
            text += "</span>"
        }
        return svg + text + "</div>"
    }

    private static let markup = ReportNoteMarkup(
        data: { HTMLReporter.data($0) }, code: { "<code>\($0)</code>" },
        citation: { " <span class=\"muted\">\(HTMLReporter.data($0))</span>" })

    private func observationHTML(_ observation: Observation) -> String {
        options.observationNote(observation, markup: Self.markup)
    }

    private func rollupHTML(_ rollup: Rollup) -> String {
        let o = options
        var parts = rollup.counts.nonZero.map { "\(statusBadge($0.status)) \($0.count)" }
        if parts.isEmpty { parts = [o.label(.none)] }
        var text = parts.joined(separator: " ")
        if let mean = rollup.meanProgress {
            text += " <span class=\"muted\">\(o.label(.meanProgress)) \(o.percentText(mean)) (n=\(rollup.progressCount)"
            if !rollup.excluded.isEmpty { text += ", \(o.label(.excluded)) \(rollup.excluded.count)" }
            if let shared = rollup.doubleCountedFigures, shared > 0 {
                text += ", \(o.label(.doubleCounted)) \(shared)"
            }
            text += ")</span>"
        }
        return text
    }
}
