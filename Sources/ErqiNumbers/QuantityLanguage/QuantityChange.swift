/// A figure written as a change from an earlier level rather than as a level: 同比增长8%, 下降3个百分点, 翻一番.
///
/// The quantity of a change is signed: 下降3% is −3% (a growth rate of −0.03), 提高2个百分点 is +0.02 points,
/// 翻一番 is 2 (a multiple of the earlier level). So a comparison on a decrease is mirrored: 下降3%以上 (a fall
/// of at least 3%) is "change ≤ −3%".
public struct QuantityChange: Sendable, Hashable, Codable {
    /// Which way the figure moves.
    public let direction: ChangeDirection
    /// Whether the text compares with the same period of the year before (同比, 比上年, 较上年).
    public let isYearOnYear: Bool

    /// Creates a change.
    /// - Parameters:
    ///   - direction: Which way the figure moves.
    ///   - isYearOnYear: Whether the text compares with the year before.
    public init(_ direction: ChangeDirection, isYearOnYear: Bool = false) {
        self.direction = direction
        self.isYearOnYear = isYearOnYear
    }
}

// MARK: - Mirroring for decreases

extension ComparisonOperator {
    /// The comparator on the negated value: a fall of at least 3% (≥ 3) is a change of at most −3% (≤ −3).
    public var mirrored: ComparisonOperator {
        switch self {
        case .atLeast: .atMost
        case .atMost: .atLeast
        case .greaterThan: .lessThan
        case .lessThan: .greaterThan
        case .exactly, .between: self
        }
    }
}

extension Approximation {
    /// The approximation of the negated value: a fall of more than 3% is a change just below −3% (``nearly``
    /// in signed terms), a fall of nearly 3% a change just above −3% (``moreThan``).
    public var mirrored: Approximation {
        switch self {
        case .moreThan: .nearly
        case .nearly: .moreThan
        case .exact, .about: self
        }
    }
}
