public import ErqiCore

/// What a report for people says first about a plan (or about every plan): its targets by status and its
/// milestones by status, counted apart, and the mean progress with the targets it covers.
///
/// The counts are taken from the evaluations themselves, so they add up to the targets and milestones listed
/// below them; the mean is the plan's ``Rollup/meanProgress`` over ``targetsInMean`` targets, those with a
/// progress figure (gap closed) and a positive weight.
///
/// ```swift
/// let overview = ScorecardOverview(plan: scorecard.plans[0])
/// print(overview.targets[.achieved], overview.targetCount, overview.targetsInMean)
/// ```
public struct ScorecardOverview: Sendable, Hashable {
    /// The targets, by status.
    public var targets: StatusCounts
    /// The milestones, by status.
    public var milestones: StatusCounts
    /// The weighted mean progress of the targets that have a progress figure; `nil` when none has.
    public var meanProgress: ExactDecimal?
    /// How many targets the mean covers.
    public var targetsInMean: Int

    /// How many targets there are.
    public var targetCount: Int { targets.total }
    /// How many milestones there are.
    public var milestoneCount: Int { milestones.total }

    /// Creates an overview from evaluations and the rollup over them.
    /// - Parameters:
    ///   - targets: The target evaluations.
    ///   - milestones: The milestone evaluations.
    ///   - rollup: The rollup over the same targets and milestones, for the mean.
    public init(targets: [TargetEvaluation], milestones: [MilestoneEvaluation], rollup: Rollup) {
        var targetCounts = StatusCounts()
        for evaluation in targets { targetCounts[evaluation.status] += 1 }
        var milestoneCounts = StatusCounts()
        for evaluation in milestones { milestoneCounts[evaluation.status] += 1 }
        self.targets = targetCounts
        self.milestones = milestoneCounts
        self.meanProgress = rollup.meanProgress
        self.targetsInMean = rollup.progressCount
    }

    /// The overview of one plan.
    /// - Parameter plan: The plan's scorecard.
    public init(plan: PlanScorecard) {
        self.init(
            targets: plan.themes.flatMap(\.allTargetEvaluations),
            milestones: plan.themes.flatMap(\.allMilestoneEvaluations), rollup: plan.rollup)
    }

    /// The overview of every plan of a scorecard together.
    /// - Parameter scorecard: The scorecard.
    public init(scorecard: Scorecard) {
        self.init(
            targets: scorecard.allTargetEvaluations, milestones: scorecard.allMilestoneEvaluations,
            rollup: scorecard.rollup)
    }
}
