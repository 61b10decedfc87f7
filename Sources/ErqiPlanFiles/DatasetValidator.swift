import Dispatch
package import ErqiCore
import Foundation

/// The checks that need the whole dataset: ids, references, units, signs and periods.
///
/// The loaders record where each item and field was written (``PlanFileLocations``); the validator names
/// that place in every problem. Keys: `source:ID`, `indicator:ID`, `plan:ID`, `theme:ID`, `target:ID`,
/// `milestone:ID`, `observation:ID`, and `KIND:ID.FIELD` for a field.
package struct DatasetValidator: Sendable {
    package let dataset: Dataset
    package let locations: PlanFileLocations

    /// The number of observations from which the search for repeated ids runs beside the other checks, by
    /// default 100,000; the problems are the same either way.
    package var concurrentCheckThreshold = 100_000

    /// Every problem: repeated ids first, then references, units, signs and periods, in dataset order.
    ///
    /// In a large dataset the search for repeated ids runs on another core beside the other checks, which assume
    /// no observation id is repeated; in the rare dataset where one is, they run again knowing the repeats, so
    /// the problems are those of the serial checks.
    package func problems() -> [PlanFileProblem] {
        guard dataset.observations.count >= concurrentCheckThreshold else {
            let (duplicateProblems, repeated) = duplicates()
            return duplicateProblems + otherProblems(repeated: repeated)
        }
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                results.store(duplicates: duplicates())
            } else {
                results.store(others: otherProblems(repeated: []))
            }
        }
        let (duplicateProblems, repeated) = results.duplicates
        return duplicateProblems + (repeated.isEmpty ? results.others : otherProblems(repeated: repeated))
    }

    /// The outcomes of the two concurrent parts of ``problems()``, each stored once by its own worker.
    private final class ConcurrentResults: @unchecked Sendable {
        private let lock = NSLock()
        private var storedDuplicates: (problems: [PlanFileProblem], repeated: Set<Observation.ID>) = ([], [])
        private var storedOthers: [PlanFileProblem] = []

        func store(duplicates: (problems: [PlanFileProblem], repeatedObservations: Set<Observation.ID>)) {
            lock.lock()
            storedDuplicates = (duplicates.problems, duplicates.repeatedObservations)
            lock.unlock()
        }

        func store(others: [PlanFileProblem]) {
            lock.lock()
            storedOthers = others
            lock.unlock()
        }

        var duplicates: (problems: [PlanFileProblem], repeated: Set<Observation.ID>) {
            lock.lock()
            defer { lock.unlock() }
            return storedDuplicates
        }

        var others: [PlanFileProblem] {
            lock.lock()
            defer { lock.unlock() }
            return storedOthers
        }
    }

    /// The problems other than repeated ids; `repeated` are the observation ids used more than once, so that each
    /// observation sharing an id is placed on its own row.
    private func otherProblems(repeated: Set<Observation.ID>) -> [PlanFileProblem] {
        var problems: [PlanFileProblem] = []
        let sources = Set(dataset.sources.map(\.id))
        // Each indicator's number in the dataset (the first of several sharing an id): one look-up per target and
        // per run of observations gives the indicator and its targets' periods.
        let indicatorList = dataset.indicators
        var indicatorNumbers: [Indicator.ID: Int] = [:]
        indicatorNumbers.reserveCapacity(indicatorList.count)
        for number in indicatorList.indices.reversed() { indicatorNumbers[indicatorList[number].id] = number }
        // The targets' periods by indicator, in plan order: a list per known indicator through `nextTarget`, and
        // a dictionary for targets of an unknown indicator (observations may name it too).
        var targetPeriods: [(target: Target.ID, period: Period)] = []
        var nextTarget: [Int] = []
        var firstTarget = [Int](repeating: -1, count: indicatorList.count)
        var lastTarget = [Int](repeating: -1, count: indicatorList.count)
        var unknownIndicatorPeriods: [Indicator.ID: [(Target.ID, Period)]] = [:]

        var lastKnownSource: Source.ID?
        // Keys are built only for a problem: a valid dataset of millions of rows builds none.
        func checkCitation(
            _ citation: SourceCitation?, _ key: @autoclosure () -> String, _ owner: @autoclosure () -> String,
            occurrence: Int = 0
        ) {
            // Citations of one source usually come in runs: a known source is remembered.
            guard let citation, citation.source != lastKnownSource else { return }
            if sources.contains(citation.source) || locations.hasFailed("source:\(citation.source)") {
                lastKnownSource = citation.source
                return
            }
            problems.append(
                locations.problem(
                    .unknownID, key(), or: owner(), occurrence: occurrence,
                    "unknown source '\(citation.source)'; add it to sources"))
        }
        func checkValue(
            _ quantity: Quantity, against indicator: Indicator?, _ key: @autoclosure () -> String,
            _ owner: @autoclosure () -> String, occurrence: Int = 0
        ) {
            if let indicator, quantity.unit != indicator.unit {
                problems.append(
                    locations.problem(
                        .unitMismatch, key(), or: owner(), occurrence: occurrence,
                        "the value is in \(quantity.unit) but indicator '\(indicator.id)' is in \(indicator.unit)"))
            }
            if quantity.unit.measureWord != nil || quantity.unit == .count(measureWord: nil), quantity.value < 0 {
                problems.append(
                    locations.problem(
                        .negativeCount, key(), or: owner(), occurrence: occurrence,
                        "a count cannot be negative (\(ExactDecimal.plainText(quantity.value)))"))
            }
        }

        for plan in dataset.plans {
            if let source = plan.source, !sources.contains(source), !locations.hasFailed("source:\(source)") {
                problems.append(
                    locations.problem(
                        .unknownID, "plan:\(plan.id).source", or: "plan:\(plan.id)",
                        "unknown source '\(source)'; add it to sources"))
            }
            plan.forEachTheme { theme in
                for target in theme.targets {
                    var owner: String { "target:\(target.id)" }
                    let number = indicatorNumbers[target.indicator]
                    let indicator = number.map { indicatorList[$0] }
                    if let number {
                        let entry = targetPeriods.count
                        targetPeriods.append((target.id, target.period))
                        nextTarget.append(-1)
                        if lastTarget[number] >= 0 {
                            nextTarget[lastTarget[number]] = entry
                        } else {
                            firstTarget[number] = entry
                        }
                        lastTarget[number] = entry
                    } else {
                        unknownIndicatorPeriods[target.indicator, default: []].append((target.id, target.period))
                    }
                    if indicator == nil && !locations.hasFailed("indicator:\(target.indicator)") {
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

        // Observations of one indicator usually come in runs: look the indicator up once per run.
        var runIndicator: Indicator.ID?
        var indicator: Indicator?
        var runFirstTarget = -1
        var unknownPeriods: [(Target.ID, Period)] = []
        // Which of several observations sharing an id this is, so that each is placed on its own row.
        var occurrences: [Observation.ID: Int] = [:]
        // The ids a `supersedes` may name, gathered only when some observation names one.
        let observationIDs: Set<Observation.ID> =
            dataset.observations.contains { $0.supersedes != nil } ? Set(dataset.observations.map(\.id)) : []
        for observation in dataset.observations {
            var owner: String { "observation:\(observation.id)" }
            var occurrence = 0
            if !repeated.isEmpty, repeated.contains(observation.id) {
                occurrence = occurrences[observation.id, default: 0]
                occurrences[observation.id] = occurrence + 1
            }
            if observation.indicator != runIndicator {
                runIndicator = observation.indicator
                let number = indicatorNumbers[observation.indicator]
                indicator = number.map { indicatorList[$0] }
                runFirstTarget = number.map { firstTarget[$0] } ?? -1
                unknownPeriods = number == nil ? unknownIndicatorPeriods[observation.indicator] ?? [] : []
            }
            if indicator == nil && !locations.hasFailed("indicator:\(observation.indicator)") {
                problems.append(
                    locations.problem(
                        .unknownID, "\(owner).indicator", or: owner, occurrence: occurrence,
                        "unknown indicator '\(observation.indicator)'; add it to indicators"))
            }
            checkValue(observation.value, against: indicator, "\(owner).value", owner, occurrence: occurrence)
            for named in observation.supersedes ?? [] where !observationIDs.contains(named) || named == observation.id {
                problems.append(
                    locations.problem(
                        .unknownID, "\(owner).supersedes", or: owner, occurrence: occurrence,
                        named == observation.id
                            ? "an observation cannot supersede itself"
                            : "supersedes unknown observation '\(named)'; name the id of a figure in observations"))
            }
            checkCitation(observation.citation, "\(owner).citation", owner, occurrence: occurrence)
            func checkPeriod(_ target: Target.ID, _ period: Period) {
                let overlaps = observation.period.start <= period.end && period.start <= observation.period.end
                if overlaps && !period.contains(observation.period) && !observation.period.contains(period) {
                    problems.append(
                        locations.problem(
                            .observationOutsidePeriod, "\(owner).period", or: owner, occurrence: occurrence,
                            "the period \(observation.period) straddles the period \(period) of target '\(target)'; "
                                + "split the figure or correct its period"))
                }
            }
            var entry = runFirstTarget
            while entry >= 0 {
                checkPeriod(targetPeriods[entry].target, targetPeriods[entry].period)
                entry = nextTarget[entry]
            }
            for (target, period) in unknownPeriods { checkPeriod(target, period) }
        }
        return problems
    }

    /// The problems of ids used twice, and the observation ids used more than once.
    private func duplicates() -> (problems: [PlanFileProblem], repeatedObservations: Set<Observation.ID>) {
        var problems: [PlanFileProblem] = []
        @discardableResult
        func check<Tag>(count: Int, kind: String, _ id: (Int) -> Identifier<Tag>) -> Set<Identifier<Tag>> {
            var repeated: [Identifier<Tag>: Int] = [:]
            for index in RepeatedIdentifiers.repeats(count: count, id: id) {
                let id = id(index)
                // The second use is the first repeat, the third the second, …: each is placed on its own item.
                let occurrence = repeated[id, default: 0] + 1
                repeated[id] = occurrence
                let places = locations.all("\(kind):\(id)")
                let place = places.indices.contains(occurrence) ? places[occurrence] : places.last
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
            return Set(repeated.keys)
        }
        @discardableResult
        func check<Tag>(_ ids: [Identifier<Tag>], kind: String) -> Set<Identifier<Tag>> {
            check(count: ids.count, kind: kind) { ids[$0] }
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
        let observations = dataset.observations
        let repeatedObservations = check(count: observations.count, kind: "observation") { observations[$0].id }
        return (problems, repeatedObservations)
    }
}
