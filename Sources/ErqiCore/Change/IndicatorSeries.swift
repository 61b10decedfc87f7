/// The figures of one indicator over time, with their sources and qualities, and the path each target on the
/// indicator sets beside them: what a trend chart or a table of an indicator's history shows.
///
/// ```swift
/// if let series = dataset.series(of: "old-compounds-renovated") {
///     for figure in series.figures { print(figure.period, figure.value, figure.quality) }
///     for path in series.targets { print(path.steps.map(\.requirement)) }  // 357 → 297
/// }
/// ```
public struct IndicatorSeries: Sendable, Hashable, Codable {
    /// The indicator.
    public var indicator: Indicator
    /// Every figure of the indicator, ordered by the day its period ends, then by the day it starts, then as
    /// the dataset lists them.
    public var figures: [Observation]
    /// The path of each target on the indicator, in the order the plans list them.
    public var targets: [TargetPath]

    /// Creates a series.
    /// - Parameters:
    ///   - indicator: The indicator.
    ///   - figures: Its figures, in any order: they are sorted by date.
    ///   - targets: The paths of its targets.
    public init(indicator: Indicator, figures: [Observation], targets: [TargetPath]) {
        self.indicator = indicator
        self.figures = figures.enumerated().sorted { lhs, rhs in
            if lhs.element.period.end != rhs.element.period.end {
                return lhs.element.period.end < rhs.element.period.end
            }
            if lhs.element.period.start != rhs.element.period.start {
                return lhs.element.period.start < rhs.element.period.start
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        self.targets = targets
    }

    /// The figures within a target's period: those a chart of that target plots.
    /// - Parameter path: A target path of this series.
    /// - Returns: The figures whose period lies inside the target's.
    public func figures(for path: TargetPath) -> [Observation] {
        figures.filter { $0.period.start >= path.period.start && $0.period.end <= path.period.end }
    }
}

extension Dataset {
    /// The series of an indicator: its figures over time and the paths of its targets.
    /// - Parameter indicator: The indicator's id.
    /// - Returns: The series, or `nil` when the dataset has no such indicator.
    public func series(of indicator: Indicator.ID) -> IndicatorSeries? {
        guard let definition = indicators.first(where: { $0.id == indicator }) else { return nil }
        var paths: [TargetPath] = []
        for plan in plans {
            plan.forEachTheme { theme in
                for target in theme.targets where target.indicator == indicator {
                    paths.append(TargetPath(plan: plan.id, target: target))
                }
            }
        }
        return IndicatorSeries(
            indicator: definition, figures: observations.filter { $0.indicator == indicator }, targets: paths)
    }
}
