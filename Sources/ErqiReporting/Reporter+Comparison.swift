public import ErqiCore

extension Reporter {
    /// Throws ``ReporterError/comparisonNotSupported(format:)``: a reporter writes comparisons only when it says
    /// how.
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - output: The stream, left untouched.
    /// - Throws: ``ReporterError/comparisonNotSupported(format:)``.
    public func write<Output: TextOutputStream>(_ comparison: PlanComparison, to output: inout Output) throws {
        throw ReporterError.comparisonNotSupported(format: format.name)
    }

    /// Writes a plan comparison into a string.
    /// - Parameter comparison: The comparison.
    /// - Returns: The whole report.
    /// - Throws: Whatever writing the comparison throws.
    public func render(_ comparison: PlanComparison) throws -> String {
        var output = ""
        try write(comparison, to: &output)
        return output
    }
}
