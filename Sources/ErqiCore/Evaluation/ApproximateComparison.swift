public import Foundation

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
    public func check(_ actual: Decimal, approximation: Approximation = .exact, tolerance: Decimal)
        -> RequirementCheck
    {
        let spread = (actual < 0 ? -actual : actual) * tolerance
        let range: ValueRange
        switch approximation {
        case .exact: range = ValueRange(lower: actual, lowerClosed: true, upper: actual, upperClosed: true)
        case .moreThan: range = ValueRange(lower: actual, lowerClosed: false, upper: actual + spread, upperClosed: true)
        case .nearly: range = ValueRange(lower: actual - spread, lowerClosed: true, upper: actual, upperClosed: false)
        case .about:
            range = ValueRange(lower: actual - spread, lowerClosed: true, upper: actual + spread, upperClosed: true)
        }
        let target = value.value
        let all: Bool
        let none: Bool
        switch comparator {
        case .atLeast:
            all = range.lower >= target
            none = range.upper < target || (range.upper == target && !range.upperClosed)
        case .greaterThan:
            all = range.lower > target || (range.lower == target && !range.lowerClosed)
            none = range.upper <= target
        case .atMost:
            all = range.upper <= target
            none = range.lower > target || (range.lower == target && !range.lowerClosed)
        case .lessThan:
            all = range.upper < target || (range.upper == target && !range.upperClosed)
            none = range.lower >= target
        case .exactly:
            all = range.lower == target && range.upper == target
            none = !range.contains(target)
        case .between:
            let upper = upperValue?.value ?? target
            all = range.lower >= target && range.upper <= upper
            none =
                range.upper < target || (range.upper == target && !range.upperClosed) || range.lower > upper
                || (range.lower == upper && !range.lowerClosed)
        }
        if all { return .holds }
        if none { return .fails }
        return .undetermined
    }
}

/// A range of values with open or closed ends.
private struct ValueRange {
    var lower: Decimal
    var lowerClosed: Bool
    var upper: Decimal
    var upperClosed: Bool

    func contains(_ value: Decimal) -> Bool {
        (value > lower || (value == lower && lowerClosed)) && (value < upper || (value == upper && upperClosed))
    }
}
