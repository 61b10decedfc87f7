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
        var planCards: [PlanScorecard] = []
        var overall: [(TargetEvaluation, Decimal)] = []
        var overallMilestones: [MilestoneEvaluation] = []
        for plan in dataset.plans {
            let included = plans.map { $0.contains(plan.id) } ?? true
            var themeCards: [ThemeScorecard] = []
            var planTargets: [(TargetEvaluation, Decimal)] = []
            var planMilestones: [MilestoneEvaluation] = []
            for theme in Evaluator.themes(plan.themes, matching: theme) {
                let card = evaluateTheme(
                    theme, asOf: asOf, targets: &planTargets,
                    milestones: &planMilestones)
                if included { themeCards.append(card) }
            }
            guard included, theme == nil || !themeCards.isEmpty else { continue }
            overall += planTargets
            overallMilestones += planMilestones
            planCards.append(
                PlanScorecard(
                    id: plan.id, title: plan.title, period: plan.period, source: plan.source,
                    rollup: Rollup.of(targets: planTargets, milestones: planMilestones), themes: themeCards))
        }
        var targetPeriods: [Indicator.ID: [Period]] = [:]
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets { targetPeriods[target.indicator, default: []].append(target.period) }
            }
        }
        let achievements = dataset.observations.filter { observation in
            observation.date <= asOf
                && !(targetPeriods[observation.indicator] ?? []).contains { $0.contains(observation.period) }
        }
        return Scorecard(
            asOf: asOf, policy: policy, plans: planCards,
            rollup: Rollup.of(targets: overall, milestones: overallMilestones), sources: dataset.sources,
            indicators: dataset.indicators, achievements: achievements)
    }

    private func evaluateTheme(
        _ theme: Theme, asOf: CalendarDate,
        targets collected: inout [(TargetEvaluation, Decimal)],
        milestones collectedMilestones: inout [MilestoneEvaluation]
    ) -> ThemeScorecard {
        var ownTargets: [(TargetEvaluation, Decimal)] = []
        var ownMilestones: [MilestoneEvaluation] = []
        let targetEvaluations = theme.targets.map { target in
            let evaluation = evaluate(target, asOf: asOf)
            ownTargets.append((evaluation, target.weight))
            return evaluation
        }
        let milestoneEvaluations = theme.milestones.map { evaluate($0, asOf: asOf) }
        ownMilestones += milestoneEvaluations
        var nestedCards: [ThemeScorecard] = []
        for nested in theme.themes {
            var nestedTargets: [(TargetEvaluation, Decimal)] = []
            nestedCards.append(
                evaluateTheme(nested, asOf: asOf, targets: &nestedTargets, milestones: &ownMilestones))
            ownTargets += nestedTargets.map { ($0.0, $0.1 * nested.weight) }
        }
        collected += ownTargets
        collectedMilestones += ownMilestones
        return ThemeScorecard(
            id: theme.id, title: theme.title, rollup: Rollup.of(targets: ownTargets, milestones: ownMilestones),
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
