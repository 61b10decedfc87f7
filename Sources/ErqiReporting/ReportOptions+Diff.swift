public import ErqiCore

// MARK: - Wording a diff

extension ReportOptions {
    /// A label of a diff report in the options' language.
    /// - Parameter label: The label.
    /// - Returns: Its text.
    public func diffLabel(_ label: DiffLabel) -> String { label.text(in: language) }

    /// A status before and after, e.g. `正常 → 未达成`; a side without the item says `新增` or `移除`.
    /// - Parameters:
    ///   - before: The earlier status, `nil` when the item is new.
    ///   - after: The later status, `nil` when the item is gone.
    /// - Returns: The text.
    public func statusChangeText(_ before: EvaluationStatus?, _ after: EvaluationStatus?) -> String {
        let earlier = before.map(statusText) ?? "(\(diffLabel(.added)))"
        let later = after.map(statusText) ?? "(\(diffLabel(.removed)))"
        return before == after ? later : "\(earlier) → \(later)"
    }

    /// A requirement before and after, e.g. `≥ 357个 → ≥ 297个`, or one requirement when it did not change.
    /// - Parameters:
    ///   - before: The earlier requirement in force.
    ///   - after: The later requirement in force.
    /// - Returns: The text, empty when neither side has one.
    public func requirementChangeText(_ before: Requirement?, _ after: Requirement?) -> String {
        changeText(before.map(requirementText), after.map(requirementText))
    }

    /// A target's actual before and after in the unit of its requirement, with approximation marks.
    /// - Parameter change: The target's change.
    /// - Returns: The text, empty when neither side has an actual.
    public func actualChangeText(_ change: TargetChange) -> String {
        guard let unit = (change.requirementAfter ?? change.requirementBefore)?.unit else { return "" }
        return changeText(
            change.actualBefore.map { quantityText($0, unit: unit, approximation: change.approximationBefore) },
            change.actualAfter.map { quantityText($0, unit: unit, approximation: change.approximationAfter) })
    }

    /// A target's displayed progress before and after, e.g. `40.4% → 79.5%`.
    /// - Parameter change: The target's change.
    /// - Returns: The text, empty when neither side has a progress figure.
    public func progressChangeText(_ change: TargetChange) -> String {
        changeText(change.progressBefore.map(percentText), change.progressAfter.map(percentText))
    }

    /// A revision that came into force, e.g. `≥ 297个，2020-07-30起：年中会议调整（midyear-2020:12）`.
    /// - Parameter revision: The revision.
    /// - Returns: The text.
    public func revisionText(_ revision: TargetRevision) -> String {
        let zh = language == .zh
        var text = requirementText(revision.requirement)
        text +=
            zh
            ? "，\(revision.effectiveOn)\(diffLabel(.effectiveOn))"
            : ", \(diffLabel(.effectiveOn)) \(revision.effectiveOn)"
        if let reason = revision.reason?.text(in: language), !reason.isEmpty {
            text += zh ? "：\(reason)" : ": \(reason)"
        }
        if let citation = revision.citation {
            text += zh ? "（\(citationText(citation))）" : " (\(citationText(citation)))"
        }
        return text
    }

    /// The detail lines of a target's change, each a label and its text: the revisions that came into force, the
    /// new figures and the figures no longer used, in that order.
    /// - Parameter change: The target's change.
    /// - Returns: The lines, empty when there are none.
    public func changeDetails(_ change: TargetChange) -> [(label: DiffLabel, text: String)] {
        change.revisions.map { (DiffLabel.revisions, revisionText($0)) }
            + change.newObservations.map { (DiffLabel.newFigures, figureText($0)) }
            + change.droppedObservations.map { (DiffLabel.droppedFigures, figureText($0)) }
    }

    /// A figure with its period and source, e.g. `236个（2020，report-2020:15）`.
    /// - Parameter observation: The figure.
    /// - Returns: The text.
    public func figureText(_ observation: Observation) -> String {
        var where_ = ["\(observation.period)"]
        if let citation = observation.citation { where_.append(citationText(citation)) }
        let value = quantityText(
            observation.value.value, unit: observation.value.unit, approximation: observation.approximation)
        return language == .zh
            ? "\(value)（\(where_.joined(separator: "，"))）" : "\(value) (\(where_.joined(separator: ", ")))"
    }

    /// A rollup's counts by status, e.g. `正常 3，未达成 1`.
    /// - Parameter rollup: The rollup, or `nil`.
    /// - Returns: The text, `—` for none.
    public func countsText(_ rollup: Rollup?) -> String {
        guard let rollup else { return "—" }
        let parts = rollup.counts.nonZero.map { "\(statusText($0.status)) \($0.count)" }
        return parts.isEmpty ? "—" : parts.joined(separator: language == .zh ? "，" : ", ")
    }

    /// A rollup's counts before and after.
    /// - Parameter change: The rollup change.
    /// - Returns: The text.
    public func countsChangeText(_ change: RollupChange) -> String {
        changeText(countsText(change.before), countsText(change.after))
    }

    /// A rollup's mean progress before and after.
    /// - Parameter change: The rollup change.
    /// - Returns: The text, empty when neither side has a mean.
    public func meanProgressChangeText(_ change: RollupChange) -> String {
        changeText(change.before?.meanProgress.map(percentText), change.after?.meanProgress.map(percentText))
    }

    /// The name of a rollup's plan, or the words for every plan.
    /// - Parameter change: The rollup change.
    /// - Returns: The name.
    public func rollupName(_ change: RollupChange) -> String {
        change.title?.text(in: language) ?? diffLabel(.allPlans)
    }

    /// `a → b`, or `a` when both are the same; a missing side is `—`.
    private func changeText(_ before: String?, _ after: String?) -> String {
        if before == nil && after == nil { return "" }
        if before == after { return after ?? "" }
        return "\(before ?? "—") → \(after ?? "—")"
    }
}
