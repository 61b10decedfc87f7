import Foundation

@testable import ErqiCore

/// The straightforward selection that `ObservationIndex` replaced: arrays of `Observation` structs grouped by
/// indicator id, filtered per target. Kept in the tests as the oracle the columnar index must agree with.
struct ReferenceSelection {
    let observations: [Observation]
    private let byIndicator: [Indicator.ID: [Int]]
    private let publishedOn: [Source.ID: CalendarDate]

    init(_ observations: [Observation], sources: [Source] = []) {
        self.observations = observations
        var published: [Source.ID: CalendarDate] = [:]
        for source in sources {
            if let date = source.publishedOn, published[source.id] == nil { published[source.id] = date }
        }
        self.publishedOn = published
        var groups: [Indicator.ID: [Int]] = [:]
        // Observations of one indicator usually come in runs: one look-up per run, not per observation.
        var runStart = 0
        while runStart < observations.count {
            let indicator = observations[runStart].indicator
            var runEnd = runStart + 1
            while runEnd < observations.count && observations[runEnd].indicator == indicator { runEnd += 1 }
            groups[indicator, default: []].append(contentsOf: runStart..<runEnd)
            runStart = runEnd
        }
        for key in groups.keys {
            groups[key]?.sort { lhs, rhs in
                let left = observations[lhs].period
                let right = observations[rhs].period
                if left.end != right.end { return left.end < right.end }
                return lhs < rhs
            }
        }
        self.byIndicator = groups
    }

    /// Calls `body` with each indicator and the positions of its observations in the dataset (in no set order
    /// of indicators).
    func forEachIndicator(_ body: (Indicator.ID, [Int]) -> Void) {
        for (indicator, positions) in byIndicator { body(indicator, positions) }
    }

    typealias Selection = ObservationIndex.Selection

    func select(indicator: Indicator, period: Period, asOf: CalendarDate) -> Selection {
        var selection = Selection()
        var comparable: [Int] = []
        for index in byIndicator[indicator.id] ?? [] {
            let observation = observations[index]
            guard period.contains(observation.period), observation.date <= asOf else { continue }
            if observation.comparabilityNote != nil {
                selection.notComparable.append(index)
            } else if observation.value.unit != indicator.unit {
                selection.issues.append(
                    .observationUnitMismatch(
                        observation: observation.id, expected: indicator.unit, found: observation.value.unit))
            } else {
                comparable.append(index)
            }
        }
        selection.comparable = comparable
        if comparable.isEmpty { return selection }
        switch indicator.kind {
        case .flow:
            var cursor = period.start
            var total = ExactDecimal(0)
            while true {
                let starting = comparable.filter { observations[$0].period.start == cursor }
                guard let latestEnd = starting.map({ observations[$0].period.end }).max() else { break }
                let group = starting.filter { observations[$0].period.end == latestEnd }
                let chosen = pick(group, into: &selection)
                guard let sum = try? total + observations[chosen].value.value else {
                    selection.issues.append(.calculation(.quantity(.overflow(operation: "sum of flow figures"))))
                    selection.used = []
                    return selection
                }
                total = sum
                guard let next = try? latestEnd.adding(days: 1) else { break }
                cursor = next
            }
            if selection.used.isEmpty {
                selection.issues.append(.coverageGap(observations: comparable.map { observations[$0].id }))
            } else {
                selection.actual = total
            }
        case .stock, .rate:
            guard let last = comparable.last else { return selection }
            let latestEnd = observations[last].period.end
            let group = comparable.filter { observations[$0].period.end == latestEnd }
            let chosen = pick(group, into: &selection)
            selection.actual = observations[chosen].value.value
        }
        return selection
    }

    /// How a group of observations covering the same days is settled.
    struct Settlement {
        /// The observation used.
        var chosen: Int
        /// Those that give way by rule: named in another's `supersedes`, or of a less final quality.
        var superseded: [Int]
        /// Those of the chosen one's quality with a different figure, which the conflict rule set aside.
        var conflicting: [Int]
    }

    /// Settles a non-empty group of observations covering the same days, the same way for targets and for
    /// achievements without a target.
    ///
    /// 1. An observation named in the `supersedes` of another in the group gives way to it.
    /// 2. Final over estimate over preliminary.
    /// 3. Among the most final, the one whose source was published latest (a source without a date counts as
    ///    oldest); then the first in dataset order. Those with a different figure are conflicting.
    /// - Parameter group: Positions of observations covering the same days.
    /// - Returns: The chosen observation and those set aside.
    func settle(_ group: [Int]) -> Settlement {
        var named: Set<Observation.ID> = []
        for position in group { named.formUnion(observations[position].supersedes ?? []) }
        var candidates = group.filter { !named.contains(observations[$0].id) }
        var superseded = group.filter { named.contains(observations[$0].id) }
        if candidates.isEmpty {
            // A cycle of supersedes: nothing is left by rule 1, so it decides nothing.
            candidates = group
            superseded = []
        }
        let best = candidates.map { observations[$0].quality }.max() ?? .final
        superseded += candidates.filter { observations[$0].quality != best }
        let top = candidates.filter { observations[$0].quality == best }
        var chosen = top[0]
        for position in top.dropFirst() where isPublishedLater(position, than: chosen) { chosen = position }
        let observation = observations[chosen]
        let conflicting = top.filter {
            $0 != chosen
                && (observations[$0].value != observation.value
                    || observations[$0].approximation != observation.approximation)
        }
        return Settlement(chosen: chosen, superseded: superseded.sorted(), conflicting: conflicting)
    }

    private func isPublishedLater(_ position: Int, than other: Int) -> Bool {
        let date = observations[position].citation.flatMap { publishedOn[$0.source] }
        let otherDate = observations[other].citation.flatMap { publishedOn[$0.source] }
        guard let date else { return false }
        guard let otherDate else { return true }
        return date > otherDate
    }

    /// Picks one observation from a group covering the same days, recording the rest; returns its index.
    private func pick(_ group: [Int], into selection: inout Selection) -> Int {
        let settlement = settle(group)
        let chosen = settlement.chosen
        let observation = observations[chosen]
        selection.superseded += settlement.superseded
        selection.conflicting += settlement.conflicting
        if !settlement.conflicting.isEmpty {
            selection.issues.append(
                .conflictingFigures(used: observation.id, others: settlement.conflicting.map { observations[$0].id }))
        }
        selection.used.append(chosen)
        selection.approximation =
            selection.used.count == 1
            ? observation.approximation : selection.approximation.combined(with: observation.approximation)
        selection.quality = min(selection.quality ?? observation.quality, observation.quality)
        selection.date = observation.date
        return chosen
    }
}
