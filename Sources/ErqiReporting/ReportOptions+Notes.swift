public import ErqiCore

extension ReportOptions {
    /// The notes under a target: why its status, its revision, its shortfall, and the observations superseded,
    /// not comparable or in doubt, each line starting with the target's name.
    public func notes(for evaluation: TargetEvaluation, markup: ReportNoteMarkup) -> [String] {
        let name = markup.data(evaluation.target.title.text(in: language))
        var notes: [String] = []
        if let reason = evaluation.reason {
            var note = "\(name): \(statusText(evaluation.status)) (\(markup.data(reasonText(reason))))"
            if reason == .partialPeriodData, let reached = evaluation.actualDate {
                note += ": \(label(.dataAsOf)) \(reached)"
            }
            notes.append(note)
        }
        if evaluation.reason != .partialPeriodData, let reached = evaluation.actualDate,
            let age = evaluation.dataAgeDays, age > 0
        {
            var note = "\(name): \(label(.dataAsOf)) \(reached)"
            if evaluation.dataIsStale == true { note += " (\(label(.staleData)))" }
            notes.append(note)
        }
        if let revision = evaluation.revision, let why = revision.reason?.text(in: language) {
            notes.append("\(name): \(label(.revisedOn)) \(revision.effectiveOn): \(markup.data(why))")
        }
        if evaluation.status == .missed, let text = shortfallText(for: evaluation) {
            notes.append("\(name): \(label(.shortfall)) \(markup.data(text))")
        }
        for observation in evaluation.observationsSuperseded {
            notes.append("\(name): \(label(.superseded)) \(observationNote(observation, markup: markup))")
        }
        for observation in evaluation.observationsInConflict {
            var note = "\(name): \(label(.conflictNotUsed)) \(observationNote(observation, markup: markup))"
            if let used = evaluation.observationsUsed.first(where: { $0.period == observation.period }) {
                note += "; \(label(.used)) \(observationNote(used, markup: markup))"
            }
            notes.append(note)
        }
        for observation in evaluation.observationsNotComparable {
            var note = "\(name): \(label(.notComparable)) \(observationNote(observation, markup: markup))"
            if let why = observation.comparabilityNote?.text(in: language) { note += ": \(markup.data(why))" }
            notes.append(note)
        }
        // A conflict is worded above, with both sources.
        for issue in evaluation.issues where !issue.isConflict || evaluation.observationsInConflict.isEmpty {
            notes.append("\(name): \(label(.issue)): \(markup.data(issueText(issue)))")
        }
        return notes
    }

    /// An observation in a note: period, figure, quality when not final, and citation.
    public func observationNote(_ observation: Observation, markup: ReportNoteMarkup) -> String {
        var text =
            "\(observation.period) "
            + quantityText(
                observation.value.value, unit: observation.value.unit, approximation: observation.approximation)
        if observation.quality != .final { text += " (\(qualityText(observation.quality)))" }
        var result = markup.data(text)
        if let citation = observation.citation { result += markup.citation(citationText(citation)) }
        return result
    }
}

extension EvaluationIssue {
    /// Whether the issue is a conflict between figures.
    fileprivate var isConflict: Bool {
        if case .conflictingFigures = self { true } else { false }
    }
}
