import Foundation

/// The checks that need the whole dataset: ids, references, units, signs and periods.
///
/// The loaders record where each item and field was written (``PlanFileLocations``); the validator names
/// that place in every problem. Keys: `source:ID`, `indicator:ID`, `plan:ID`, `theme:ID`, `target:ID`,
/// `milestone:ID`, `observation:ID`, and `KIND:ID.FIELD` for a field.
package struct DatasetValidator {
    package let dataset: Dataset
    package let locations: PlanFileLocations

    package func problems() -> [PlanFileProblem] {
        var problems: [PlanFileProblem] = []
        problems += duplicates()
        let sources = Set(dataset.sources.map(\.id))
        var indicators: [Indicator.ID: Indicator] = [:]
        for indicator in dataset.indicators where indicators[indicator.id] == nil {
            indicators[indicator.id] = indicator
        }

        var lastKnownSource: Source.ID?
        // Keys are built only for a problem: a valid dataset of millions of rows builds none.
        func checkCitation(
            _ citation: SourceCitation?, _ key: @autoclosure () -> String, _ owner: @autoclosure () -> String
        ) {
            // Citations of one source usually come in runs: a known source is remembered.
            guard let citation, citation.source != lastKnownSource else { return }
            if sources.contains(citation.source) {
                lastKnownSource = citation.source
                return
            }
            problems.append(
                locations.problem(
                    .unknownID, key(), or: owner(), "unknown source '\(citation.source)'; add it to sources"))
        }
        func checkValue(
            _ quantity: Quantity, against indicator: Indicator?, _ key: @autoclosure () -> String,
            _ owner: @autoclosure () -> String
        ) {
            if let indicator, quantity.unit != indicator.unit {
                problems.append(
                    locations.problem(
                        .unitMismatch, key(), or: owner(),
                        "the value is in \(quantity.unit) but indicator '\(indicator.id)' is in \(indicator.unit)"))
            }
            if quantity.unit.measureWord != nil || quantity.unit == .count(measureWord: nil), quantity.value < 0 {
                problems.append(
                    locations.problem(
                        .negativeCount, key(), or: owner(),
                        "a count cannot be negative (\(ExactDecimal.plainText(quantity.value)))"))
            }
        }

        for plan in dataset.plans {
            if let source = plan.source, !sources.contains(source) {
                problems.append(
                    locations.problem(
                        .unknownID, "plan:\(plan.id).source", or: "plan:\(plan.id)",
                        "unknown source '\(source)'; add it to sources"))
            }
            plan.forEachTheme { theme in
                for target in theme.targets {
                    var owner: String { "target:\(target.id)" }
                    let indicator = indicators[target.indicator]
                    if indicator == nil {
                        problems.append(
                            locations.problem(
                                .unknownID, "\(owner).indicator", or: owner,
                                "unknown indicator '\(target.indicator)'; add it to indicators"))
                    }
                    checkValue(target.requirement.value, against: indicator, "\(owner).requirement", owner)
                    if let upper = target.requirement.upperValue {
                        checkValue(upper, against: indicator, "\(owner).requirement", owner)
                    }
                    if let baseline = target.baseline {
                        checkValue(baseline.value, against: indicator, "\(owner).baseline", owner)
                        checkCitation(baseline.citation, "\(owner).baseline", owner)
                    }
                    for (index, revision) in target.revisions.enumerated() {
                        var key: String { "\(owner).revisions[\(index)]" }
                        checkValue(revision.requirement.value, against: indicator, key, owner)
                        checkCitation(revision.citation, key, owner)
                    }
                    checkCitation(target.citation, "\(owner).citation", owner)
                }
                for milestone in theme.milestones {
                    var owner: String { "milestone:\(milestone.id)" }
                    checkCitation(milestone.citation, "\(owner).citation", owner)
                    for (index, evidence) in milestone.evidence.enumerated() {
                        checkCitation(evidence.citation, "\(owner).evidence[\(index)]", owner)
                    }
                }
            }
        }

        var targetPeriods: [Indicator.ID: [(Target.ID, Period)]] = [:]
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets {
                    targetPeriods[target.indicator, default: []].append((target.id, target.period))
                }
            }
        }
        // Observations of one indicator usually come in runs: look the indicator up once per run.
        var runIndicator: Indicator.ID?
        var indicator: Indicator?
        var periods: [(Target.ID, Period)] = []
        for observation in dataset.observations {
            var owner: String { "observation:\(observation.id)" }
            if observation.indicator != runIndicator {
                runIndicator = observation.indicator
                indicator = indicators[observation.indicator]
                periods = targetPeriods[observation.indicator] ?? []
            }
            if indicator == nil {
                problems.append(
                    locations.problem(
                        .unknownID, "\(owner).indicator", or: owner,
                        "unknown indicator '\(observation.indicator)'; add it to indicators"))
            }
            checkValue(observation.value, against: indicator, "\(owner).value", owner)
            checkCitation(observation.citation, "\(owner).citation", owner)
            for (target, period) in periods {
                let overlaps = observation.period.start <= period.end && period.start <= observation.period.end
                if overlaps && !period.contains(observation.period) && !observation.period.contains(period) {
                    problems.append(
                        locations.problem(
                            .observationOutsidePeriod, "\(owner).period", or: owner,
                            "the period \(observation.period) straddles the period \(period) of target '\(target)'; "
                                + "split the figure or correct its period"))
                }
            }
        }
        return problems
    }

    private func duplicates() -> [PlanFileProblem] {
        var problems: [PlanFileProblem] = []
        func check<ID: Hashable & CustomStringConvertible>(_ ids: [ID], kind: String) {
            var seen = Set<ID>(minimumCapacity: ids.count)
            for id in ids where !seen.insert(id).inserted {
                let places = locations.all("\(kind):\(id)")
                let place = places.count > 1 ? places[1] : places.first
                if let place, locations.texts.indices.contains(place.text) {
                    problems.append(
                        locations.texts[place.text].problem(
                            .duplicateID, at: place.offset, field: place.field,
                            "the \(kind) id '\(id)' is used twice; ids must be unique"))
                } else {
                    problems.append(
                        locations.problem(.duplicateID, "\(kind):\(id)", or: "", "the \(kind) id '\(id)' is used twice")
                    )
                }
            }
        }
        check(dataset.sources.map(\.id), kind: "source")
        check(dataset.indicators.map(\.id), kind: "indicator")
        check(dataset.plans.map(\.id), kind: "plan")
        var themes: [Theme.ID] = []
        var targets: [Target.ID] = []
        var milestones: [Milestone.ID] = []
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                themes.append(theme.id)
                targets += theme.targets.map(\.id)
                milestones += theme.milestones.map(\.id)
            }
        }
        check(themes, kind: "theme")
        check(targets, kind: "target")
        check(milestones, kind: "milestone")
        check(dataset.observations.map(\.id), kind: "observation")
        return problems
    }
}
