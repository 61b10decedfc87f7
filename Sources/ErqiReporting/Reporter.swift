public import ErqiCore

/// Writes a ``Scorecard`` in one format: the seam for plugins.
///
/// A reporter sees only the scorecard, a plain value; it never reaches back into the evaluator, and the core
/// knows no concrete reporter. Reporters live in their own modules, or in other packages.
///
/// ```swift
/// import ErqiCore
///
/// struct CountReporter: Reporter {
///     var format: ReportFormat { ReportFormat(name: "count", fileExtension: "txt", mediaType: "text/plain") }
///
///     func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
///         for evaluation in scorecard.allTargetEvaluations {
///             output.write("\(evaluation.target.id)\t\(evaluation.status.rawValue)\n")
///         }
///     }
/// }
/// ```
///
/// Rules for reporters:
/// - Same scorecard, same bytes: no dates of "now", no dictionary order, no locale or time-zone dependence.
/// - Never crash on any scorecard: escape every text from data for the format (names may contain quotes,
///   newlines, markup or formulas).
/// - Stream: write as you go rather than building one giant string; ``ReportOutput/streaming(into:capacity:_:)``
///   gives a buffered byte sink over any stream.
/// - Throw a typed error rather than write something malformed.
public protocol Reporter: Sendable {
    /// The format written, with the short name used on command lines.
    var format: ReportFormat { get }

    /// Writes a scorecard to a text stream.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: A reporter-specific error when the scorecard cannot be written in this format.
    func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws

    /// Writes what changed between two scorecards to a text stream.
    ///
    /// The default throws ``ReporterError/diffNotSupported(format:)``, so reporters written before diffs existed
    /// keep compiling; the built-in reporters all write diffs.
    /// - Parameters:
    ///   - diff: The diff.
    ///   - output: The stream to write to.
    /// - Throws: A reporter-specific error when the diff cannot be written in this format.
    func write<Output: TextOutputStream>(_ diff: ScorecardDiff, to output: inout Output) throws

    /// Writes plans side by side to a text stream.
    ///
    /// The default throws ``ReporterError/comparisonNotSupported(format:)``; the built-in reporters all write
    /// comparisons.
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - output: The stream to write to.
    /// - Throws: A reporter-specific error when the comparison cannot be written in this format.
    func write<Output: TextOutputStream>(_ comparison: PlanComparison, to output: inout Output) throws
}

extension Reporter {
    /// Throws ``ReporterError/diffNotSupported(format:)``: a reporter writes diffs only when it says how.
    /// - Parameters:
    ///   - diff: The diff.
    ///   - output: The stream, left untouched.
    /// - Throws: ``ReporterError/diffNotSupported(format:)``.
    public func write<Output: TextOutputStream>(_ diff: ScorecardDiff, to output: inout Output) throws {
        throw ReporterError.diffNotSupported(format: format.name)
    }

    /// Writes a diff into a string.
    /// - Parameter diff: The diff.
    /// - Returns: The whole report.
    /// - Throws: Whatever writing the diff throws.
    public func render(_ diff: ScorecardDiff) throws -> String {
        var output = ""
        try write(diff, to: &output)
        return output
    }

    /// Writes a scorecard into a string.
    /// - Parameter scorecard: The scorecard.
    /// - Returns: The whole report.
    /// - Throws: Whatever writing the scorecard throws.
    public func render(_ scorecard: Scorecard) throws -> String {
        var output = ""
        try write(scorecard, to: &output)
        return output
    }
}
