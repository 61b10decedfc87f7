/// A plan's rollup, or the rollup over everything, in two scorecards.
public struct RollupChange: Sendable, Hashable, Codable {
    /// The plan, or `nil` for the rollup over every plan.
    public var plan: Plan.ID?
    /// The plan's name, `nil` for the rollup over every plan.
    public var title: LocalizedText?
    /// The rollup in the earlier scorecard, `nil` when the plan is new.
    public var before: Rollup?
    /// The rollup in the later scorecard, `nil` when the plan is gone.
    public var after: Rollup?

    /// Creates a rollup change.
    /// - Parameters:
    ///   - plan: The plan, or `nil` for the rollup over every plan.
    ///   - title: The plan's name.
    ///   - before: The earlier rollup.
    ///   - after: The later rollup.
    public init(plan: Plan.ID?, title: LocalizedText?, before: Rollup?, after: Rollup?) {
        self.plan = plan
        self.title = title
        self.before = before
        self.after = after
    }
}
