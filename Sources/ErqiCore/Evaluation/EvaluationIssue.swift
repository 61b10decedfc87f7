/// Something the evaluator noticed about the data of one target: kept, reported, never dropped silently.
public enum EvaluationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Observations for the same period and quality disagree; the rule of conflicts (the later publication of
    /// the source, then dataset order) chose the one used.
    case conflictingFigures(used: Observation.ID, others: [Observation.ID])
    /// An observation's unit differs from its indicator's, so it was left out.
    case observationUnitMismatch(observation: Observation.ID, expected: QuantityUnit, found: QuantityUnit)
    /// The target's requirement is in another unit than its indicator.
    case requirementUnitMismatch(expected: QuantityUnit, found: QuantityUnit)
    /// The target names an indicator the dataset does not define.
    case unknownIndicator(Indicator.ID)
    /// Flow observations exist but none starts at the period's start.
    case coverageGap(observations: [Observation.ID])
    /// A calculation could not be done.
    case calculation(EvaluationError)

    /// A message for people.
    public var description: String {
        switch self {
        case .conflictingFigures(let used, let others):
            "conflicting figures for the same period: used \(used), also reported \(others.map(\.rawValue))"
        case .observationUnitMismatch(let observation, let expected, let found):
            "observation \(observation) is in \(found), but its indicator is in \(expected); it was left out"
        case .requirementUnitMismatch(let expected, let found):
            "the requirement is in \(found), but the indicator is in \(expected)"
        case .unknownIndicator(let id):
            "unknown indicator '\(id)'"
        case .coverageGap(let observations):
            "no flow observation starts at the period's start; not summed: \(observations.map(\.rawValue))"
        case .calculation(let error):
            error.description
        }
    }
}
