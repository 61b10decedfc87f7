import Foundation

extension Evaluator {
    /// Evaluates plans as of a day and assembles the scorecard.
    ///
    /// Rollups: a theme's rollup covers its own and its nested themes' targets and milestones; each target's
    /// weight is multiplied by the weights of the themes that enclose it, below the theme rolled up.
    /// - Parameters:
    ///   - asOf: The as-of day.
    ///   - plans: The plans to include, or `nil` for all.
    ///   - theme: Keep only this theme (with its nested themes), or `nil` for all.
    /// - Returns: The scorecard.
    public func scorecard(asOf: CalendarDate, plans: Set<Plan.ID>? = nil, theme: Theme.ID? = nil) -> Scorecard {
        let selection = select(plans: plans, theme: theme)
        let evaluations = selection.targets.map { evaluate($0, asOf: asOf) }
        return assemble(selection, evaluations: evaluations, asOf: asOf)
    }

    /// Evaluates plans as of a day across cores and assembles the scorecard: the result is identical to
    /// ``scorecard(asOf:plans:theme:)``, evaluation by evaluation and byte by byte once written.
    ///
    /// Targets are split into contiguous chunks evaluated by child tasks of a task group; the results are put
    /// back in document order before the scorecard is assembled.
    /// - Parameters:
    ///   - asOf: The as-of day.
    ///   - plans: The plans to include, or `nil` for all.
    ///   - theme: Keep only this theme, or `nil` for all.
    ///   - parallelism: How many chunks may be evaluated at once, e.g.
    ///     `ProcessInfo.processInfo.activeProcessorCount`.
    /// - Returns: The scorecard.
    public func scorecard(
        asOf: CalendarDate, plans: Set<Plan.ID>? = nil, theme: Theme.ID? = nil,
        parallelism: Int
    ) async -> Scorecard {
        let selection = select(plans: plans, theme: theme)
        let evaluations = await evaluateConcurrently(selection.targets, asOf: asOf, parallelism: parallelism)
        return assemble(selection, evaluations: evaluations, asOf: asOf)
    }

    /// Evaluates targets in parallel chunks and returns the evaluations in the targets' order.
    /// - Parameters:
    ///   - targets: The targets.
    ///   - asOf: The as-of day.
    ///   - parallelism: How many chunks may run at once (at least 1).
    /// - Returns: One evaluation per target, in order.
    public func evaluateConcurrently(_ targets: [Target], asOf: CalendarDate, parallelism: Int) async
        -> [TargetEvaluation]
    {
        let workers = max(1, parallelism)
        if workers == 1 || targets.count < 2 * workers { return targets.map { evaluate($0, asOf: asOf) } }
        let chunkCount = workers * 4
        let chunkSize = (targets.count + chunkCount - 1) / chunkCount
        let evaluator = self
        return await withTaskGroup(of: (Int, [TargetEvaluation]).self) { group in
            var next = 0
            var running = 0
            var results = [[TargetEvaluation]](repeating: [], count: chunkCount)
            func addChunk(_ chunk: Int) {
                let start = min(chunk * chunkSize, targets.count)
                let end = min(start + chunkSize, targets.count)
                let slice = targets[start..<end]
                group.addTask { (chunk, slice.map { evaluator.evaluate($0, asOf: asOf) }) }
            }
            while next < chunkCount && running < workers {
                addChunk(next)
                next += 1
                running += 1
            }
            while let (chunk, evaluations) = await group.next() {
                results[chunk] = evaluations
                if next < chunkCount {
                    addChunk(next)
                    next += 1
                }
            }
            return results.flatMap { $0 }
        }
    }

    /// The plans and themes a scorecard covers, with their targets flattened in document order.
    private struct Selection {
        var plans: [(plan: Plan, themes: [Theme])]
        var targets: [Target]
    }

    private func select(plans: Set<Plan.ID>?, theme: Theme.ID?) -> Selection {
        var chosen: [(plan: Plan, themes: [Theme])] = []
        var targets: [Target] = []
        func collect(_ themes: [Theme]) {
            for theme in themes {
                targets += theme.targets
                collect(theme.themes)
            }
        }
        for plan in dataset.plans where plans.map({ $0.contains(plan.id) }) ?? true {
            let themes = Evaluator.themes(plan.themes, matching: theme)
            if theme != nil && themes.isEmpty { continue }
            chosen.append((plan, themes))
            collect(themes)
        }
        return Selection(plans: chosen, targets: targets)
    }

    private func assemble(_ selection: Selection, evaluations: [TargetEvaluation], asOf: CalendarDate) -> Scorecard {
        var cursor = 0
        var planCards: [PlanScorecard] = []
        var overall: [RollupEntry] = []
        var overallMilestones: [MilestoneEvaluation] = []
        for (plan, themes) in selection.plans {
            var themeCards: [ThemeScorecard] = []
            var planTargets: [RollupEntry] = []
            var planMilestones: [MilestoneEvaluation] = []
            for theme in themes {
                themeCards.append(
                    assembleTheme(
                        theme, asOf: asOf, evaluations: evaluations, cursor: &cursor, targets: &planTargets,
                        milestones: &planMilestones))
            }
            overall += planTargets
            overallMilestones += planMilestones
            planCards.append(
                PlanScorecard(
                    id: plan.id, title: plan.title, period: plan.period, source: plan.source,
                    rollup: Rollup.of(entries: planTargets, milestones: planMilestones), themes: themeCards))
        }
        var targetPeriods: [Indicator.ID: [Period]] = [:]
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets { targetPeriods[target.indicator, default: []].append(target.period) }
            }
        }
        // By indicator (one look-up per indicator, not per observation), then back in dataset order.
        var kept: [Int] = []
        index.forEachIndicator { indicator, positions in
            let periods = targetPeriods[indicator] ?? []
            for position in positions {
                let observation = dataset.observations[position]
                if observation.date <= asOf && !periods.contains(where: { $0.contains(observation.period) }) {
                    kept.append(position)
                }
            }
        }
        kept.sort()
        let achievements = kept.map { dataset.observations[$0] }
        return Scorecard(
            asOf: asOf, policy: policy, plans: planCards,
            rollup: Rollup.of(entries: overall, milestones: overallMilestones), sources: dataset.sources,
            indicators: dataset.indicators, achievements: achievements)
    }

    private func assembleTheme(
        _ theme: Theme, asOf: CalendarDate, evaluations: [TargetEvaluation], cursor: inout Int,
        targets collected: inout [RollupEntry],
        milestones collectedMilestones: inout [MilestoneEvaluation]
    ) -> ThemeScorecard {
        var ownTargets: [RollupEntry] = []
        var ownMilestones: [MilestoneEvaluation] = []
        let targetEvaluations = Array(evaluations[cursor..<cursor + theme.targets.count])
        cursor += theme.targets.count
        ownTargets.reserveCapacity(theme.targets.count)
        for (evaluation, target) in zip(targetEvaluations, theme.targets) {
            ownTargets.append(RollupEntry(evaluation, weight: target.weight))
        }
        let milestoneEvaluations = theme.milestones.map { evaluate($0, asOf: asOf) }
        ownMilestones += milestoneEvaluations
        var nestedCards: [ThemeScorecard] = []
        for nested in theme.themes {
            var nestedTargets: [RollupEntry] = []
            nestedCards.append(
                assembleTheme(
                    nested, asOf: asOf, evaluations: evaluations, cursor: &cursor, targets: &nestedTargets,
                    milestones: &ownMilestones))
            ownTargets += nestedTargets.map { $0.scaled(by: nested.weight) }
        }
        collected += ownTargets
        collectedMilestones += ownMilestones
        return ThemeScorecard(
            id: theme.id, title: theme.title, rollup: Rollup.of(entries: ownTargets, milestones: ownMilestones),
            themes: nestedCards, targets: targetEvaluations, milestones: milestoneEvaluations)
    }

    private static func themes(_ themes: [Theme], matching id: Theme.ID?) -> [Theme] {
        guard let id else { return themes }
        var found: [Theme] = []
        func visit(_ themes: [Theme]) {
            for theme in themes {
                if theme.id == id { found.append(theme) } else { visit(theme.themes) }
            }
        }
        visit(themes)
        return found
    }
}
