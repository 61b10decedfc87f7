/// Plans of one scorecard side by side: per plan, the counts by status, the mean progress and the worst targets.
///
/// Made for datasets with many plans of the same shape (one plan per county, say), where the question is which
/// plans lag. It is computed in one pass over the scorecard: each target is visited once, and the worst targets
/// of a plan are kept in a list of at most ``worstTargetLimit`` entries.
///
/// ```swift
/// let scorecard = await Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
/// let comparison = PlanComparison(scorecard).sorted(by: .meanProgress, descending: true)
/// for row in comparison.rows { print(row.plan, row.meanProgress ?? "—", row.targetCounts[.missed]) }
/// ```
///
/// New fields may be added in later versions; reporters that ignore them keep working.
public struct PlanComparison: Sendable, Hashable, Codable {
    /// The version of this structure, raised when a field changes meaning: 1.
    public var schemaVersion: Int
    /// The as-of day of the scorecard compared.
    public var asOf: CalendarDate
    /// The most worst targets kept per plan.
    public var worstTargetLimit: Int
    /// The column the rows are sorted by, `nil` when they are in dataset order.
    public var sortedBy: PlanComparisonColumn?
    /// Whether the rows are sorted from the largest value down.
    public var descending: Bool
    /// One row per plan of the scorecard.
    public var rows: [PlanComparisonRow]

    /// The number of worst targets kept per plan unless another is asked for: 3.
    public static let standardWorstTargetLimit = 3

    /// Compares the plans of a scorecard, rows in dataset order.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - worstTargets: How many of each plan's worst targets to keep; negative counts as 0.
    public init(_ scorecard: Scorecard, worstTargets: Int = PlanComparison.standardWorstTargetLimit) {
        self.schemaVersion = 1
        self.asOf = scorecard.asOf
        self.worstTargetLimit = max(0, worstTargets)
        self.sortedBy = nil
        self.descending = false
        let limit = worstTargetLimit
        self.rows = scorecard.plans.map { PlanComparisonRow($0, worstTargets: limit) }
    }

    /// The same comparison with its rows sorted by a column.
    ///
    /// Plans without a value in the column (no mean progress, no worst target) come last in either direction;
    /// ties are broken by plan id, ascending in either direction, then by dataset order, so that the order is the
    /// same on every machine.
    /// - Parameters:
    ///   - column: The column.
    ///   - descending: Whether the largest value comes first.
    ///   - language: The language whose plan titles ``PlanComparisonColumn/title`` sorts by.
    /// - Returns: The sorted comparison.
    public func sorted(by column: PlanComparisonColumn, descending: Bool = false, language: Language = .zh)
        -> PlanComparison
    {
        var sorted = self
        sorted.sortedBy = column
        sorted.descending = descending
        let keyed = rows.enumerated().map { (offset: $0.offset, key: column.key(of: $0.element, language: language)) }
        let order = keyed.sorted { left, right in
            if let ordered = PlanComparisonColumn.SortKey.ordered(left.key, right.key, descending: descending) {
                return ordered
            }
            let leftPlan = rows[left.offset].plan.rawValue
            let rightPlan = rows[right.offset].plan.rawValue
            if leftPlan != rightPlan { return leftPlan < rightPlan }
            return left.offset < right.offset
        }
        sorted.rows = order.map { rows[$0.offset] }
        return sorted
    }

    /// The rows with a mean progress, best first: what a short report shows at its top and bottom.
    public var rankedByMeanProgress: [PlanComparisonRow] {
        sorted(by: .meanProgress, descending: true).rows.filter { $0.meanProgress != nil }
    }
}
