import Foundation

/// Evaluates targets and milestones of a dataset as of a day, and builds scorecards.
///
/// For a target with baseline b (0 when absent), requirement in force T, actual a, period [t0, t1] (t1 is
/// the deadline when one is set) and as-of day t:
/// - **Actual**: chosen by the rules of selection (see the DocC article "Evaluation"): an explicit
///   `supersedes`, then final over estimate over preliminary, then the later publication settle figures for the
///   same days; flows are chained from t0, stocks and rates take the latest level.
/// - **Completion** `a / T`, for at-least targets with b = 0; also against the original when revised.
/// - **Gap closed** `p = (a − b) / (T − b)`. A band has neither: only its distance to the nearer bound.
/// - **Expected progress** `e` at the data's date d (the end of the latest figure's period, not t), linear by
///   day or along the target's trajectory.
/// - **Pace ratio** `p / e`. For caps (at most / less than with T ≥ b, such as a budget), spending faster is
///   worse, so the ratio is inverted to `e / p` (and a cap with nothing used yet is ahead).
/// - **Projection** `b + (a − b) / e`; **required rate** `(T − a) / remaining` from d, per year and per month.
/// - **Status**: when t ≥ t1, achieved or missed by the requirement on a, honouring approximation
///   (undetermined when the approximate range straddles it); a flow figure covering only part of the period
///   decides only what it proves, else incomplete data. Before, ahead, on track, at risk or off track by the
///   pace ratio and the policy's thresholds, a cap projected past its limit being at best at risk. Rate
///   indicators and bands are judged on their latest value instead (on track when the requirement holds, off
///   track when it fails).
///
/// The evaluator allocates no class per target and formats no strings, so it scales to large plans.
public struct Evaluator: Sendable {
    /// The dataset evaluated.
    public let dataset: Dataset
    /// The thresholds applied.
    public let policy: EvaluationPolicy
    let index: ObservationIndex
    /// Whether each evaluation keeps every figure within its target's period (``TargetEvaluation/figuresInPeriod``),
    /// for reports that chart them; off by default, since a national plan would hold every figure twice.
    public var keepsFiguresInPeriod = false
    /// Each defined indicator (the first of an id) with its dense number in the index, looked up once per target.
    private let indicators: [Indicator.ID: (indicator: Indicator, number: Int?)]

    /// Creates an evaluator and indexes the dataset's observations.
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - policy: The thresholds; ``EvaluationPolicy/standard`` by default.
    public init(dataset: Dataset, policy: EvaluationPolicy = .standard) {
        self.dataset = dataset
        self.policy = policy
        self.index = ObservationIndex(dataset.observations, sources: dataset.sources)
        var indicators: [Indicator.ID: (indicator: Indicator, number: Int?)] = [:]
        indicators.reserveCapacity(dataset.indicators.count)
        for indicator in dataset.indicators where indicators[indicator.id] == nil {
            indicators[indicator.id] = (indicator, index.number(of: indicator.id))
        }
        self.indicators = indicators
    }

    /// Evaluates one target as of a day.
    /// - Parameters:
    ///   - target: The target.
    ///   - asOf: The as-of day t.
    /// - Returns: The evaluation; problems in the data are in its `issues`, never thrown.
    public func evaluate(_ target: Target, asOf: CalendarDate) -> TargetEvaluation {
        let entry = indicators[target.indicator]
        // Filled in as a plain value, then put behind the evaluation's one reference.
        var result = TargetEvaluation.Fields(
            target: target, indicator: entry?.indicator, asOf: asOf, indicatorNumber: entry?.number)
        guard let indicator = result.indicator else {
            result.issues.append(.unknownIndicator(target.indicator))
            result.status = .noData
            result.reason = .unknownIndicator
            return TargetEvaluation(result)
        }
        let requirement = result.requirementInForce
        guard requirement.unit == indicator.unit else {
            result.issues.append(.requirementUnitMismatch(expected: indicator.unit, found: requirement.unit))
            result.status = .undetermined
            result.reason = .requirementUnitMismatch
            return TargetEvaluation(result)
        }
        if asOf < target.period.start {
            result.status = .pending
            result.reason = .periodNotStarted
            return TargetEvaluation(result)
        }

        let selection = index.select(
            indicator: indicator, number: entry?.number, period: target.period, asOf: asOf,
            keepsComparable: keepsFiguresInPeriod)
        result.issues += selection.issues
        result.observationsUsed = selection.used.map { index.observations[$0] }
        result.observationsSuperseded = selection.superseded.map { index.observations[$0] }
        result.observationsInConflict = selection.conflicting.map { index.observations[$0] }
        result.observationsNotComparable = selection.notComparable.map { index.observations[$0] }
        if keepsFiguresInPeriod { result.figuresInPeriod = selection.comparable.map { index.observations[$0] } }
        guard let actual = selection.actual else {
            if !selection.notComparable.isEmpty {
                result.status = .notComparable
                result.reason = .onlyIncomparableObservations
            } else {
                result.status = .noData
                let gap = selection.issues.contains { if case .coverageGap = $0 { true } else { false } }
                let overflow = selection.issues.contains { if case .calculation = $0 { true } else { false } }
                result.reason = overflow ? .arithmeticOverflow : gap ? .coverageGap : .noObservations
            }
            return TargetEvaluation(result)
        }
        result.actual = actual
        result.actualApproximation = selection.approximation
        result.actualQuality = selection.quality
        result.actualDate = selection.date
        if let reached = selection.date {
            // The data is needed up to the as-of day, or to the due day once the period has ended.
            let age = max(0, reached.days(to: min(asOf, target.dueDate)))
            result.dataAgeDays = age
            result.dataIsStale = age > policy.staleAfterDays
        }
        computeFigures(&result, target: target, indicator: indicator, actual: actual)
        decideStatus(&result, target: target, indicator: indicator)
        return TargetEvaluation(result)
    }

    /// Evaluates one milestone as of a day.
    /// - Parameters:
    ///   - milestone: The milestone.
    ///   - asOf: The as-of day.
    /// - Returns: Done, overdue or pending.
    public func evaluate(_ milestone: Milestone, asOf: CalendarDate) -> MilestoneEvaluation {
        MilestoneEvaluation(milestone: milestone, asOf: asOf)
    }

    // MARK: - Figures

    private func computeFigures(
        _ result: inout TargetEvaluation.Fields, target: Target, indicator: Indicator, actual: ExactDecimal
    ) {
        let requirement = result.requirementInForce
        let baseline = target.baseline?.value.value ?? 0
        let aim = requirement.aim(for: actual)
        let due = target.dueDate
        let asOf = result.asOf
        var figures = EvaluationFigures()
        var issues: [EvaluationIssue] = []
        func attempt<Value>(_ body: () throws(EvaluationError) -> Value) -> Value? {
            do {
                return try body()
            } catch {
                if !issues.contains(.calculation(error)) { issues.append(.calculation(error)) }
                return nil
            }
        }

        let atLeastKind = requirement.comparator == .atLeast || requirement.comparator == .greaterThan
        if atLeastKind && baseline.isZero && !aim.isZero {
            figures.completion = attempt { () throws(EvaluationError) in
                try PolicyCalculations.completion(actual: actual, target: aim)
            }
            if result.revisionInForce != nil, target.requirement.unit == requirement.unit,
                !target.requirement.value.value.isZero
            {
                let original = target.requirement.aim(for: actual)
                figures.completionOfOriginal = attempt { () throws(EvaluationError) in
                    try PolicyCalculations.completion(actual: actual, target: original)
                }
            }
        }
        let band = requirement.comparator == .between
        if band {
            // A band has no completion: inside or outside, with the distance to the nearer bound.
            let upper = requirement.upperValue?.value ?? requirement.value.value
            figures.bandDistance = attempt { () throws(EvaluationError) in
                try Evaluator.checked { () throws(QuantityError) in
                    try min((actual - requirement.value.value).magnitude, (upper - actual).magnitude)
                }
            }
        } else {
            figures.gapClosed = attempt { () throws(EvaluationError) in
                try PolicyCalculations.gapClosed(actual: actual, baseline: baseline, target: aim)
            }
        }
        figures.shortfall = attempt { () throws(EvaluationError) in
            try Evaluator.checked { () throws(QuantityError) in
                try Evaluator.shortfall(actual: actual, requirement: requirement)
            }
        }
        let approximation = result.actualApproximation
        if approximation != .exact {
            // Completion and gap closed grow with the actual when the target lies above the baseline.
            let rising = aim >= baseline
            if !band { figures.progressApproximation = rising ? approximation : approximation.mirrored }
            switch requirement.comparator {
            case .atLeast, .greaterThan: figures.shortfallApproximation = approximation.mirrored
            case .atMost, .lessThan: figures.shortfallApproximation = approximation
            case .exactly, .between: figures.shortfallApproximation = .about
            }
        }

        let periodForPace = (try? Period(start: target.period.start, end: due)) ?? target.period
        let running = asOf < due
        // Pace is judged at the data's date (the end of the latest figure's period), not at the as-of day.
        let dataDate = min(result.actualDate ?? asOf, asOf)
        if running && !band {
            let expected = PolicyCalculations.expectedProgress(
                period: periodForPace, asOf: dataDate, trajectory: target.trajectory)
            figures.expectedProgress = expected
            if indicator.kind != .rate, !expected.isZero {
                figures.projection = attempt { () throws(EvaluationError) in
                    try PolicyCalculations.projection(actual: actual, baseline: baseline, expectedProgress: expected)
                }
                if let gap = figures.gapClosed {
                    if isCap(requirement, baseline: baseline) {
                        figures.paceRatio = gap > 0 ? try? expected / gap : nil
                    } else {
                        figures.paceRatio = attempt { () throws(EvaluationError) in
                            try PolicyCalculations.paceRatio(gapClosed: gap, expectedProgress: expected)
                        }
                    }
                }
            }
            if let rate = attempt({ () throws(EvaluationError) in
                try PolicyCalculations.requiredRate(
                    actual: actual, target: aim, remainingDays: dataDate.days(to: due))
            }) {
                figures.requiredPerYear = rate.perYear
                figures.requiredPerMonth = rate.perMonth
            }
        }
        if indicator.kind == .stock, let base = target.baseline, let baseDate = base.date,
            let actualDate = result.actualDate, actualDate > baseDate, due > baseDate, base.value.value > 0
        {
            figures.growth = attempt { () throws(EvaluationError) in
                let observed = try GrowthAssessment.compoundAnnualGrowthRate(
                    from: base.value.value, to: actual, days: baseDate.days(to: actualDate))
                let required = try GrowthAssessment.compoundAnnualGrowthRate(
                    from: base.value.value, to: aim, days: baseDate.days(to: due))
                return try GrowthAssessment(observedRate: observed, requiredRate: required, policy: policy)
            }
        }
        result.figures = figures
        result.issues += issues
    }

    /// Whether a flow figure covering only the start of the period already proves the verdict, flows never
    /// being negative: an at-least target already reached stays reached, a cap already exceeded stays exceeded
    /// (as does a band's or an exact value's upper end).
    private static func partialFlowProves(check: RequirementCheck, requirement: Requirement, actual: ExactDecimal)
        -> Bool
    {
        switch (requirement.comparator, check) {
        case (.atLeast, .holds), (.greaterThan, .holds), (.atMost, .fails), (.lessThan, .fails): return true
        case (.exactly, .fails), (.between, .fails):
            let upper = requirement.upperValue?.value ?? requirement.value.value
            return upper < actual
        default: return false
        }
    }

    private func isCap(_ requirement: Requirement, baseline: ExactDecimal) -> Bool {
        (requirement.comparator == .atMost || requirement.comparator == .lessThan)
            && requirement.value.value >= baseline
    }

    /// How far the actual falls short of the requirement, in the direction it asks; negative when exceeded.
    private static func shortfall(actual: ExactDecimal, requirement: Requirement) throws(QuantityError)
        -> ExactDecimal
    {
        let value = requirement.value.value
        switch requirement.comparator {
        case .atLeast, .greaterThan: return try value - actual
        case .atMost, .lessThan: return try actual - value
        case .exactly: return try (actual - value).magnitude
        case .between:
            let upper = requirement.upperValue?.value ?? value
            if actual < value { return try value - actual }
            if upper < actual { return try actual - upper }
            return 0
        }
    }

    /// The result of exact arithmetic, its overflow as an evaluation error.
    private static func checked<Result>(_ body: () throws(QuantityError) -> Result) throws(EvaluationError) -> Result {
        do {
            return try body()
        } catch {
            throw .quantity(error)
        }
    }

    // MARK: - Status

    private func decideStatus(_ result: inout TargetEvaluation.Fields, target: Target, indicator: Indicator) {
        guard let actual = result.actual else { return }
        let check = result.requirementInForce.check(
            actual, approximation: result.actualApproximation, tolerance: policy.approximationTolerance)
        result.check = check
        let due = target.dueDate
        let ended = result.asOf >= due
        let band = result.requirementInForce.comparator == .between
        if ended || indicator.kind == .rate || band {
            switch check {
            case .holds: result.status = ended ? .achieved : .onTrack
            case .fails: result.status = ended ? .missed : .offTrack
            case .undetermined:
                result.status = .undetermined
                result.reason = .approximateActualStraddlesRequirement
            }
            if ended, indicator.kind == .flow, let reached = result.actualDate, reached < due,
                !Evaluator.partialFlowProves(check: check, requirement: result.requirementInForce, actual: actual)
            {
                // A flow figure that covers part of the period decides only what it already proves.
                result.status = .incompleteData
                result.reason = .partialPeriodData
            }
            return
        }
        let baseline = target.baseline?.value.value ?? 0
        let cap = isCap(result.requirementInForce, baseline: baseline)
        if let ratio = result.figures.paceRatio {
            result.status = policy.status(forPaceRatio: ratio)
            // A cap projected past its limit is at risk or off track, never on track or ahead. For a cap the pace
            // ratio e / p equals (T − b) / (projection − b), so the projection passes the limit exactly when the
            // ratio shown is below 1; deciding on the ratio keeps the verdict in step with the figure beside it
            // (a projection rounded to 20 digits can land a hair past the limit on an exact tie).
            if cap, ratio < 1, result.status == .ahead || result.status == .onTrack {
                result.status = .atRisk
            }
        } else if cap, let gap = result.figures.gapClosed, gap <= 0 {
            result.status = .ahead
        } else if result.figures.expectedProgress?.isZero ?? false {
            result.status = .undetermined
            result.reason = .noProgressExpectedYet
        } else {
            result.status = .undetermined
            let equal = result.issues.contains {
                if case .calculation(.targetEqualsBaseline) = $0 { true } else { false }
            }
            result.reason = equal ? .targetEqualsBaseline : .arithmeticOverflow
        }
    }
}
