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
        let parts = selection.plans.map { plan, themes in
            assemblePlan(plan, themes: themes, evaluations: evaluateTargets(of: themes, asOf: asOf), asOf: asOf)
        }
        return finish(parts, asOf: asOf)
    }

    /// Evaluates plans as of a day across cores and assembles the scorecard: the result is identical to
    /// ``scorecard(asOf:plans:theme:)``, evaluation by evaluation and byte by byte once written.
    ///
    /// With enough plans, contiguous runs of plans are evaluated and assembled (themes, rollups) by child tasks
    /// of a task group; with few plans, their targets are split into chunks instead and the plans assembled
    /// afterwards. Either way the parts are put back in document order before the overall rollup, by the same
    /// functions the serial scorecard uses.
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
        let workers = max(1, parallelism)
        if workers > 1 && selection.plans.count >= 2 * workers {
            let chosen = selection.plans
            let chunks = await inOrderedChunks(count: chosen.count, workers: workers) { range in
                chosen[range].map { plan, themes in
                    self.assemblePlan(
                        plan, themes: themes, evaluations: self.evaluateTargets(of: themes, asOf: asOf), asOf: asOf)
                }
            }
            return finish(chunks.flatMap { $0 }, asOf: asOf)
        }
        let allTargets = selection.plans.flatMap { targets(of: $0.themes) }
        let evaluations = await evaluateConcurrently(allTargets, asOf: asOf, parallelism: workers)
        var cursor = 0
        let parts = selection.plans.map { plan, themes in
            let count = targets(of: themes).count
            defer { cursor += count }
            return assemblePlan(
                plan, themes: themes, evaluations: Array(evaluations[cursor..<cursor + count]), asOf: asOf)
        }
        return finish(parts, asOf: asOf)
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
        let chunks = await inOrderedChunks(count: targets.count, workers: workers) { range in
            targets[range].map { self.evaluate($0, asOf: asOf) }
        }
        return chunks.flatMap { $0 }
    }

    /// Runs `body` on contiguous ranges of `0..<count` (four per worker), at most `workers` at once, and
    /// returns the results in the ranges' order.
    private func inOrderedChunks<Result: Sendable>(
        count: Int, workers: Int, _ body: @escaping @Sendable (Range<Int>) -> Result
    ) async -> [Result] {
        guard count > 0 else { return [] }
        let chunkCount = min(count, workers * 4)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var results = [Result?](repeating: nil, count: chunkCount)
            func addChunk(_ chunk: Int) {
                let start = min(chunk * chunkSize, count)
                let end = min(start + chunkSize, count)
                group.addTask { (chunk, body(start..<end)) }
            }
            while next < min(chunkCount, workers) {
                addChunk(next)
                next += 1
            }
            while let (chunk, result) = await group.next() {
                results[chunk] = result
                if next < chunkCount {
                    addChunk(next)
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }

    /// The plans and themes a scorecard covers, with their targets flattened in document order.
    private struct Selection {
        var plans: [(plan: Plan, themes: [Theme])]
    }

    private func select(plans: Set<Plan.ID>?, theme: Theme.ID?) -> Selection {
        var chosen: [(plan: Plan, themes: [Theme])] = []
        for plan in dataset.plans where plans.map({ $0.contains(plan.id) }) ?? true {
            let themes = Evaluator.themes(plan.themes, matching: theme)
            if theme != nil && themes.isEmpty { continue }
            chosen.append((plan, themes))
        }
        return Selection(plans: chosen)
    }

    /// The targets of themes and their nested themes, in document order.
    private func targets(of themes: [Theme]) -> [Target] {
        var targets: [Target] = []
        func collect(_ themes: [Theme]) {
            for theme in themes {
                targets += theme.targets
                collect(theme.themes)
            }
        }
        collect(themes)
        return targets
    }

    /// Evaluates the targets of themes and their nested themes, in document order, reading each target where it
    /// is rather than copying it into a list first.
    private func evaluateTargets(of themes: [Theme], asOf: CalendarDate) -> [TargetEvaluation] {
        var evaluations: [TargetEvaluation] = []
        func collect(_ themes: [Theme]) {
            for theme in themes {
                for index in theme.targets.indices { evaluations.append(evaluate(theme.targets[index], asOf: asOf)) }
                collect(theme.themes)
            }
        }
        collect(themes)
        return evaluations
    }

    /// A plan's scorecard with what the overall rollup needs of it.
    private struct PlanPart: Sendable {
        var card: PlanScorecard
        var targets: [RollupEntry]
        var milestones: [MilestoneEvaluation]
        /// The indicator and period of each target counted in the plan's mean progress.
        var figures: [FigureKey]
    }

    /// A figure's identity: one indicator over one period. The indicator is named by its dense number in the
    /// index when it has observations (always so for a target with a gap closed), which hashes two integers
    /// instead of its id.
    private enum FigureKey: Hashable, Sendable {
        case numbered(Int, Period)
        case named(Indicator.ID, Period)
    }

    /// The days an achievement covers, of the indicator with a dense number.
    private struct DayRange: Hashable {
        var number: Int
        var start: Int
        var end: Int
    }

    /// Assembles a plan's themes and rollup from the evaluations of its targets, in document order.
    private func assemblePlan(_ plan: Plan, themes: [Theme], evaluations: [TargetEvaluation], asOf: CalendarDate)
        -> PlanPart
    {
        var cursor = 0
        var themeCards: [ThemeScorecard] = []
        var planTargets: [RollupEntry] = []
        var planMilestones: [MilestoneEvaluation] = []
        for theme in themes {
            var themeTargets: [RollupEntry] = []
            themeCards.append(
                assembleTheme(
                    theme, asOf: asOf, evaluations: evaluations, cursor: &cursor, targets: &themeTargets,
                    milestones: &planMilestones))
            // A top-level theme's weight counts in the plan's rollup, as a nested theme's does in its parent's.
            planTargets += themeTargets.map { $0.scaled(by: theme.weight) }
        }
        let card = PlanScorecard(
            id: plan.id, title: plan.title, period: plan.period, source: plan.source,
            rollup: Rollup.of(entries: planTargets, milestones: planMilestones), themes: themeCards)
        var figures: [FigureKey] = []
        for evaluation in evaluations where evaluation.figures.gapClosed != nil {
            if let number = evaluation.indicatorNumber {
                figures.append(.numbered(number, evaluation.target.period))
            } else {
                figures.append(.named(evaluation.target.indicator, evaluation.target.period))
            }
        }
        return PlanPart(card: card, targets: planTargets, milestones: planMilestones, figures: figures)
    }

    /// The scorecard of the plans' parts: the overall rollup and the achievements outside every target.
    private func finish(_ parts: [PlanPart], asOf: CalendarDate) -> Scorecard {
        let overall = parts.flatMap(\.targets)
        let overallMilestones = parts.flatMap(\.milestones)
        let planCards = parts.map(\.card)
        // The target periods of each indicator with observations, as day numbers, by its dense number.
        var targetPeriods = [[(start: Int, end: Int)]](repeating: [], count: index.indicatorCount)
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets {
                    guard let number = index.number(of: target.indicator) else { continue }
                    targetPeriods[number].append((target.period.start.dayNumber, target.period.end.dayNumber))
                }
            }
        }
        // By indicator, over the columns (no observation is copied), then back in dataset order.
        let asOfDay = asOf.dayNumber
        var kept: [ObservationIndex.Row] = []
        var groups: [DayRange: [ObservationIndex.Row]] = [:]
        for number in 0..<index.indicatorCount {
            let periods = targetPeriods[number]
            for row in index.rows(ofNumber: number) {
                let start = index.startDay(row)
                let end = index.endDay(row)
                if end > asOfDay { break }  // rows are ordered by end
                if !periods.contains(where: { $0.start <= start && end <= $0.end }) {
                    kept.append(row)
                    groups[DayRange(number: number, start: start, end: end), default: []].append(row)
                }
            }
        }
        // Achievements covering the same days of one indicator (grouped above) are settled as a target's figures
        // are.
        var setAside: Set<ObservationIndex.Row> = []
        var superseded: [Int] = []
        var conflicting: [Int] = []
        for group in groups.values where group.count > 1 {
            let settlement = index.settle(group.sorted())
            superseded += settlement.superseded.map(index.position)
            conflicting += settlement.conflicting.map(index.position)
            setAside.formUnion(settlement.superseded)
            setAside.formUnion(settlement.conflicting)
        }
        let achievements = kept.filter { !setAside.contains($0) }.map(index.position).sorted().map {
            dataset.observations[$0]
        }
        var rollup = Rollup.of(entries: overall, milestones: overallMilestones)
        // Targets of several plans on the same indicator and period count one figure more than once. The first
        // period of each numbered indicator is kept in an array by number; only further periods are hashed.
        var firstPeriods = [Period?](repeating: nil, count: index.indicatorCount)
        var seen: Set<FigureKey> = []
        var doubleCounted = 0
        for key in parts.lazy.flatMap(\.figures) {
            if case .numbered(let number, let period) = key, number < firstPeriods.count {
                guard let first = firstPeriods[number] else {
                    firstPeriods[number] = period
                    continue
                }
                if first == period {
                    doubleCounted += 1
                    continue
                }
            }
            if !seen.insert(key).inserted { doubleCounted += 1 }
        }
        rollup.doubleCountedFigures = doubleCounted
        return Scorecard(
            asOf: asOf, policy: policy, plans: planCards, rollup: rollup, sources: dataset.sources,
            indicators: dataset.indicators, achievements: achievements,
            achievementsSuperseded: superseded.sorted().map { dataset.observations[$0] },
            achievementsInConflict: conflicting.sorted().map { dataset.observations[$0] })
    }

    /// Assembles a theme's scorecard and those of its nested themes, in document order, with an explicit stack
    /// rather than recursion, so that a deep theme tree cannot exhaust the thread's stack (a worker thread has
    /// 512 KiB on macOS). A nested theme's targets count in its parents' rollups scaled by its weight; its
    /// milestones count in every enclosing theme.
    private func assembleTheme(
        _ theme: Theme, asOf: CalendarDate, evaluations: [TargetEvaluation], cursor: inout Int,
        targets collected: inout [RollupEntry],
        milestones collectedMilestones: inout [MilestoneEvaluation]
    ) -> ThemeScorecard {
        /// A theme being assembled: its own evaluations, what its finished nested themes added, the next one.
        struct Frame {
            var theme: Theme
            var targetEvaluations: [TargetEvaluation]
            var milestoneEvaluations: [MilestoneEvaluation]
            var ownTargets: [RollupEntry]
            var ownMilestones: [MilestoneEvaluation]
            var nestedCards: [ThemeScorecard] = []
            var nextNested = 0
        }
        // Targets take their evaluations in document order (a theme's own, then its nested themes'), as the
        // cursor runs: a frame takes them when it is pushed.
        func frame(_ theme: Theme, cursor: inout Int) -> Frame {
            let targetEvaluations = Array(evaluations[cursor..<cursor + theme.targets.count])
            cursor += theme.targets.count
            var ownTargets: [RollupEntry] = []
            ownTargets.reserveCapacity(theme.targets.count)
            for (evaluation, target) in zip(targetEvaluations, theme.targets) {
                ownTargets.append(RollupEntry(evaluation, weight: target.weight))
            }
            let milestoneEvaluations = theme.milestones.map { evaluate($0, asOf: asOf) }
            return Frame(
                theme: theme, targetEvaluations: targetEvaluations, milestoneEvaluations: milestoneEvaluations,
                ownTargets: ownTargets, ownMilestones: milestoneEvaluations)
        }
        var stack = [frame(theme, cursor: &cursor)]
        while var top = stack.popLast() {
            if top.nextNested < top.theme.themes.count {
                let nested = top.theme.themes[top.nextNested]
                top.nextNested += 1
                stack.append(top)
                stack.append(frame(nested, cursor: &cursor))
                continue
            }
            let card = ThemeScorecard(
                id: top.theme.id, title: top.theme.title,
                rollup: Rollup.of(entries: top.ownTargets, milestones: top.ownMilestones), themes: top.nestedCards,
                targets: top.targetEvaluations, milestones: top.milestoneEvaluations)
            guard var parent = stack.popLast() else {
                collected += top.ownTargets
                collectedMilestones += top.ownMilestones
                return card
            }
            parent.nestedCards.append(card)
            parent.ownTargets += top.ownTargets.map { $0.scaled(by: top.theme.weight) }
            parent.ownMilestones += top.ownMilestones
            stack.append(parent)
        }
        // Not reached: the loop returns when the theme itself is finished, the last frame on the stack.
        return ThemeScorecard(
            id: theme.id, title: theme.title, rollup: Rollup.of(entries: [], milestones: []), themes: [],
            targets: [], milestones: [])
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
