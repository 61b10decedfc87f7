public import ErqiReporting

extension JSONReporter: SeriesReporter {
    /// Writes an indicator's series as one JSON object: the indicator, its figures with their sources and
    /// qualities, and each target's steps and expected path. Decimals are exact JSON numbers.
    /// - Parameters:
    ///   - series: The series.
    ///   - output: The stream to write to.
    /// - Throws: ``JSONReporterError`` when a number cannot be written in JSON.
    public func write<Output: TextOutputStream>(_ series: IndicatorSeries, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in
            try JSONStreamEncoder.write(series, prettyPrinted: prettyPrinted, to: &sink)
        }
    }
}
