public import ErqiReporting

extension JSONReporter {
    /// Writes the whole diff as one JSON object, as described by `schema/erqi-diff.schema.json`: the two as-of
    /// days, every target and milestone of either side with its status on both sides, and the rollups. Decimals
    /// are exact JSON numbers, as in the scorecard.
    /// - Parameters:
    ///   - diff: The diff.
    ///   - output: The stream to write to.
    /// - Throws: ``JSONReporterError`` when a number cannot be written in JSON.
    public func write<Output: TextOutputStream>(_ diff: ScorecardDiff, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in
            try JSONStreamEncoder.write(diff, prettyPrinted: prettyPrinted, to: &sink)
        }
    }
}
