import Foundation

/// One plan in a ``PlanComparison``: its counts by status, targets and milestones apart, its mean progress and
/// its worst targets.
public struct PlanComparisonRow: Sendable, Hashable, Codable {
    /// The plan's id.
    public var plan: Plan.ID
    /// The plan's name.
    public var title: LocalizedText
    /// The period the plan covers.
    public var period: Period
    /// How many of the plan's targets have each status.
    public var targetCounts: StatusCounts
    /// How many of the plan's milestones have each status.
    public var milestoneCounts: StatusCounts
    /// The plan rollup's weighted mean of the clamped gap closed, `nil` when no target has a progress figure.
    public var meanProgress: ExactDecimal?
    /// How many targets the mean covers.
    public var targetsWithProgress: Int
    /// The targets with the lowest displayed progress (completion, or else gap closed), lowest first, at most
    /// ``PlanComparison/worstTargetLimit``; targets without a progress figure are not among them.
    public var worstTargets: [PlanComparisonTarget]

    /// The row of one plan of a scorecard, in one pass over its targets and milestones.
    /// - Parameters:
    ///   - plan: The plan's evaluation.
    ///   - worstTargets: How many worst targets to keep.
    public init(_ plan: PlanScorecard, worstTargets: Int) {
        self.plan = plan.id
        self.title = plan.title
        self.period = plan.period
        self.meanProgress = plan.rollup.meanProgress
        self.targetsWithProgress = plan.rollup.progressCount
        var tally = Tally(limit: max(0, worstTargets))
        for theme in plan.themes { tally.visit(theme) }
        self.targetCounts = tally.targets
        self.milestoneCounts = tally.milestones
        self.worstTargets = tally.worst
    }

    /// How many targets the plan has.
    public var targetCount: Int { targetCounts.total }

    /// How many milestones the plan has.
    public var milestoneCount: Int { milestoneCounts.total }

    /// The counts of targets and milestones together, as the plan's rollup counts them.
    public var counts: StatusCounts {
        var counts = targetCounts
        counts.add(milestoneCounts)
        return counts
    }

    /// Counts statuses and keeps the worst targets while walking a plan's themes once.
    private struct Tally {
        let limit: Int
        var targets = StatusCounts()
        var milestones = StatusCounts()
        /// The worst targets so far, lowest progress first; at most `limit` long.
        var worst: [PlanComparisonTarget] = []

        init(limit: Int) {
            self.limit = limit
            worst.reserveCapacity(limit + 1)
        }

        mutating func visit(_ theme: ThemeScorecard) {
            for evaluation in theme.targets {
                targets[evaluation.status] += 1
                if limit > 0, let progress = evaluation.figures.completion ?? evaluation.figures.gapClosed {
                    keep(PlanComparisonTarget(evaluation, progress: progress))
                }
            }
            for evaluation in theme.milestones { milestones[evaluation.status] += 1 }
            for nested in theme.themes { visit(nested) }
        }

        /// Inserts a target in order when it is among the `limit` worst; a later target with the same progress
        /// goes after an earlier one, so that document order breaks ties.
        private mutating func keep(_ candidate: PlanComparisonTarget) {
            if worst.count == limit, let last = worst.last,
                candidate.progress >= last.progress
            {
                return
            }
            var index = worst.count
            while index > 0 && candidate.progress < worst[index - 1].progress { index -= 1 }
            worst.insert(candidate, at: index)
            if worst.count > limit { worst.removeLast() }
        }
    }
}
