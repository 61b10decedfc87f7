/// Everything a reporter needs, as one plain value: the evaluations of the plans as of a day, grouped as the
/// plans group them, with rollups, the sources and indicators cited, and the achievements reported outside
/// any target.
///
/// New fields may be added in later versions; reporters that ignore them keep working.
public struct Scorecard: Sendable, Hashable, Codable {
    /// The version of this structure, raised when a field changes meaning: 1.
    public var schemaVersion: Int
    /// The as-of day.
    public var asOf: CalendarDate
    /// The thresholds applied.
    public var policy: EvaluationPolicy
    /// The plans evaluated, in dataset order.
    public var plans: [PlanScorecard]
    /// The rollup over every plan here.
    public var rollup: Rollup
    /// The sources of the dataset.
    public var sources: [Source]
    /// The indicators of the dataset.
    public var indicators: [Indicator]
    /// Observations known by the as-of day that fall within no target's period for their indicator:
    /// achievements reported on their own, without a target.
    public var achievements: [Observation]
    /// Observations without a target that gave way, by the rule of conflicts, to another covering the same days
    /// (named in its `supersedes`, or less final): shown apart, never dropped.
    public var achievementsSuperseded: [Observation]
    /// Observations without a target of the same quality and days as an achievement but with another figure,
    /// set aside by the later publication of the source (then dataset order): reported as conflicts.
    public var achievementsInConflict: [Observation]

    /// Creates a scorecard.
    /// - Parameters:
    ///   - asOf: The as-of day.
    ///   - policy: The thresholds applied.
    ///   - plans: The plans evaluated.
    ///   - rollup: The rollup over every plan.
    ///   - sources: The sources.
    ///   - indicators: The indicators.
    ///   - achievements: Observations without a target.
    ///   - achievementsSuperseded: Observations without a target that gave way to others; none by default.
    ///   - achievementsInConflict: Observations without a target set aside in a conflict; none by default.
    public init(
        asOf: CalendarDate, policy: EvaluationPolicy, plans: [PlanScorecard], rollup: Rollup,
        sources: [Source], indicators: [Indicator], achievements: [Observation],
        achievementsSuperseded: [Observation] = [], achievementsInConflict: [Observation] = []
    ) {
        self.schemaVersion = 1
        self.asOf = asOf
        self.policy = policy
        self.plans = plans
        self.rollup = rollup
        self.sources = sources
        self.indicators = indicators
        self.achievements = achievements
        self.achievementsSuperseded = achievementsSuperseded
        self.achievementsInConflict = achievementsInConflict
    }

    /// Every target evaluation, plan by plan and theme by theme in document order.
    public var allTargetEvaluations: [TargetEvaluation] {
        plans.flatMap { plan in plan.themes.flatMap(\.allTargetEvaluations) }
    }

    /// Every milestone evaluation, in document order.
    public var allMilestoneEvaluations: [MilestoneEvaluation] {
        plans.flatMap { plan in plan.themes.flatMap(\.allMilestoneEvaluations) }
    }

    /// The source with an id, if the scorecard has it.
    /// - Parameter id: The source id.
    /// - Returns: The source.
    public func source(_ id: Source.ID) -> Source? { sources.first { $0.id == id } }

    /// The indicators by id (the first of any repeated id), for reporters that look one up per row: build it
    /// once per report rather than searching ``indicators`` for each row.
    public var indicatorsByID: [Indicator.ID: Indicator] {
        Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The evaluation of one plan.
public struct PlanScorecard: Sendable, Hashable, Codable {
    /// The plan's id.
    public var id: Plan.ID
    /// The plan's name.
    public var title: LocalizedText
    /// The period the plan covers.
    public var period: Period
    /// Where the plan is stated.
    public var source: Source.ID?
    /// The rollup over the whole plan.
    public var rollup: Rollup
    /// The evaluated themes.
    public var themes: [ThemeScorecard]

    /// Creates a plan scorecard.
    /// - Parameters:
    ///   - id: The plan's id.
    ///   - title: Its name.
    ///   - period: Its period.
    ///   - source: Where it is stated.
    ///   - rollup: The rollup over the whole plan.
    ///   - themes: The evaluated themes.
    public init(
        id: Plan.ID, title: LocalizedText, period: Period, source: Source.ID?, rollup: Rollup,
        themes: [ThemeScorecard]
    ) {
        self.id = id
        self.title = title
        self.period = period
        self.source = source
        self.rollup = rollup
        self.themes = themes
    }
}

/// The evaluation of one theme, with its nested themes.
public struct ThemeScorecard: Sendable, Hashable, Codable {
    /// The theme's id.
    public var id: Theme.ID
    /// The theme's name.
    public var title: LocalizedText
    /// The rollup over the theme and its nested themes.
    public var rollup: Rollup
    /// Nested themes.
    public var themes: [ThemeScorecard]
    /// The targets directly in this theme.
    public var targets: [TargetEvaluation]
    /// The milestones directly in this theme.
    public var milestones: [MilestoneEvaluation]

    /// Creates a theme scorecard.
    /// - Parameters:
    ///   - id: The theme's id.
    ///   - title: Its name.
    ///   - rollup: The rollup over it and its nested themes.
    ///   - themes: Nested themes.
    ///   - targets: Its targets.
    ///   - milestones: Its milestones.
    public init(
        id: Theme.ID, title: LocalizedText, rollup: Rollup, themes: [ThemeScorecard],
        targets: [TargetEvaluation], milestones: [MilestoneEvaluation]
    ) {
        self.id = id
        self.title = title
        self.rollup = rollup
        self.themes = themes
        self.targets = targets
        self.milestones = milestones
    }

    /// The target evaluations of this theme and its nested themes, in document order.
    public var allTargetEvaluations: [TargetEvaluation] {
        targets + themes.flatMap(\.allTargetEvaluations)
    }

    /// The milestone evaluations of this theme and its nested themes, in document order.
    public var allMilestoneEvaluations: [MilestoneEvaluation] {
        milestones + themes.flatMap(\.allMilestoneEvaluations)
    }
}
