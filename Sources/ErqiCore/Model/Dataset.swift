/// Everything Erqi evaluates: sources, indicators, plans with their targets, and the observations reported.
///
/// Observations belong to indicators, not to plans, so one annual report can speak to targets of several plans,
/// and figures reported without any target are kept as achievements of their own.
public struct Dataset: Sendable, Hashable, Codable {
    /// The documents cited.
    public var sources: [Source]
    /// The indicators measured.
    public var indicators: [Indicator]
    /// The plans.
    public var plans: [Plan]
    /// The reported figures.
    public var observations: [Observation]

    /// Creates a dataset.
    /// - Parameters:
    ///   - sources: The documents cited.
    ///   - indicators: The indicators.
    ///   - plans: The plans.
    ///   - observations: The reported figures.
    public init(sources: [Source] = [], indicators: [Indicator], plans: [Plan], observations: [Observation]) {
        self.sources = sources
        self.indicators = indicators
        self.plans = plans
        self.observations = observations
    }

    /// The latest day any observation, evidence, revision or publication refers to: the natural as-of day.
    public var latestDate: CalendarDate? {
        var latest: CalendarDate?
        func see(_ date: CalendarDate?) {
            guard let date else { return }
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        for observation in observations { see(observation.date) }
        for source in sources { see(source.publishedOn) }
        for plan in plans {
            plan.forEachTheme { theme in
                for target in theme.targets { target.revisions.forEach { see($0.effectiveOn) } }
                for milestone in theme.milestones { milestone.evidence.forEach { see($0.date) } }
            }
        }
        return latest
    }
}

extension Plan {
    /// Calls a closure for every theme of the plan, parents before children, in document order.
    /// - Parameter body: The closure.
    public func forEachTheme(_ body: (Theme) throws -> Void) rethrows {
        func visit(_ themes: [Theme]) throws {
            for theme in themes {
                try body(theme)
                try visit(theme.themes)
            }
        }
        try visit(themes)
    }
}
