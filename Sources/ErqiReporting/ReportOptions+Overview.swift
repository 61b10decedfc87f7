public import ErqiCore

// MARK: - Overview and outlook wording, in Chinese and English

extension ReportOptions {
    /// The overview line of the targets: how many, then the statuses given, e.g. `目标 13 项：+ 达成 1，x 未达成 3`
    /// or `13 targets: + achieved 1, x missed 3`.
    /// - Parameters:
    ///   - count: How many targets.
    ///   - statuses: The statuses with their counts, as the reporter marks them up, in order.
    /// - Returns: The line; with no status, the count alone.
    public func targetsOverviewText(count: Int, statuses: [String]) -> String {
        let lead = language == .zh ? "目标 \(count) 项" : (count == 1 ? "1 target" : "\(count) targets")
        return overviewText(lead: lead, statuses: statuses)
    }

    /// The overview line of the milestones, as ``targetsOverviewText(count:statuses:)`` words the targets:
    /// `里程碑 12 项：+ 已完成 2，x 逾期 7` or `12 milestones: + done 2, x overdue 7`.
    /// - Parameters:
    ///   - count: How many milestones.
    ///   - statuses: The statuses with their counts, as the reporter marks them up, in order.
    /// - Returns: The line.
    public func milestonesOverviewText(count: Int, statuses: [String]) -> String {
        let lead = language == .zh ? "里程碑 \(count) 项" : (count == 1 ? "1 milestone" : "\(count) milestones")
        return overviewText(lead: lead, statuses: statuses)
    }

    /// The mean progress with what it covers, e.g. `平均完成度 75.7%（按 13 项目标中有进度数据的 4 项计）` or
    /// `mean progress 75.7%, over the 4 of 13 targets with a progress figure`; when no target has a figure,
    /// says so. Each target counts by its weight, at most 100%.
    /// - Parameter overview: The overview.
    /// - Returns: The text; `nil` when there is no target.
    public func meanProgressText(_ overview: ScorecardOverview) -> String? {
        let total = overview.targetCount
        guard total > 0 else { return nil }
        guard let mean = overview.meanProgress else {
            return language == .zh
                ? "平均完成度：\(total) 项目标均无进度数据"
                : "mean progress: none of the \(total) targets has a progress figure"
        }
        let shown = percentText(mean)
        let covered = overview.targetsInMean
        if language == .zh { return "平均完成度 \(shown)（按 \(total) 项目标中有进度数据的 \(covered) 项计）" }
        let of = covered == 1 ? "the 1 of \(total) targets that has" : "the \(covered) of \(total) targets with"
        return "mean progress \(shown), over \(of) a progress figure"
    }

    /// What is still needed and where the current pace leads, where defined: the projection to the period's end,
    /// the rate still required per month (per year when the target's period is longer than a year), and for a
    /// growth target the observed against the required yearly growth, e.g.
    /// `按当前进度期末预计 ≈207.1个；尚需每月 ≈42.02个`.
    ///
    /// The figures are the evaluation's own (``EvaluationFigures/projection``,
    /// ``EvaluationFigures/requiredPerMonth``, ``EvaluationFigures/requiredPerYear``,
    /// ``EvaluationFigures/growth``), rounded for reading to four significant digits and then marked `≈`. The
    /// required rate is shown only for an at-least target that is still short and whose indicator is not itself
    /// a rate; a cap or a band has none.
    /// - Parameter evaluation: The evaluation.
    /// - Returns: The text, or `nil` when none of the figures is defined.
    public func outlookText(for evaluation: TargetEvaluation) -> String? {
        let zh = language == .zh
        let unit = evaluation.requirementInForce.unit
        let figures = evaluation.figures
        var parts: [String] = []
        if let projection = figures.projection {
            let text = roundedQuantityText(projection, unit: unit)
            parts.append(zh ? "按当前进度期末预计 \(text)" : "\(text) by the period's end at the current pace")
        }
        let comparator = evaluation.requirementInForce.comparator
        if comparator == .atLeast || comparator == .greaterThan, evaluation.indicator?.kind != .rate {
            let yearly = evaluation.target.period.dayCount > 366
            if let rate = yearly ? figures.requiredPerYear : figures.requiredPerMonth, rate > 0 {
                let text = roundedQuantityText(rate, unit: unit)
                switch (zh, yearly) {
                case (true, true): parts.append("尚需每年 \(text)")
                case (true, false): parts.append("尚需每月 \(text)")
                case (false, true): parts.append("\(text) a year still needed")
                case (false, false): parts.append("\(text) a month still needed")
                }
            }
        }
        if let growth = figures.growth,
            let observed = try? ExactDecimal.parse(String(describing: growth.observedRate)),
            let required = try? ExactDecimal.parse(String(describing: growth.requiredRate))
        {
            parts.append(
                zh
                    ? "年均增长 实际 \(percentText(observed))，需 \(percentText(required))"
                    : "yearly growth \(percentText(observed)) against \(percentText(required)) needed")
        }
        return parts.isEmpty ? nil : parts.joined(separator: zh ? "；" : "; ")
    }

    /// What on track allows, worded from the policy's threshold, for the outlook of an at-least target judged by its
    /// pace: a running target is on track from a pace ratio of `EvaluationPolicy/onTrackThreshold` (0.95 by default),
    /// so a projection that reaches only that share of the requirement (of the gap from the baseline, when there is
    /// one) still counts as on track, e.g. `进度比不低于 0.95 即为正常：期末预计达到要求的 95% 也算正常`.
    /// - Parameters:
    ///   - evaluation: The evaluation.
    ///   - policy: The policy the scorecard was evaluated with (`Scorecard/policy`).
    /// - Returns: The text; `nil` for a target whose status the pace does not decide, for a cap or a band, or when
    ///   there is no projection.
    public func onTrackAllowanceText(for evaluation: TargetEvaluation, policy: EvaluationPolicy) -> String? {
        let paced: Set<EvaluationStatus> = [.ahead, .onTrack, .atRisk, .offTrack]
        let comparator = evaluation.requirementInForce.comparator
        guard paced.contains(evaluation.status), comparator == .atLeast || comparator == .greaterThan,
            evaluation.figures.projection != nil
        else { return nil }
        let threshold = policy.onTrackThreshold
        let ratio = ExactDecimal.plainText(threshold)
        let share = (try? threshold * 100).map { ExactDecimal.plainText($0) + "%" } ?? ratio
        let hasBaseline = evaluation.target.baseline != nil
        switch (language, hasBaseline) {
        case (.zh, false): return "进度比不低于 \(ratio) 即为正常：期末预计达到要求的 \(share) 也算正常"
        case (.zh, true): return "进度比不低于 \(ratio) 即为正常：期末预计补上基数与要求之差的 \(share) 也算正常"
        case (.en, false):
            return
                "on track from a pace of \(ratio): a projection of \(share) of the requirement still counts as on track"
        case (.en, true):
            return "on track from a pace of \(ratio): a projection that closes \(share) of the gap from the baseline "
                + "still counts as on track"
        }
    }

    /// A figure computed from others (a projection, a rate), rounded to four significant digits for reading and
    /// marked `≈` when rounding changed it.
    /// - Parameters:
    ///   - value: The exact value, in the unit's base.
    ///   - unit: The unit.
    /// - Returns: The text, e.g. `≈207.1个` or `500亿元`.
    public func roundedQuantityText(_ value: ExactDecimal, unit: QuantityUnit) -> String {
        let rounded = value.rounded(places: 4 - Self.integerDigits(of: value))
        let text = quantityText(rounded, unit: unit)
        return rounded == value ? text : "≈\(text)"
    }

    /// How many notes a compact report left out, e.g. `另有 11 条关于未采用数据的说明未列出`.
    /// - Parameter count: How many.
    /// - Returns: The line.
    public func notesLeftOutText(_ count: Int) -> String {
        if language == .zh { return "另有 \(count) 条关于未采用数据的说明未列出（详细报告中列出）" }
        let notes = count == 1 ? "1 note" : "\(count) notes"
        return "\(notes) on figures not used left out (the detailed report lists them)"
    }

    /// The notes a report for people lists under a target, with the outlook (``outlookText(for:)``) last: every
    /// note when ``detail`` is on; otherwise the notes on the figures not used (superseded, in conflict, measuring
    /// something else) are left out and counted, a conflict is told by its data issue alone, and a reason that
    /// only restates the status (无数据: no figure in the period yet; 不可比: only figures that measure
    /// something else) is not repeated.
    /// - Parameters:
    ///   - evaluation: The evaluation.
    ///   - markup: How the reporter marks up data, codes and citations.
    /// - Returns: The notes, and how many were left out.
    public func shownNotes(for evaluation: TargetEvaluation, markup: ReportNoteMarkup)
        -> (notes: [String], leftOut: Int)
    {
        shownNotes(for: evaluation, markup: markup, policy: nil)
    }

    /// The notes a report for people lists under a target, as ``shownNotes(for:markup:)`` gives them, with the
    /// outlook followed by what on track allows (``onTrackAllowanceText(for:policy:)``) under the policy the
    /// scorecard was evaluated with.
    /// - Parameters:
    ///   - evaluation: The evaluation.
    ///   - markup: How the reporter marks up data, codes and citations.
    ///   - policy: The scorecard's policy (`Scorecard/policy`); `nil` leaves the allowance out.
    /// - Returns: The notes, and how many were left out.
    public func shownNotes(for evaluation: TargetEvaluation, markup: ReportNoteMarkup, policy: EvaluationPolicy?)
        -> (notes: [String], leftOut: Int)
    {
        var shown = evaluation
        var leftOut = 0
        if !detail {
            leftOut =
                evaluation.observationsSuperseded.count + evaluation.observationsInConflict.count
                + evaluation.observationsNotComparable.count
            shown.observationsSuperseded = []
            shown.observationsInConflict = []
            shown.observationsNotComparable = []
            let restated =
                (evaluation.status == .noData && evaluation.reason == .noObservations)
                || (evaluation.status == .notComparable && evaluation.reason == .onlyIncomparableObservations)
            if restated { shown.reason = nil }
        }
        var notes = self.notes(for: shown, markup: markup)
        if var outlook = outlookText(for: evaluation) {
            if let policy, let allowance = onTrackAllowanceText(for: evaluation, policy: policy) {
                outlook += (language == .zh ? "（" : " (") + allowance + (language == .zh ? "）" : ")")
            }
            notes.append("\(markup.data(evaluation.target.title.text(in: language))): \(markup.data(outlook))")
        }
        return (notes, leftOut)
    }

    private func overviewText(lead: String, statuses: [String]) -> String {
        guard !statuses.isEmpty else { return lead }
        return language == .zh
            ? "\(lead)：\(statuses.joined(separator: "，"))" : "\(lead): \(statuses.joined(separator: ", "))"
    }

    /// The digits before the decimal point of a value's magnitude; 0 below 1.
    private static func integerDigits(of value: ExactDecimal) -> Int {
        var significand = value.significand.magnitude
        var count = 0
        while significand > 0 {
            count += 1
            significand /= 10
        }
        return count == 0 ? 0 : min(38, max(0, count + value.exponent))
    }
}
