public import ErqiReporting

extension TextReporter: SeriesReporter {
    /// Writes an indicator's series: its figures in date order with quality and source, then each target's
    /// requirement steps (a revision is a new step) and expected path.
    /// - Parameters:
    ///   - series: The series.
    ///   - output: The stream to write to.
    /// - Throws: Nothing; every series can be written.
    public func write<Output: TextOutputStream>(_ series: IndicatorSeries, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in try writeBuffered(series, to: &sink) }
    }

    /// Writes the series into the byte sink that ``write(_:to:)`` buffers it through.
    private func writeBuffered(_ series: IndicatorSeries, to output: inout ReportOutput) throws {
        let o = options
        let writer = LineWriter(options: options)
        let name = series.indicator.name.text(in: o.language)
        writer.heading("\(name)  [\(series.indicator.id.rawValue)]", underline: "=", to: &output)
        writer.blank(to: &output)
        writer.heading(SeriesLabel.figures.text(in: o.language), underline: "-", to: &output)
        if series.figures.isEmpty { writer.line(SeriesLabel.noFigures.text(in: o.language), indent: 2, to: &output) }
        for figure in series.figures {
            let value = o.quantityText(
                figure.value.value, unit: figure.value.unit, approximation: figure.approximation)
            let source = figure.citation.map { "  \(o.citationText($0))" } ?? ""
            writer.line(
                "\(figure.period)  \(value)  \(o.qualityText(figure.quality))\(source)", indent: 2, to: &output)
        }
        for path in series.targets {
            writer.blank(to: &output)
            writer.heading(
                "\(SeriesLabel.targetPath.text(in: o.language)): \(path.title.text(in: o.language))"
                    + "  [\(path.plan.rawValue)/\(path.target.rawValue)]  \(path.period)",
                underline: "-", to: &output)
            for step in path.steps {
                let source = step.citation.map { "  \(o.citationText($0))" } ?? ""
                writer.line(
                    "\(SeriesLabel.requirementFrom.text(with: step.from, in: o.language)): "
                        + "\(o.requirementText(step.requirement))\(source)",
                    indent: 2, to: &output)
            }
            let unit = path.steps.last?.requirement.unit ?? series.indicator.unit
            for point in path.expected {
                writer.line(
                    "\(SeriesLabel.expectedBy.text(with: point.date, in: o.language)): "
                        + o.quantityText(point.value, unit: unit),
                    indent: 2, to: &output)
            }
        }
    }
}
