public import ErqiCore

extension Dataset {
    /// Every problem the dataset has as a plan file, each located in the file ``PlanFileWriter`` writes for it.
    ///
    /// A dataset built in code passes the same checks as one loaded from a file (docs/plan-format.md,
    /// "Validation"): the id rule, duplicate and unknown ids, units against indicators, negative counts, dates
    /// and periods, revision and trajectory order, observations that straddle a target's period. Each problem
    /// names the JSON path of the field (`plans[0].themes[1].targets[0].requirement`), and the line and column
    /// where `PlanFileWriter.json(dataset)` writes it.
    ///
    /// ```swift
    /// for problem in dataset.validationProblems(file: "plan.json") {
    ///     print(problem)  // plan.json:42:22: observations[3].value: the value is in CNY but indicator …
    /// }
    /// ```
    /// - Parameter file: The name problems give the file; write the file under that name to look at a place.
    /// - Returns: The problems, in file order; empty when the dataset is valid.
    public func validationProblems(file: String = "dataset.json") -> [PlanFileProblem] {
        do {
            try validate(file: file)
            return []
        } catch {
            return error.problems
        }
    }

    /// Checks the dataset as the loaders check a plan file, and throws every problem found.
    ///
    /// See ``validationProblems(file:)`` for what is checked and where the problems are placed.
    /// - Parameter file: The name problems give the file.
    /// - Throws: ``PlanFileError`` with every problem, in file order.
    public func validate(file: String = "dataset.json") throws(PlanFileError) {
        _ = try PlanFileLoader.loadJSON(bytes: PlanFileWriter.json(self), file: file)
    }
}
