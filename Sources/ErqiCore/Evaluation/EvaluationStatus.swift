/// The verdict on a target or a milestone as of a day.
public enum EvaluationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The period has ended and the requirement holds on the actual figure.
    case achieved
    /// The period has ended and the requirement does not hold.
    case missed
    /// The period is running and the pace ratio is at least the policy's ahead threshold (1.1).
    case ahead
    /// The period is running and the pace ratio is at least the on-track threshold (0.95).
    case onTrack
    /// The period is running and the pace ratio is at least the at-risk threshold (0.8).
    case atRisk
    /// The period is running and the pace ratio is below the at-risk threshold.
    case offTrack
    /// A milestone reported done.
    case done
    /// A milestone past its deadline and not reported done.
    case overdue
    /// A milestone before its deadline and not yet done, or a target whose period has not started.
    case pending
    /// No observation of the indicator in the period by the as-of day.
    case noData
    /// The only observations measure something else (they carry a comparability note).
    case notComparable
    /// The figures cannot decide, e.g. "约300" against "≥ 300"; ``StatusReason`` says why.
    case undetermined
    /// The period has ended but the figures cover only part of it and prove nothing yet, e.g. a first-half
    /// figure below a yearly at-least target; ``TargetEvaluation/actualDate`` says how far the data reaches.
    case incompleteData
}

/// Why a status is what it is, when the figures alone do not show it.
public enum StatusReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The as-of day is before the target's period starts.
    case periodNotStarted
    /// No observation of the indicator falls in the period by the as-of day.
    case noObservations
    /// Observations exist but all carry comparability notes.
    case onlyIncomparableObservations
    /// The actual figure is approximate, and the range it stands for lies on both sides of the requirement.
    case approximateActualStraddlesRequirement
    /// The target value equals the baseline, so progress is undefined.
    case targetEqualsBaseline
    /// The period has started but no progress is expected yet (expected progress is 0).
    case noProgressExpectedYet
    /// Flow observations exist but none starts at the period's start, so no cumulative figure can be formed.
    case coverageGap
    /// The target names an indicator the dataset does not define.
    case unknownIndicator
    /// The target's requirement is in another unit than its indicator.
    case requirementUnitMismatch
    /// An exact calculation overflowed.
    case arithmeticOverflow
    /// The period has ended, but the flow figures cover only its first part and do not already prove the verdict.
    case partialPeriodData
}
