public import ErqiCore

/// Which achievements without a target a report for people lists: all of them, only those of the indicators
/// the report's targets track, or none.
///
/// An achievement is a figure that lies in no target's period for its indicator. It belongs to a theme when a
/// target of that theme tracks its indicator (in another period, say the year before the plan); most belong to
/// no theme at all. A report restricted to some plans or a theme (`erqi --plan`, `--theme`) wants
/// ``shownTargets``, so that figures of other themes stay out:
///
/// ```swift
/// let scorecard = evaluator.scorecard(asOf: day, theme: "p2020-w2-modern-industry")
/// let options = ReportOptions(achievements: .shownTargets)
/// let text = try TextReporter(options: options).render(scorecard)
/// ```
public enum AchievementScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every achievement of the scorecard (the default).
    case all
    /// Only achievements whose indicator a target in the scorecard tracks.
    case shownTargets
    /// None: the report leaves the section out.
    case none

    /// The observations this scope keeps, in their order.
    /// - Parameters:
    ///   - observations: Achievements of the scorecard (``Scorecard/achievements`` or the superseded or
    ///     conflicting ones).
    ///   - scorecard: The scorecard, whose targets decide ``shownTargets``.
    /// - Returns: The observations kept.
    public func filter(_ observations: [Observation], of scorecard: Scorecard) -> [Observation] {
        switch self {
        case .all: return observations
        case .none: return []
        case .shownTargets:
            let tracked = Set(scorecard.allTargetEvaluations.map(\.target.indicator))
            return observations.filter { tracked.contains($0.indicator) }
        }
    }

    /// The achievement lines a reporter lists under this scope: ``Scorecard/achievementLines`` filtered.
    /// - Parameter scorecard: The scorecard.
    /// - Returns: Each kept observation with the label that says whether it was superseded or set aside.
    public func lines(of scorecard: Scorecard) -> [(label: ReportLabel?, observation: Observation)] {
        switch self {
        case .all: return scorecard.achievementLines
        case .none: return []
        case .shownTargets:
            let tracked = Set(scorecard.allTargetEvaluations.map(\.target.indicator))
            return scorecard.achievementLines.filter { tracked.contains($0.observation.indicator) }
        }
    }
}
