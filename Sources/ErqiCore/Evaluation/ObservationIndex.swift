/// The observations of a dataset held as columns and grouped by indicator, and the rules that pick the actual
/// figure of a target.
///
/// Selection for a target and an as-of day t: observations of the target's indicator that lie within the
/// target's period and end by t. Those with a comparability note are set aside (shown, never compared), and
/// those in another unit are reported as issues.
/// - Flow: the figures are chained from the period's start: the observation starting there that ends latest,
///   then the one starting the next day, and so on; the chain's values are summed. A cumulative half-year
///   figure therefore wins over six monthly ones, and monthly figures after it are added.
/// - Stock and rate: the observation that ends latest.
/// - At each step, among observations covering the same days (see ``settle(_:)``): an observation named in
///   another's `supersedes` gives way to it; then a final figure supersedes an estimate, which supersedes a
///   preliminary one; equal figures of the same quality corroborate each other; different ones are a conflict,
///   settled by the later publication date of their sources (then by dataset order) and reported.
///
/// Layout: indicator ids are interned to dense numbers; each observation becomes one row of plain columns
/// (position in the dataset, period start and end as day numbers, value, unit number, approximation, quality,
/// comparability, the publication day of its source). Rows are grouped by indicator number with one counting
/// sort that keeps dataset order, then ordered by period end within each group (a no-op for the usual file
/// sorted by date), so the rows of an indicator are one contiguous range. Selection reads these columns only;
/// the ``Observation`` values an evaluation reports are taken from `observations` by position at the end.
package struct ObservationIndex: Sendable {
    /// The dataset's observations, in dataset order.
    package let observations: [Observation]
    /// The dense number of each indicator that has observations.
    private let numbers: [Indicator.ID: Int]
    /// The indicator of each number.
    private let indicatorIDs: [Indicator.ID]
    /// The rows of indicator number k are `offsets[k]..<offsets[k + 1]`.
    private let offsets: [Int]
    /// Columns, one entry per row.
    private let columns: Columns

    /// Plain columns of the observations, in row order.
    private struct Columns: Sendable {
        /// The observation's position in the dataset.
        var position: [Int32] = []
        /// The period's first day, as a day number.
        var start: [Int32] = []
        /// The period's last day (the day the figure is known), as a day number.
        var end: [Int32] = []
        /// The value, without its unit.
        var value: [ExactDecimal] = []
        /// The value's unit, as a number in `units`.
        var unit: [UInt16] = []
        /// Approximation (bits 0–1), quality rank (bits 2–3), comparability note (bit 4), names others in
        /// `supersedes` (bit 5).
        var flags: [UInt8] = []
        /// The publication day of the observation's source, or `Int32.min` when unknown.
        var published: [Int32] = []
        /// The distinct units.
        var units: [QuantityUnit] = []

        mutating func reserve(_ count: Int) {
            position.reserveCapacity(count)
            start.reserveCapacity(count)
            end.reserveCapacity(count)
            value.reserveCapacity(count)
            unit.reserveCapacity(count)
            flags.reserveCapacity(count)
            published.reserveCapacity(count)
        }
    }

    private static let approximationMask: UInt8 = 0b11
    private static let qualityShift: UInt8 = 2
    private static let notComparableFlag: UInt8 = 1 << 4
    private static let supersedesFlag: UInt8 = 1 << 5
    private static let unpublished = Int32.min

    /// Indexes observations in one pass over them plus a counting sort.
    /// - Parameters:
    ///   - observations: The observations, in dataset order.
    ///   - sources: The sources, for their publication days (the first source of an id counts).
    package init(_ observations: [Observation], sources: [Source] = []) {
        self.observations = observations
        var published: [Source.ID: CalendarDate] = [:]
        for source in sources {
            if let date = source.publishedOn, published[source.id] == nil { published[source.id] = date }
        }
        // Pass 1: the indicator number of each observation (one look-up per run of one indicator) and the size of
        // each group.
        let count = observations.count
        // The number of runs bounds the number of indicators: reserving it spares the dictionary its resizes.
        var runs = count > 0 ? 1 : 0
        for position in observations.indices.dropFirst()
        where observations[position].indicator != observations[position - 1].indicator {
            runs += 1
        }
        var numbers: [Indicator.ID: Int] = [:]
        numbers.reserveCapacity(runs)
        var indicatorIDs: [Indicator.ID] = []
        var numberOf = [Int32](repeating: 0, count: count)
        var sizes: [Int] = []
        var runStart = 0
        while runStart < count {
            let indicator = observations[runStart].indicator
            var runEnd = runStart + 1
            while runEnd < count && observations[runEnd].indicator == indicator { runEnd += 1 }
            let number: Int
            if let known = numbers[indicator] {
                number = known
            } else {
                number = indicatorIDs.count
                numbers[indicator] = number
                indicatorIDs.append(indicator)
                sizes.append(0)
            }
            for position in runStart..<runEnd { numberOf[position] = Int32(truncatingIfNeeded: number) }
            sizes[number] += runEnd - runStart
            runStart = runEnd
        }
        var offsets = [Int](repeating: 0, count: sizes.count + 1)
        for number in sizes.indices { offsets[number + 1] = offsets[number] + sizes[number] }
        // Pass 2: the counting sort, stable in dataset order.
        var next = offsets
        var order = [Int32](repeating: 0, count: count)
        for position in 0..<count {
            let number = Int(numberOf[position])
            order[next[number]] = Int32(truncatingIfNeeded: position)
            next[number] += 1
        }
        numberOf = []
        // Within a group, by period end then dataset order; already so when the file is sorted by date.
        for number in sizes.indices where offsets[number + 1] - offsets[number] > 1 {
            let range = offsets[number]..<offsets[number + 1]
            var sorted = true
            var previous = observations[Int(order[range.lowerBound])].period.end.dayNumber
            for row in range.dropFirst() {
                let end = observations[Int(order[row])].period.end.dayNumber
                if end < previous {
                    sorted = false
                    break
                }
                previous = end
            }
            if !sorted {
                order[range].sort { lhs, rhs in
                    let left = observations[Int(lhs)].period.end
                    let right = observations[Int(rhs)].period.end
                    if left != right { return left < right }
                    return lhs < rhs
                }
            }
        }
        // Pass 3: the columns, in row order.
        var columns = Columns()
        columns.reserve(count)
        var unitNumbers: [QuantityUnit: UInt16] = [:]
        var lastUnit: (unit: QuantityUnit, number: UInt16)?
        var lastSource: (id: Source.ID, day: Int32)?
        for positionNumber in order {
            // Fields are read one by one, so that no whole `Observation` (and its strings) is copied.
            let position = Int(positionNumber)
            columns.position.append(positionNumber)
            columns.start.append(Int32(truncatingIfNeeded: observations[position].period.start.dayNumber))
            columns.end.append(Int32(truncatingIfNeeded: observations[position].period.end.dayNumber))
            let value = observations[position].value.value
            columns.value.append(value)
            let unit = observations[position].value.unit
            let unitNumber: UInt16
            if let lastUnit, lastUnit.unit == unit {
                unitNumber = lastUnit.number
            } else if let known = unitNumbers[unit] {
                unitNumber = known
            } else {
                unitNumber = UInt16(truncatingIfNeeded: columns.units.count)
                unitNumbers[unit] = unitNumber
                columns.units.append(unit)
            }
            lastUnit = (unit, unitNumber)
            columns.unit.append(unitNumber)
            var flags = ObservationIndex.approximationBits(observations[position].approximation)
            flags |= ObservationIndex.qualityRank(observations[position].quality) << ObservationIndex.qualityShift
            if observations[position].comparabilityNote != nil { flags |= ObservationIndex.notComparableFlag }
            if observations[position].supersedes != nil { flags |= ObservationIndex.supersedesFlag }
            columns.flags.append(flags)
            var day = ObservationIndex.unpublished
            if !published.isEmpty, let source = observations[position].citation?.source {
                if let lastSource, lastSource.id == source {
                    day = lastSource.day
                } else {
                    day =
                        published[source].map { Int32(truncatingIfNeeded: $0.dayNumber) }
                        ?? ObservationIndex.unpublished
                    lastSource = (source, day)
                }
            }
            columns.published.append(day)
        }
        self.numbers = numbers
        self.indicatorIDs = indicatorIDs
        self.offsets = offsets
        self.columns = columns
    }

    private static func approximationBits(_ approximation: Approximation) -> UInt8 {
        switch approximation {
        case .exact: 0
        case .moreThan: 1
        case .nearly: 2
        case .about: 3
        }
    }

    private static func approximation(_ flags: UInt8) -> Approximation {
        switch flags & approximationMask {
        case 0: .exact
        case 1: .moreThan
        case 2: .nearly
        default: .about
        }
    }

    private static func qualityRank(_ quality: ObservationQuality) -> UInt8 {
        switch quality {
        case .preliminary: 0
        case .estimate: 1
        case .final: 2
        }
    }

    private static func quality(_ flags: UInt8) -> ObservationQuality {
        switch (flags >> qualityShift) & 0b11 {
        case 0: .preliminary
        case 1: .estimate
        default: .final
        }
    }

    // MARK: - Rows

    /// A row of the columns: one observation.
    package typealias Row = Int

    /// The number of indicators with observations.
    package var indicatorCount: Int { indicatorIDs.count }

    /// The dense number of an indicator, or `nil` when it has no observations.
    package func number(of indicator: Indicator.ID) -> Int? { numbers[indicator] }

    /// The indicator of a dense number.
    package func indicator(number: Int) -> Indicator.ID { indicatorIDs[number] }

    /// The rows of an indicator's observations, by period end then dataset order.
    package func rows(ofNumber number: Int) -> Range<Row> { offsets[number]..<offsets[number + 1] }

    /// The dataset position of a row's observation.
    package func position(_ row: Row) -> Int { Int(columns.position[row]) }

    /// The observation of a row.
    package func observation(_ row: Row) -> Observation { observations[Int(columns.position[row])] }

    /// The first day of a row's period, as a day number.
    package func startDay(_ row: Row) -> Int { Int(columns.start[row]) }

    /// The last day of a row's period, as a day number.
    package func endDay(_ row: Row) -> Int { Int(columns.end[row]) }

    /// The value of a row, without its unit.
    package func value(_ row: Row) -> ExactDecimal {
        columns.value[row]
    }

    /// Whether two rows state the same figure: value, unit and approximation.
    private func sameFigure(_ row: Row, _ other: Row) -> Bool {
        columns.value[row] == columns.value[other]
            && columns.unit[row] == columns.unit[other]
            && columns.flags[row] & ObservationIndex.approximationMask
                == columns.flags[other] & ObservationIndex.approximationMask
    }

    private func qualityRank(_ row: Row) -> UInt8 { (columns.flags[row] >> ObservationIndex.qualityShift) & 0b11 }

    // MARK: - Selection

    /// The result of selecting a target's actual figure; the lists hold dataset positions.
    package struct Selection: Equatable {
        var actual: ExactDecimal?
        var approximation = Approximation.exact
        var quality: ObservationQuality?
        var date: CalendarDate?
        var used: [Int] = []
        var superseded: [Int] = []
        var conflicting: [Int] = []
        var notComparable: [Int] = []
        /// Every comparable figure within the period known by the as-of day, in period order.
        var comparable: [Int] = []
        var issues: [EvaluationIssue] = []
    }

    /// Selects a target's actual figure.
    /// - Parameters:
    ///   - indicator: The target's indicator.
    ///   - period: The target's period.
    ///   - asOf: The as-of day.
    ///   - keepsComparable: Whether to list every comparable figure in `comparable`; a coverage gap lists them
    ///     in its issue either way.
    /// - Returns: The selection.
    package func select(indicator: Indicator, period: Period, asOf: CalendarDate, keepsComparable: Bool = true)
        -> Selection
    {
        select(
            indicator: indicator, number: numbers[indicator.id], period: period, asOf: asOf,
            keepsComparable: keepsComparable)
    }

    /// Selects a target's actual figure, its indicator's dense number already looked up.
    /// - Parameters:
    ///   - indicator: The target's indicator.
    ///   - number: The indicator's dense number, ``number(of:)``; `nil` when it has no observations.
    ///   - period: The target's period.
    ///   - asOf: The as-of day.
    ///   - keepsComparable: Whether to list every comparable figure in `comparable`.
    /// - Returns: The selection.
    package func select(
        indicator: Indicator, number: Int?, period: Period, asOf: CalendarDate, keepsComparable: Bool
    ) -> Selection {
        var selection = Selection()
        guard let number else { return selection }
        let rows = rows(ofNumber: number)
        let first = period.start.dayNumber
        let last = min(period.end.dayNumber, asOf.dayNumber)
        let expectedUnit = columns.units.firstIndex(of: indicator.unit).map { UInt16(truncatingIfNeeded: $0) }
        var comparable: [Row] = []
        comparable.reserveCapacity(rows.count)
        for row in rows {
            let end = Int(columns.end[row])
            if end > last { break }  // rows are ordered by end
            guard Int(columns.start[row]) >= first else { continue }
            if columns.flags[row] & ObservationIndex.notComparableFlag != 0 {
                selection.notComparable.append(position(row))
            } else if columns.unit[row] != expectedUnit {
                let observation = observation(row)
                selection.issues.append(
                    .observationUnitMismatch(
                        observation: observation.id, expected: indicator.unit, found: observation.value.unit))
            } else {
                comparable.append(row)
            }
        }
        if keepsComparable { selection.comparable = comparable.map(position) }
        if comparable.isEmpty { return selection }
        var used: [Row] = []
        switch indicator.kind {
        case .flow:
            var cursor = first
            var total = ExactDecimal(0)
            var group: [Row] = []
            while true {
                // The latest end among rows starting at the cursor: comparable rows are ordered by end.
                guard let latest = comparable.last(where: { Int(columns.start[$0]) == cursor }) else { break }
                let latestEnd = Int(columns.end[latest])
                group.removeAll(keepingCapacity: true)
                for row in comparable where Int(columns.end[row]) == latestEnd && Int(columns.start[row]) == cursor {
                    group.append(row)
                }
                let chosen = pick(group, used: &used, into: &selection)
                guard let sum = try? total + value(chosen) else {
                    selection.issues.append(.calculation(.quantity(.overflow(operation: "sum of flow figures"))))
                    selection.used = []
                    return selection
                }
                total = sum
                guard latestEnd < Int.max, (try? CalendarDate(dayNumber: latestEnd + 1)) != nil else { break }
                cursor = latestEnd + 1
            }
            if used.isEmpty {
                selection.issues.append(.coverageGap(observations: comparable.map { observation($0).id }))
            } else {
                selection.actual = total
            }
        case .stock, .rate:
            guard let lastRow = comparable.last else { return selection }
            let latestEnd = columns.end[lastRow]
            var group: [Row] = []
            for row in comparable.reversed() {
                if columns.end[row] != latestEnd { break }
                group.append(row)
            }
            group.reverse()
            let chosen = pick(group, used: &used, into: &selection)
            selection.actual = value(chosen)
        }
        selection.used = used.map(position)
        return selection
    }

    /// How a group of observations covering the same days is settled; the lists hold rows.
    package struct Settlement: Sendable {
        /// The row used.
        package var chosen: Row
        /// Those that give way by rule: named in another's `supersedes`, or of a less final quality.
        package var superseded: [Row]
        /// Those of the chosen one's quality with a different figure, which the conflict rule set aside.
        package var conflicting: [Row]
    }

    /// Settles a non-empty group of rows covering the same days, in row order (which is dataset order for rows
    /// of one period), the same way for targets and for achievements without a target.
    ///
    /// 1. An observation named in the `supersedes` of another in the group gives way to it.
    /// 2. Final over estimate over preliminary.
    /// 3. Among the most final, the one whose source was published latest (a source without a date counts as
    ///    oldest); then the first in dataset order. Those with a different figure are conflicting.
    /// - Parameter group: Rows of observations covering the same days.
    /// - Returns: The chosen row and those set aside.
    package func settle(_ group: [Row]) -> Settlement {
        if group.count == 1 { return Settlement(chosen: group[0], superseded: [], conflicting: []) }
        var candidates = group
        var superseded: [Row] = []
        if group.contains(where: { columns.flags[$0] & ObservationIndex.supersedesFlag != 0 }) {
            var named: Set<Observation.ID> = []
            for row in group { named.formUnion(observation(row).supersedes ?? []) }
            candidates = group.filter { !named.contains(observation($0).id) }
            superseded = group.filter { named.contains(observation($0).id) }
            if candidates.isEmpty {
                // A cycle of supersedes: nothing is left by rule 1, so it decides nothing.
                candidates = group
                superseded = []
            }
        }
        let best = candidates.map(qualityRank).max() ?? 2
        var top: [Row] = []
        for row in candidates {
            if qualityRank(row) == best { top.append(row) } else { superseded.append(row) }
        }
        var chosen = top[0]
        for row in top.dropFirst() where columns.published[row] > columns.published[chosen] { chosen = row }
        let conflicting = top.filter { $0 != chosen && !sameFigure($0, chosen) }
        return Settlement(chosen: chosen, superseded: superseded.sorted(), conflicting: conflicting)
    }

    /// Picks one row from a group covering the same days, recording the rest; returns it.
    private func pick(_ group: [Row], used: inout [Row], into selection: inout Selection) -> Row {
        let settlement = settle(group)
        let chosen = settlement.chosen
        if !settlement.superseded.isEmpty { selection.superseded += settlement.superseded.map(position) }
        if !settlement.conflicting.isEmpty {
            selection.conflicting += settlement.conflicting.map(position)
            selection.issues.append(
                .conflictingFigures(
                    used: observation(chosen).id, others: settlement.conflicting.map { observation($0).id }))
        }
        used.append(chosen)
        let flags = columns.flags[chosen]
        let approximation = ObservationIndex.approximation(flags)
        let quality = ObservationIndex.quality(flags)
        selection.approximation =
            used.count == 1 ? approximation : selection.approximation.combined(with: approximation)
        selection.quality = min(selection.quality ?? quality, quality)
        selection.date = try? CalendarDate(dayNumber: Int(columns.end[chosen]))
        return chosen
    }
}
