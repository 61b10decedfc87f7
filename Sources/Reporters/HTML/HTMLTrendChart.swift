import ErqiReporting
import Foundation

/// An inline SVG chart of one target over its period: the figures, the requirement in force as a line with a
/// step at each revision, and the expected path. It needs no script and no colour to read: the requirement is a
/// solid line labelled with its value, the expected path a dashed line, a final figure a filled circle and any
/// other figure a hollow one, each with its value written beside it; the legend says so in words.
struct HTMLTrendChart {
    /// The chart's width and height in SVG units.
    static let width = 560.0
    static let height = 190.0
    private static let left = 12.0
    private static let right = 150.0
    private static let top = 14.0
    private static let bottom = 28.0

    let options: ReportOptions

    /// The figures a chart of an evaluation plots: every figure within the period when the evaluator kept them
    /// (`TargetEvaluation.figuresInPeriod`), else those used and superseded; once each, by date.
    static func figures(of evaluation: TargetEvaluation) -> [Observation] {
        var seen = Set<Observation.ID>()
        let candidates =
            (evaluation.figuresInPeriod ?? []) + evaluation.observationsUsed + evaluation.observationsSuperseded
        let all = candidates.filter { seen.insert($0.id).inserted }
        return all.enumerated().sorted { lhs, rhs in
            (lhs.element.period.end, lhs.element.period.start, lhs.offset)
                < (rhs.element.period.end, rhs.element.period.start, rhs.offset)
        }.map(\.element)
    }

    /// The chart of an evaluation, or `nil` when it has fewer than two figures to draw.
    func svg(for evaluation: TargetEvaluation) -> String? {
        let figures = Self.figures(of: evaluation)
        guard figures.count >= 2 else { return nil }
        let path = TargetPath(plan: "", target: evaluation.target)
        let language = options.language
        let unit = path.steps.last?.requirement.unit ?? figures[0].value.unit
        let start = Double(path.period.start.dayNumber)
        let end = Double(max(path.period.end.dayNumber, path.period.start.dayNumber + 1))
        var values = figures.map { Self.double($0.value.value) } + path.expected.map { Self.double($0.value) }
        for step in path.steps {
            values.append(Self.double(step.requirement.value.value))
            if let upper = step.requirement.upperValue { values.append(Self.double(upper.value)) }
        }
        let high = max(values.max() ?? 1, 0)
        let low = min(values.min() ?? 0, 0)
        let span = high - low == 0 ? 1 : (high - low) * 1.1
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ day: Int) -> Double { Self.left + (Double(day) - start) / (end - start) * plotWidth }
        func y(_ value: Double) -> Double { Self.top + plotHeight - (value - low) / span * plotHeight }
        func n(_ value: Double) -> String { Self.oneDecimal(value) }

        let title = "\(SeriesLabel.trend.text(in: language)): \(evaluation.target.title.text(in: language))"
        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" role=\"img\" "
        svg += "aria-label=\"\(HTMLReporter.escaped(title))\"><title>\(HTMLReporter.escaped(title))</title>"
        // Axes: the period along the bottom, zero as a thin line.
        svg += "<line class=\"axis\" x1=\"\(n(x(path.period.start.dayNumber)))\" y1=\"\(n(y(low)))\" "
        svg += "x2=\"\(n(x(path.period.end.dayNumber)))\" y2=\"\(n(y(low)))\"/>"
        svg += "<text class=\"tick\" x=\"\(n(Self.left))\" y=\"\(n(Self.height - 10))\">\(path.period.start)</text>"
        svg += "<text class=\"tick end\" x=\"\(n(Self.width - Self.right))\" y=\"\(n(Self.height - 10))\" "
        svg += "text-anchor=\"end\">\(path.period.end)</text>"
        // The expected path, dashed.
        if path.expected.count >= 2 {
            let points = path.expected.map { "\(n(x($0.date.dayNumber))),\(n(y(Self.double($0.value))))" }
            svg += "<polyline class=\"expected-path\" points=\"\(points.joined(separator: " "))\"/>"
            if let last = path.expected.last {
                svg += label(
                    "\(SeriesLabel.expectedPath.text(in: language))", x: x(last.date.dayNumber) + 4,
                    y: y(Self.double(last.value)) + 16)
            }
        }
        // The requirement in force, a solid step line; each revision a step with its day.
        for (index, step) in path.steps.enumerated() {
            let from = max(step.from.dayNumber, path.period.start.dayNumber)
            let to = index + 1 < path.steps.count ? path.steps[index + 1].from.dayNumber : path.period.end.dayNumber
            var bounds = [Self.double(step.requirement.value.value)]
            if let upper = step.requirement.upperValue { bounds.append(Self.double(upper.value)) }
            for bound in bounds {
                svg += "<line class=\"goal-line\" x1=\"\(n(x(from)))\" y1=\"\(n(y(bound)))\" "
                svg += "x2=\"\(n(x(to)))\" y2=\"\(n(y(bound)))\"/>"
            }
            if index > 0 {
                let previous = Self.double(path.steps[index - 1].requirement.value.value)
                svg += "<line class=\"goal-step\" x1=\"\(n(x(from)))\" y1=\"\(n(y(previous)))\" "
                svg += "x2=\"\(n(x(from)))\" y2=\"\(n(y(bounds[0])))\"/>"
                svg += label(
                    "\(SeriesLabel.revised.text(in: language)) \(step.from)", x: x(from) + 3, y: Self.top + 2)
            }
            if index == path.steps.count - 1 {
                svg += label(
                    "\(SeriesLabel.target.text(in: language)) \(options.requirementText(step.requirement))",
                    x: x(to) + 4, y: y(bounds[0]) - 5)
            }
        }
        // The figures: filled when final, hollow otherwise, each with its value.
        for figure in figures {
            let value = Self.double(figure.value.value)
            let cx = x(figure.period.end.dayNumber)
            let cy = y(value)
            let kind = figure.quality == .final ? "figure" : "figure not-final"
            svg += "<circle class=\"\(kind)\" cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"4\"/>"
            let text = options.quantityText(figure.value.value, unit: unit, approximation: figure.approximation)
            svg += label(text, x: cx - 4, y: cy - 8, anchor: "end")
        }
        svg += "</svg>"
        return svg
    }

    /// The chart's legend in words, so that it reads without colour.
    var legend: String {
        let language = options.language
        return "<p class=\"trend-legend\">● \(HTMLReporter.escaped(SeriesLabel.figures.text(in: language)))"
            + " ○ \(HTMLReporter.escaped(SeriesLabel.notFinal.text(in: language)))"
            + " ━ \(HTMLReporter.escaped(SeriesLabel.target.text(in: language)))"
            + " ┄ \(HTMLReporter.escaped(SeriesLabel.expectedPath.text(in: language)))</p>"
    }

    private func label(_ text: String, x: Double, y: Double, anchor: String = "start") -> String {
        let position =
            "x=\"\(Self.oneDecimal(x))\" y=\"\(Self.oneDecimal(y))\""
        return "<text class=\"label\" \(position) text-anchor=\"\(anchor)\">\(HTMLReporter.escaped(text))</text>"
    }

    /// A coordinate with one decimal place: the text of `String(format: "%.1f", value)` in the POSIX locale,
    /// without Foundation's formatter, which costs tens of microseconds a call on Linux. That formatter rounds the
    /// shortest decimal text of the value (its `description`) half to even, so this does too: 0.05 → `0.0`,
    /// 0.15 → `0.2`, −0.04 → `-0.0`.
    static func oneDecimal(_ value: Double) -> String {
        let text = value.description
        var digits = Array(text.utf8)
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits.removeFirst() }
        guard value.isFinite, let point = digits.firstIndex(of: UInt8(ascii: ".")),
            digits.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else {
            return String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
        }
        // The integer digits and the first decimal, as one number of tenths, and what follows it.
        var kept = Array(digits[..<point])
        let fraction = digits[(point + 1)...]
        kept.append(fraction.first ?? UInt8(ascii: "0"))
        let rest = fraction.dropFirst()
        let roundsUp: Bool
        switch rest.first {
        case nil: roundsUp = false
        case let first? where first < UInt8(ascii: "5"): roundsUp = false
        case let first? where first > UInt8(ascii: "5"): roundsUp = true
        default:
            // A 5: above the half when any digit follows it, else a tie, which goes to the even tenth.
            roundsUp = rest.dropFirst().contains { $0 != UInt8(ascii: "0") } || (kept[kept.count - 1] & 1) == 1
        }
        if roundsUp {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == UInt8(ascii: "9") {
                    kept[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        kept.insert(UInt8(ascii: "."), at: kept.count - 1)
        if negative { kept.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A value as a `Double`, for drawing only: no figure is computed from it.
    private static func double(_ value: ExactDecimal) -> Double {
        Double(value)
    }
}
