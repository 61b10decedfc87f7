public import ErqiReporting

extension JSONReporter {
    /// Writes the whole comparison as one JSON object, as described by `schema/erqi-comparison.schema.json`: the
    /// as-of day, the sort, and one row per plan with its counts by status, mean progress and worst targets.
    /// Decimals are exact JSON numbers, as in the scorecard.
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - output: The stream to write to.
    /// - Throws: ``JSONReporterError`` when a number cannot be written in JSON.
    public func write<Output: TextOutputStream>(_ comparison: PlanComparison, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in
            try JSONStreamEncoder.write(comparison, prettyPrinted: prettyPrinted, to: &sink)
        }
    }
}
