import ErqiCore

/// The one bound on nesting that both loaders apply, so that nothing that walks a plan's themes (the loaders,
/// the validator, the evaluator, the reporters) can exhaust the stack.
///
/// JSON: at most ``maximumDepth`` levels of objects and arrays. CSV: a theme path (`a/b/c`) of at most
/// ``maximumDepth`` themes. Deeper input is a `tooLarge` problem at the place where the limit is passed.
package enum NestingLimit {
    /// The deepest nesting accepted, 200 levels.
    package static let maximumDepth = 200

    /// The problem for nesting deeper than the limit.
    /// - Parameters:
    ///   - text: The file.
    ///   - offset: Where the level past the limit starts.
    ///   - field: The field (a CSV column), or empty.
    ///   - levels: How many levels the input has, when known.
    /// - Returns: The problem.
    package static func problem(in text: SourceText, at offset: Int, field: String, levels: Int? = nil)
        -> PlanFileProblem
    {
        let count = levels.map { " (this theme path has \($0))" } ?? ""
        return text.problem(
            .tooLarge, at: offset, field: field,
            "nesting deeper than \(maximumDepth) levels\(count); plan files nest at most \(maximumDepth) levels")
    }
}
