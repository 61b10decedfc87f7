/// What changed between two scorecards: of one dataset at two as-of days, or of two datasets.
///
/// Targets and milestones are matched by plan and id. For each target the diff keeps the status on both sides,
/// the requirement in force on both sides and the revisions that came into force in between (357 → 297 on
/// 2020-07-30), the actual and the displayed progress on both sides, the figures used now that were not used
/// before, and those used before that are no longer used (superseded by a final figure, or dropped from the
/// data). Milestones keep their status on both sides and whether they fell due in between. Rollups are kept per
/// plan and over everything.
///
/// ```swift
/// let evaluator = Evaluator(dataset: dataset)
/// let diff = ScorecardDiff(
///     before: evaluator.scorecard(asOf: try CalendarDate(iso: "2020-06-30")),
///     after: evaluator.scorecard(asOf: try CalendarDate(iso: "2020-12-31")))
/// for change in diff.changedTargets { print(change.target, change.statusBefore, change.statusAfter) }
/// ```
///
/// New fields may be added in later versions; reporters that ignore them keep working.
public struct ScorecardDiff: Sendable, Hashable, Codable {
    /// The version of this structure, raised when a field changes meaning: 1.
    public var schemaVersion: Int
    /// The as-of day of the earlier scorecard.
    public var before: CalendarDate
    /// The as-of day of the later scorecard.
    public var after: CalendarDate
    /// Every target of either scorecard: those of the later one in its order, then those only in the earlier.
    public var targets: [TargetChange]
    /// Every milestone of either scorecard, in the same order.
    public var milestones: [MilestoneChange]
    /// The rollup of each plan of either scorecard, then the rollup over everything (``RollupChange/plan`` `nil`).
    public var rollups: [RollupChange]

    /// Compares two scorecards.
    /// - Parameters:
    ///   - before: The earlier scorecard.
    ///   - after: The later scorecard.
    public init(before: Scorecard, after: Scorecard) {
        self.schemaVersion = 1
        self.before = before.asOf
        self.after = after.asOf
        let earlierTargets = Self.targets(of: before)
        let laterTargets = Self.targets(of: after)
        let earlierByKey = Dictionary(earlierTargets.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let laterKeys = Set(laterTargets.map(\.key))
        var targets = laterTargets.map { later in
            TargetChange(plan: later.plan, before: earlierByKey[later.key]?.evaluation, after: later.evaluation)
        }
        for earlier in earlierTargets where !laterKeys.contains(earlier.key) {
            targets.append(TargetChange(plan: earlier.plan, before: earlier.evaluation, after: nil))
        }
        self.targets = targets

        let earlierMilestones = Self.milestones(of: before)
        let laterMilestones = Self.milestones(of: after)
        let earlierMilestoneByKey = Dictionary(
            earlierMilestones.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let laterMilestoneKeys = Set(laterMilestones.map(\.key))
        var milestones = laterMilestones.map { later in
            MilestoneChange(
                plan: later.plan, before: earlierMilestoneByKey[later.key]?.evaluation, after: later.evaluation,
                between: before.asOf, and: after.asOf)
        }
        for earlier in earlierMilestones where !laterMilestoneKeys.contains(earlier.key) {
            milestones.append(
                MilestoneChange(
                    plan: earlier.plan, before: earlier.evaluation, after: nil, between: before.asOf, and: after.asOf))
        }
        self.milestones = milestones

        let earlierPlans = Dictionary(before.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let laterPlanIDs = Set(after.plans.map(\.id))
        var rollups = after.plans.map { plan in
            RollupChange(plan: plan.id, title: plan.title, before: earlierPlans[plan.id]?.rollup, after: plan.rollup)
        }
        for plan in before.plans where !laterPlanIDs.contains(plan.id) {
            rollups.append(RollupChange(plan: plan.id, title: plan.title, before: plan.rollup, after: nil))
        }
        rollups.append(RollupChange(plan: nil, title: nil, before: before.rollup, after: after.rollup))
        self.rollups = rollups
    }

    /// The targets with any change: added or removed, another status, a revision, or new or dropped figures.
    public var changedTargets: [TargetChange] { targets.filter(\.isChanged) }

    /// The milestones whose status changed, or that fell due in between.
    public var changedMilestones: [MilestoneChange] { milestones.filter(\.isChanged) }

    // MARK: - Matching

    private struct Keyed<Evaluation> {
        var plan: Plan.ID
        var key: String
        var evaluation: Evaluation
    }

    private static func targets(of scorecard: Scorecard) -> [Keyed<TargetEvaluation>] {
        scorecard.plans.flatMap { plan in
            plan.themes.flatMap(\.allTargetEvaluations).map {
                Keyed(plan: plan.id, key: plan.id.rawValue + "\u{0}" + $0.target.id.rawValue, evaluation: $0)
            }
        }
    }

    private static func milestones(of scorecard: Scorecard) -> [Keyed<MilestoneEvaluation>] {
        scorecard.plans.flatMap { plan in
            plan.themes.flatMap(\.allMilestoneEvaluations).map {
                Keyed(plan: plan.id, key: plan.id.rawValue + "\u{0}" + $0.milestone.id.rawValue, evaluation: $0)
            }
        }
    }
}
