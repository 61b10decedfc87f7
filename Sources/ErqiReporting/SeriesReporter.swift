public import ErqiCore

/// A reporter that also writes an ``IndicatorSeries``: an indicator's figures over time and its targets' paths.
///
/// The text, CSV and JSON reporters conform; `erqi series` accepts every reporter that does.
public protocol SeriesReporter: Reporter {
    /// Writes an indicator's series to a text stream.
    /// - Parameters:
    ///   - series: The series.
    ///   - output: The stream to write to.
    /// - Throws: A reporter-specific error when the series cannot be written in this format.
    func write<Output: TextOutputStream>(_ series: IndicatorSeries, to output: inout Output) throws
}
