public import ErqiReporting

/// Writes a ``Scorecard`` as an Org-mode outline: a heading per plan and theme, a table of targets per theme,
/// and a checklist of milestones.
///
/// It uses only Erqi's public API: the ``Reporter`` protocol, the scorecard, and the reporter kit
/// (`ErqiReporting`): ``ReportOptions`` for the language, the labels the built-in reporters print
/// (`label(_:)`), status words, quantity display, and the progress and citation a built-in report shows. Text from data is escaped for Org: `|` becomes `\vert{}` inside
/// tables, line breaks become spaces, and a heading cannot be faked by a leading `*`.
public struct OrgReporter: Reporter {
    /// The report options: language, number style, decimal places.
    public var options: ReportOptions

    /// Creates an Org-mode reporter.
    /// - Parameter options: The report options.
    public init(options: ReportOptions = .standard) {
        self.options = options
    }

    /// `org`, `.org`, `text/org`.
    public var format: ReportFormat {
        ReportFormat(name: "org", fileExtension: "org", mediaType: "text/org; charset=utf-8")
    }

    /// Escapes text from data for an Org table cell or heading.
    /// - Parameter text: The text.
    /// - Returns: One line of text in which `|` cannot end a cell.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": result += "\\vert{}"
            case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Writes the outline.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every scorecard can be written.
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        let o = options
        output.write("#+TITLE: \(o.label(.report)) \(o.label(.asOf)) \(scorecard.asOf)\n")
        output.write("#+LANGUAGE: \(o.language.rawValue)\n\n")
        for plan in scorecard.plans {
            output.write("* \(Self.escaped(plan.title.text(in: o.language))) (\(plan.period))\n")
            for theme in plan.themes { writeTheme(theme, level: 2, to: &output) }
        }
    }

    private func writeTheme<Output: TextOutputStream>(_ theme: ThemeScorecard, level: Int, to output: inout Output) {
        let o = options
        output.write(String(repeating: "*", count: level) + " \(Self.escaped(theme.title.text(in: o.language)))\n")
        if !theme.targets.isEmpty {
            let heads: [ReportLabel] = [.status, .target, .requirement, .actual, .progress, .source]
            output.write("| " + heads.map { o.label($0) }.joined(separator: " | ") + " |\n|-\n")
            for evaluation in theme.targets {
                let unit = evaluation.indicator?.unit ?? evaluation.requirementInForce.unit
                let requirement = evaluation.requirementInForce
                let actual = evaluation.actual.map {
                    o.quantityText($0, unit: unit, approximation: evaluation.actualApproximation)
                }
                let progress = evaluation.displayedProgress.map(o.percentText)
                let cells = [
                    o.statusText(evaluation.status), evaluation.target.title.text(in: o.language),
                    "\(requirement.comparator.symbol) \(o.quantityText(requirement.value.value, unit: requirement.unit))",
                    actual ?? o.label(.none), progress ?? o.label(.none),
                    evaluation.displayedCitation.map(o.citationText) ?? o.label(.none),
                ]
                output.write("| " + cells.map(Self.escaped).joined(separator: " | ") + " |\n")
            }
        }
        for evaluation in theme.milestones {
            let box = evaluation.status == .done ? "[X]" : "[ ]"
            output.write(
                "- \(box) \(Self.escaped(evaluation.milestone.title.text(in: o.language))) "
                    + "(\(o.statusText(evaluation.status)), \(o.label(.due)) \(evaluation.milestone.due))\n")
        }
        for nested in theme.themes { writeTheme(nested, level: level + 1, to: &output) }
    }
}
