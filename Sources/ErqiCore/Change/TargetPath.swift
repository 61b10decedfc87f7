import Foundation

/// The path a target sets over its period: the requirement in force from each day on (the original, then each
/// revision as a step), and the values expected on the way under its trajectory.
public struct TargetPath: Sendable, Hashable, Codable {
    /// The requirement in force from a day on.
    public struct Step: Sendable, Hashable, Codable {
        /// The first day the requirement is in force: the period's start for the original.
        public var from: CalendarDate
        /// The requirement.
        public var requirement: Requirement
        /// Where it is stated.
        public var citation: SourceCitation?
    }

    /// A value expected by a day.
    public struct ExpectedPoint: Sendable, Hashable, Codable {
        /// The day.
        public var date: CalendarDate
        /// The value expected by then, in the requirement's unit: the baseline (or zero) plus the share of the way
        /// to the requirement that the trajectory expects by that day.
        public var value: ExactDecimal
    }

    /// The plan that holds the target.
    public var plan: Plan.ID
    /// The target's id.
    public var target: Target.ID
    /// The target's name.
    public var title: LocalizedText
    /// The target's period.
    public var period: Period
    /// The requirement in force over time, oldest first.
    public var steps: [Step]
    /// The expected path to the latest requirement: the start (baseline or zero), each trajectory checkpoint, and
    /// the requirement at the due day; a straight line between them when there is no trajectory. Empty for a
    /// band, which has no single value to reach.
    public var expected: [ExpectedPoint]

    /// The path of a target.
    /// - Parameters:
    ///   - plan: The plan that holds it.
    ///   - target: The target.
    public init(plan: Plan.ID, target: Target) {
        self.plan = plan
        self.target = target.id
        self.title = target.title
        self.period = target.period
        var steps = [Step(from: target.period.start, requirement: target.requirement, citation: target.citation)]
        for revision in target.revisions {
            steps.append(
                Step(from: revision.effectiveOn, requirement: revision.requirement, citation: revision.citation))
        }
        self.steps = steps
        let latest = steps[steps.count - 1].requirement
        guard latest.comparator != .between else {
            self.expected = []
            return
        }
        let start = target.baseline?.value.value ?? 0
        let aim = latest.value.value
        var points = [ExpectedPoint(date: target.period.start, value: start)]
        for checkpoint in target.trajectory?.checkpoints ?? [] where checkpoint.date < target.dueDate {
            // A point past 38 significant digits cannot be drawn exactly; the line goes on without it.
            guard let value = try? start + checkpoint.share * (aim - start) else { continue }
            points.append(ExpectedPoint(date: checkpoint.date, value: value))
        }
        points.append(ExpectedPoint(date: target.dueDate, value: aim))
        self.expected = points
    }
}
