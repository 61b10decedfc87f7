import Foundation

/// A summary of a theme or a plan: status counts and the weighted mean progress, with what was left out.
public struct Rollup: Sendable, Hashable, Codable {
    /// An item left out of the mean progress, and why.
    public struct Exclusion: Sendable, Hashable, Codable {
        /// The target or milestone id.
        public var item: String
        /// Why it has no progress figure.
        public var reason: Reason

        /// Creates an exclusion.
        /// - Parameters:
        ///   - item: The target or milestone id.
        ///   - reason: Why.
        public init(item: String, reason: Reason) {
            self.item = item
            self.reason = reason
        }
    }

    /// Why an item has no progress figure.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// A milestone has no number.
        case milestone
        /// No observation yet.
        case noData
        /// Only incomparable observations.
        case notComparable
        /// The period has not started.
        case notStarted
        /// Progress cannot be computed (e.g. the target equals the baseline, or a band).
        case noProgressFigure
    }

    /// How many targets and milestones have each status.
    public var counts: StatusCounts
    /// The weighted mean of the gap closed, each clamped to [0, 1], over the targets that have one.
    public var meanProgress: ExactDecimal?
    /// How many targets the mean covers.
    public var progressCount: Int
    /// The targets and milestones left out of the mean, and why.
    public var excluded: [Exclusion]
    /// In the overall rollup of a scorecard, how many targets count a figure (the same indicator over the same
    /// period) that another target already counts, e.g. when two plans hold targets on one indicator and year;
    /// `nil` in theme and plan rollups.
    public var doubleCountedFigures: Int?

    /// Creates an empty rollup.
    public init() {
        counts = StatusCounts()
        meanProgress = nil
        progressCount = 0
        excluded = []
        doubleCountedFigures = nil
    }

    /// Computes the rollup of targets and milestones, each weight multiplied by `scale` (the product of the
    /// enclosing themes' weights).
    /// - Parameters:
    ///   - targets: Target evaluations with their effective weights.
    ///   - milestones: Milestone evaluations.
    /// - Returns: The rollup.
    public static func of(
        targets: [(evaluation: TargetEvaluation, weight: ExactDecimal)], milestones: [MilestoneEvaluation]
    )
        -> Rollup
    {
        of(entries: targets.map { RollupEntry($0.evaluation, weight: $0.weight) }, milestones: milestones)
    }

    /// The rollup of entries: what ``of(targets:milestones:)`` needs of each target, without copying its
    /// evaluation (the scorecard assembles a rollup per theme and plan, so each target is rolled up several
    /// times).
    package static func of(entries: [RollupEntry], milestones: [MilestoneEvaluation]) -> Rollup {
        var rollup = Rollup()
        // Σ wᵢ·clamp(pᵢ) and Σ wᵢ; `nil` once a sum overflows, and then there is no mean.
        var weightedSum: ExactDecimal? = 0
        var weightTotal: ExactDecimal? = 0
        for entry in entries {
            rollup.counts[entry.status] += 1
            if let gap = entry.gapClosed, let weight = entry.weight, weight > 0 {
                let clamped = gap.isNegative ? ExactDecimal.zero : min(gap, 1)
                // Decimals are canonical, so a product by one is the value itself: skip the multiplication.
                let product = weight == .one ? clamped : try? clamped * weight
                weightedSum = weightedSum.flatMap { sum in product.flatMap { try? sum + $0 } }
                weightTotal = weightTotal.flatMap { total in try? total + weight }
                rollup.progressCount += 1
            } else {
                let reason: Reason
                switch entry.status {
                case .noData: reason = .noData
                case .notComparable: reason = .notComparable
                case .pending: reason = .notStarted
                default: reason = .noProgressFigure
                }
                rollup.excluded.append(Exclusion(item: entry.id, reason: reason))
            }
        }
        for evaluation in milestones {
            rollup.counts[evaluation.status] += 1
            rollup.excluded.append(Exclusion(item: evaluation.milestone.id.rawValue, reason: .milestone))
        }
        if let weightedSum, let weightTotal, weightTotal > 0 { rollup.meanProgress = try? weightedSum / weightTotal }
        return rollup
    }
}
