/// How sure the drafter is of a decision about one figure.
public enum DraftConfidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// No cue word decided: the kind follows the report's overall frame. Always carries a review mark.
    case low
    /// A weak cue (a verb that plans and reviews both use) decided.
    case medium
    /// A strong cue decided: a commitment (确保, 力争), a comparator (以上, 不低于) or a past-tense marker (同比增长, 累计).
    case high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    /// Orders low before medium before high.
    public static func < (lhs: DraftConfidence, rhs: DraftConfidence) -> Bool { lhs.rank < rhs.rank }
}
