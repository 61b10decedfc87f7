import Foundation

/// Whether a requirement holds on a figure that may be approximate: yes, no, or cannot tell.
public enum RequirementCheck: String, Sendable, Hashable, Codable {
    /// The requirement holds on every value the figure may stand for.
    case holds
    /// The requirement fails on every value the figure may stand for.
    case fails
    /// The figure's range lies on both sides of the requirement.
    case undetermined
}

extension Requirement {
    /// Checks the requirement against a figure, honouring its approximation.
    ///
    /// An approximate figure a stands for a range with relative width w (the policy's tolerance):
    /// exact [a, a]; more than (a, a + w|a|]; nearly [a − w|a|, a); about [a − w|a|, a + w|a|].
    /// So "13.2万余" holds for "≥ 132000", "近200" fails "≥ 200", and "约300" is undetermined for "≥ 300".
    /// - Parameters:
    ///   - actual: The figure's value.
    ///   - approximation: How exactly it is stated.
    ///   - tolerance: The relative width w.
    /// - Returns: Holds, fails or undetermined.
    public func check(_ actual: ExactDecimal, approximation: Approximation = .exact, tolerance: ExactDecimal)
        -> RequirementCheck
    {
        // A bound that needs more than 38 significant digits lies beyond every requirement value: it is left open
        // (unbounded), which never claims more than the figure says.
        let spread = approximation == .exact ? 0 : try? actual.magnitude * tolerance
        let above = spread.flatMap { try? actual + $0 }
        let below = spread.flatMap { try? actual - $0 }
        let range: ValueRange
        switch approximation {
        case .exact: range = ValueRange(lower: actual, lowerClosed: true, upper: actual, upperClosed: true)
        case .moreThan: range = ValueRange(lower: actual, lowerClosed: false, upper: above, upperClosed: true)
        case .nearly: range = ValueRange(lower: below, lowerClosed: true, upper: actual, upperClosed: false)
        case .about: range = ValueRange(lower: below, lowerClosed: true, upper: above, upperClosed: true)
        }
        let target = value.value
        let all: Bool
        let none: Bool
        switch comparator {
        case .atLeast:
            all = range.isAtLeast(target)
            none = range.isBelow(target)
        case .greaterThan:
            all = range.isAbove(target)
            none = range.isAtMost(target)
        case .atMost:
            all = range.isAtMost(target)
            none = range.isAbove(target)
        case .lessThan:
            all = range.isBelow(target)
            none = range.isAtLeast(target)
        case .exactly:
            all = range.lower == target && range.upper == target
            none = !range.contains(target)
        case .between:
            let upper = upperValue?.value ?? target
            all = range.isAtLeast(target) && range.isAtMost(upper)
            none = range.isBelow(target) || range.isAbove(upper)
        }
        if all { return .holds }
        if none { return .fails }
        return .undetermined
    }
}

/// A range of values with open or closed ends; a `nil` end is unbounded.
private struct ValueRange {
    var lower: ExactDecimal?
    var lowerClosed: Bool
    var upper: ExactDecimal?
    var upperClosed: Bool

    /// Every value in the range is at least `value`.
    func isAtLeast(_ value: ExactDecimal) -> Bool {
        guard let lower else { return false }
        return lower >= value
    }

    /// Every value in the range is above `value`.
    func isAbove(_ value: ExactDecimal) -> Bool {
        guard let lower else { return false }
        return lower > value || (lower == value && !lowerClosed)
    }

    /// Every value in the range is at most `value`.
    func isAtMost(_ value: ExactDecimal) -> Bool {
        guard let upper else { return false }
        return upper <= value
    }

    /// Every value in the range is below `value`.
    func isBelow(_ value: ExactDecimal) -> Bool {
        guard let upper else { return false }
        return upper < value || (upper == value && !upperClosed)
    }

    func contains(_ value: ExactDecimal) -> Bool {
        !isAbove(value) && !isBelow(value)
    }
}
