/// How firmly a target is promised: 确保 (ensure) or 力争 (strive for).
///
/// A commitment is not a comparator: 确保518亿元以上 and 力争518亿元以上 both ask for at least 518亿元. It says how
/// hard the promise is, and Erqi keeps it beside the requirement instead of dropping it.
public enum Commitment: String, Sendable, Hashable, Codable, CaseIterable {
    /// A firm promise (确保, 保证): missing it is a broken commitment.
    case ensure
    /// A stretch goal (力争, 争取, 力求): missing it is a missed ambition, not a broken promise.
    case strive
}
