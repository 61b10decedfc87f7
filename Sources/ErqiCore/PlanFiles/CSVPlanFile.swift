import Foundation

/// Reads the CSV plan format (docs/plan-format.md, "CSV files") into a ``Dataset``, collecting every problem.
package struct CSVPlanFile {
    /// The files of the CSV format.
    package enum Table: String, CaseIterable, Sendable {
        case sources, targets, milestones, observations

        package var fileName: String { "\(rawValue).csv" }
        package var isRequired: Bool { self == .targets || self == .observations }

        package var columns: [String] {
            switch self {
            case .sources: ["id", "title", "title_en", "published_on", "locator", "note"]
            case .targets:
                [
                    "plan", "plan_title", "plan_period", "theme", "theme_title", "id", "title", "title_en", "indicator",
                    "indicator_name", "unit", "direction", "kind", "period", "comparator", "requirement", "upper",
                    "baseline", "baseline_date", "deadline", "effective_on", "reason", "weight", "source", "line",
                    "literal", "note",
                ]
            case .milestones: ["plan", "theme", "id", "title", "due", "done_on", "weight", "source", "line", "literal"]
            case .observations:
                [
                    "id", "indicator", "indicator_name", "unit", "direction", "kind", "period", "value",
                    "approximation", "quality", "source", "line", "literal", "comparability_note", "note",
                ]
            }
        }

        package var requiredColumns: [String] {
            switch self {
            case .sources: ["id", "title"]
            case .targets: ["plan", "theme", "id", "title", "indicator", "period", "requirement"]
            case .milestones: ["plan", "theme", "id", "title", "due"]
            case .observations: ["id", "indicator", "period", "value"]
            }
        }
    }

    package private(set) var problems: [PlanFileProblem] = []
    package private(set) var locations = PlanFileLocations()

    package init() {}

    /// One row: cells by column name, with their offsets.
    private struct Row {
        var text: Int
        var source: SourceText
        var cells: [String: (value: String, offset: Int)]
        var rowOffset: Int

        func value(_ column: String) -> String? {
            guard let cell = cells[column] else { return nil }
            let trimmed = cell.value.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }

        func offset(_ column: String) -> Int { cells[column]?.offset ?? rowOffset }
    }

    private mutating func report(_ kind: PlanFileProblem.Kind, _ row: Row, _ column: String, _ message: String) {
        problems.append(row.source.problem(kind, at: row.offset(column), field: column, message))
    }

    private mutating func rows(_ table: Table, _ source: SourceText) -> [Row] {
        let textNumber = locations.add(source)
        var reader = CSVTable(source)
        var cells: [(value: String, offset: Int)] = []
        var header: [String] = []
        var rows: [Row] = []
        let encoding = source.encodingProblems().filter {
            !($0.line == 1 && $0.column == 1 && $0.message.contains("byte-order mark"))
        }
        if !encoding.isEmpty {
            problems += encoding
            return []
        }
        while true {
            switch reader.nextRow(into: &cells) {
            case .failure(let problem):
                problems.append(problem)
                return rows
            case .success(false):
                if header.isEmpty {
                    problems.append(
                        source.problem(
                            .missingField, at: 0, field: "", "the file is empty; the first row must name the columns"))
                }
                return rows
            case .success(true):
                break
            }
            if header.isEmpty {
                header = cells.map { $0.value.trimmingCharacters(in: .whitespaces) }
                for (name, offset) in zip(header, cells.map(\.offset)) where !table.columns.contains(name) {
                    problems.append(
                        source.problem(
                            .unknownField, at: offset, field: name,
                            "unknown column '\(name)'; \(table.fileName) has \(table.columns.joined(separator: ", "))"))
                }
                var seen = Set<String>()
                for (name, offset) in zip(header, cells.map(\.offset)) where !seen.insert(name).inserted {
                    problems.append(
                        source.problem(.syntax, at: offset, field: name, "the column '\(name)' appears twice"))
                }
                for required in table.requiredColumns where !header.contains(required) {
                    problems.append(
                        source.problem(
                            .missingField, at: 0, field: required,
                            "the required column '\(required)' is missing from the header"))
                }
                continue
            }
            if cells.count == 1 && cells[0].value.isEmpty { continue }  // a blank line
            let rowOffset = cells.first?.offset ?? 0
            if cells.count != header.count {
                problems.append(
                    source.problem(
                        .syntax, at: rowOffset, field: "",
                        "row \(reader.rowNumber) has \(cells.count) fields; the header has \(header.count)"))
                continue
            }
            var named: [String: (value: String, offset: Int)] = [:]
            for (name, cell) in zip(header, cells) { named[name] = cell }
            rows.append(Row(text: textNumber, source: source, cells: named, rowOffset: rowOffset))
        }
    }

    private mutating func required(_ row: Row, _ column: String) -> String? {
        guard let value = row.value(column) else {
            // A column missing from the header is reported once, at the header.
            if row.cells[column] != nil { report(.missingField, row, column, "the '\(column)' cell is empty") }
            return nil
        }
        return value
    }

    private mutating func record(_ key: String, _ row: Row, _ column: String) {
        locations.record(key, text: row.text, offset: row.offset(column), field: column)
    }

    private mutating func date(_ row: Row, _ column: String) -> CalendarDate? {
        guard let text = row.value(column) else { return nil }
        do { return try CalendarDate(iso: text) } catch {
            report(.invalidDate, row, column, error.description)
            return nil
        }
    }

    private mutating func period(_ row: Row, _ column: String) -> Period? {
        guard let text = required(row, column) else { return nil }
        do { return try Period(parsing: text) } catch {
            report(.invalidDate, row, column, error.description)
            return nil
        }
    }

    private mutating func decimal(_ row: Row, _ column: String) -> Decimal? {
        guard let text = row.value(column) else { return nil }
        do { return try ExactDecimal.parse(text) } catch {
            report(.unparseableValue, row, column, error.description)
            return nil
        }
    }

    private mutating func enumValue<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ row: Row, _ column: String
    )
        -> Value? where Value.RawValue == String
    {
        guard let raw = row.value(column) else { return nil }
        guard let value = Value(rawValue: raw) else {
            report(
                .unparseableValue, row, column,
                "unknown \(column) '\(raw)'; use \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    private mutating func unit(_ row: Row) -> QuantityUnit?? {
        guard let code = row.value("unit") else { return .some(nil) }
        guard let unit = QuantityUnit(code: code) else {
            report(
                .unparseableValue, row, "unit",
                "unknown unit '\(code)'; use CNY, count:<measure word>, percent, pp, multiple, day, month, year, m2, km2, mu, m or km"
            )
            return nil
        }
        return .some(unit)
    }

    /// A value cell: a plain decimal in base units with the row's unit, or report text.
    private mutating func value(_ row: Row, _ column: String, unit: QuantityUnit?) -> ReportValue? {
        guard let text = row.value(column) else { return nil }
        if let unit, let value = try? ExactDecimal.parse(text) {
            return ReportValue(quantity: Quantity(value: value, unit: unit), comparator: nil, approximation: nil)
        }
        switch ReportValue.parse(text) {
        case .success(let value): return value
        case .failure(let error):
            report(
                .unparseableValue, row, column,
                unit == nil && (try? ExactDecimal.parse(text)) != nil
                    ? "a plain number needs the 'unit' column" : error.message)
            return nil
        }
    }

    private mutating func citation(_ row: Row) -> SourceCitation? {
        guard let source = row.value("source") else { return nil }
        var line: Int?
        if let text = row.value("line") {
            if let number = Int(text), number >= 1 {
                line = number
            } else {
                report(.wrongType, row, "line", "expected a line number from 1, not '\(text)'")
            }
        }
        return SourceCitation(source: Source.ID(source), line: line, literal: row.value("literal"))
    }

    private mutating func weight(_ row: Row) -> Decimal {
        guard let value = decimal(row, "weight") else { return 1 }
        if value < 0 {
            report(.unparseableValue, row, "weight", "a weight cannot be negative")
            return 1
        }
        return value
    }

    // MARK: - Indicators

    private struct IndicatorDraft {
        var indicator: Indicator
        var row: Row
    }

    private mutating func defineIndicator(
        _ row: Row, drafts: inout [Indicator.ID: IndicatorDraft], order: inout [Indicator.ID]
    )
        -> Indicator?
    {
        guard let idText = required(row, "indicator") else { return nil }
        let id = Indicator.ID(idText)
        guard let unitResult = unit(row) else { return nil }
        let direction = enumValue(Direction.self, row, "direction")
        let kind = enumValue(IndicatorKind.self, row, "kind")
        if var existing = drafts[id] {
            if let unit = unitResult, unit != existing.indicator.unit {
                report(
                    .unitMismatch, row, "unit",
                    "indicator '\(id)' is in \(existing.indicator.unit) on an earlier row, not \(unit)")
            }
            if existing.indicator.name.zh == idText, let name = row.value("indicator_name") {
                existing.indicator.name = LocalizedText(zh: name)
                drafts[id] = existing
            }
            return existing.indicator
        }
        guard let unit = unitResult else {
            report(.missingField, row, "unit", "the first row of indicator '\(id)' must give its unit")
            return nil
        }
        let indicator = Indicator(
            id: id, name: LocalizedText(zh: row.value("indicator_name") ?? idText), unit: unit,
            direction: direction ?? .higherIsBetter, kind: kind ?? .flow)
        drafts[id] = IndicatorDraft(indicator: indicator, row: row)
        order.append(id)
        locations.record("indicator:\(id)", text: row.text, offset: row.offset("indicator"), field: "indicator")
        return indicator
    }

    // MARK: - The files

    package mutating func decode(_ files: [Table: SourceText]) -> Dataset? {
        var sources: [Source] = []
        var explicitSources = false
        if let text = files[.sources] {
            explicitSources = true
            for row in rows(.sources, text) {
                guard let id = required(row, "id"), let title = required(row, "title") else { continue }
                record("source:\(id)", row, "id")
                let published = date(row, "published_on")
                sources.append(
                    Source(
                        id: Source.ID(id), title: LocalizedText(zh: title, en: row.value("title_en")),
                        publishedOn: published, locator: row.value("locator") ?? id, note: row.value("note")))
            }
        }

        var drafts: [Indicator.ID: IndicatorDraft] = [:]
        var indicatorOrder: [Indicator.ID] = []
        var planBuilder = PlanBuilder()
        var revisionCounts: [Target.ID: Int] = [:]
        if let text = files[.targets] {
            for row in rows(.targets, text) {
                guard let planID = required(row, "plan"), let themePath = required(row, "theme"),
                    let idText = required(row, "id")
                else { continue }
                let id = Target.ID(idText)
                let indicator = defineIndicator(row, drafts: &drafts, order: &indicatorOrder)
                let requirement = requirement(row, indicator: indicator)
                let citation = citation(row)
                if let effective = row.value("effective_on") {
                    // A revision of a target defined on an earlier row.
                    guard let day = date(row, "effective_on"), let requirement else { continue }
                    guard var target = planBuilder.target(id) else {
                        report(
                            .unknownID, row, "id",
                            "revision of unknown target '\(idText)'; define the target on an earlier row without effective_on"
                        )
                        continue
                    }
                    if let last = target.revisions.last, day <= last.effectiveOn {
                        report(
                            .revisionOrder, row, "effective_on",
                            "revisions must be in date order: \(effective) is not after \(last.effectiveOn)")
                    }
                    let index = revisionCounts[id, default: 0]
                    revisionCounts[id] = index + 1
                    record("target:\(id).revisions[\(index)]", row, "requirement")
                    target.revisions.append(
                        TargetRevision(
                            effectiveOn: day, requirement: requirement, citation: citation, reason: row.value("reason"))
                    )
                    planBuilder.replace(target)
                    continue
                }
                let title = required(row, "title")
                let period = period(row, "period")
                record("target:\(id)", row, "id")
                for (field, column) in [
                    ("indicator", "indicator"), ("requirement", "requirement"), ("citation", "source"),
                    ("baseline", "baseline"), ("period", "period"),
                ] {
                    record("target:\(id).\(field)", row, column)
                }
                var baseline: Baseline?
                if row.value("baseline") != nil, let value = value(row, "baseline", unit: indicator?.unit) {
                    baseline = Baseline(value: value.quantity, date: date(row, "baseline_date"))
                }
                let deadline = date(row, "deadline")
                let weight = weight(row)
                if let period, let deadline, !period.contains(deadline) {
                    report(.invalidDate, row, "deadline", "the deadline \(deadline) lies outside the period \(period)")
                }
                let planPeriod: Period?
                if let text = row.value("plan_period") {
                    do { planPeriod = try Period(parsing: text) } catch {
                        report(.invalidDate, row, "plan_period", error.description)
                        planPeriod = nil
                    }
                } else {
                    planPeriod = nil
                }
                guard let title, let period, let requirement, let indicator else { continue }
                let target = Target(
                    id: id, title: LocalizedText(zh: title, en: row.value("title_en")), indicator: indicator.id,
                    period: period, requirement: requirement, baseline: baseline, deadline: deadline, weight: weight,
                    citation: citation, note: row.value("note"))
                planBuilder.add(
                    target, plan: planID, planTitle: row.value("plan_title"), planPeriod: planPeriod ?? period,
                    themePath: themePath, themeTitle: row.value("theme_title"))
                record("plan:\(planID)", row, "plan")
            }
        }

        if let text = files[.milestones] {
            for row in rows(.milestones, text) {
                guard let planID = required(row, "plan"), let themePath = required(row, "theme"),
                    let id = required(row, "id"), let title = required(row, "title")
                else { continue }
                guard let due = date(row, "due") else {
                    if row.value("due") == nil { report(.missingField, row, "due", "the 'due' cell is empty") }
                    continue
                }
                record("milestone:\(id)", row, "id")
                record("milestone:\(id).citation", row, "source")
                let citation = citation(row)
                var evidence: [Milestone.Evidence] = []
                if let done = date(row, "done_on") {
                    evidence.append(Milestone.Evidence(date: done, isDone: true, citation: citation))
                    record("milestone:\(id).evidence[0]", row, "source")
                }
                let milestone = Milestone(
                    id: Milestone.ID(id), title: LocalizedText(zh: title), due: due,
                    evidence: evidence, weight: weight(row), citation: citation)
                planBuilder.add(
                    milestone, plan: planID, planPeriod: try? Period(start: due, end: due), themePath: themePath)
            }
        }

        var observations: [Observation] = []
        if let text = files[.observations] {
            for row in rows(.observations, text) {
                guard let idText = required(row, "id") else { continue }
                let indicator = defineIndicator(row, drafts: &drafts, order: &indicatorOrder)
                let period = period(row, "period")
                let value = row.value("value") == nil ? nil : value(row, "value", unit: indicator?.unit)
                if row.value("value") == nil { report(.missingField, row, "value", "the 'value' cell is empty") }
                if let comparator = value?.comparator {
                    report(
                        .unparseableValue, row, "value",
                        "an observation states a figure, not a requirement (\(comparator.rawValue)); drop the qualifier"
                    )
                }
                let approximation = enumValue(Approximation.self, row, "approximation")
                let quality = enumValue(ObservationQuality.self, row, "quality")
                record("observation:\(idText)", row, "id")
                for (field, column) in [
                    ("indicator", "indicator"), ("value", "value"), ("citation", "source"), ("period", "period"),
                ] {
                    record("observation:\(idText).\(field)", row, column)
                }
                guard let indicator, let period, let value else { continue }
                observations.append(
                    Observation(
                        id: Observation.ID(idText), indicator: indicator.id, period: period, value: value.quantity,
                        approximation: approximation ?? value.approximation ?? .exact, quality: quality ?? .final,
                        citation: citation(row), comparabilityNote: row.value("comparability_note"),
                        note: row.value("note")))
            }
        }

        if !explicitSources {
            // Without sources.csv, every cited source id stands for itself.
            var seen = Set<Source.ID>()
            var cited: [Source.ID] = []
            func cite(_ citation: SourceCitation?) {
                if let id = citation?.source, seen.insert(id).inserted { cited.append(id) }
            }
            for plan in planBuilder.plans {
                plan.forEachTheme { theme in
                    for target in theme.targets {
                        cite(target.citation)
                        target.revisions.forEach { cite($0.citation) }
                    }
                    theme.milestones.forEach { cite($0.citation) }
                }
            }
            observations.forEach { cite($0.citation) }
            sources = cited.map { Source(id: $0, title: LocalizedText(zh: $0.rawValue), locator: $0.rawValue) }
        }
        let indicators = indicatorOrder.compactMap { drafts[$0]?.indicator }
        return Dataset(sources: sources, indicators: indicators, plans: planBuilder.plans, observations: observations)
    }

    private mutating func requirement(_ row: Row, indicator: Indicator?) -> Requirement? {
        guard row.value("requirement") != nil else {
            if row.cells["requirement"] != nil {
                report(.missingField, row, "requirement", "the 'requirement' cell is empty")
            }
            return nil
        }
        guard let value = value(row, "requirement", unit: indicator?.unit) else { return nil }
        var comparator = value.comparator
        if let named = row.value("comparator") {
            guard let parsed = ComparisonOperator(rawValue: named) else {
                report(
                    .unparseableValue, row, "comparator",
                    "unknown comparator '\(named)'; use atLeast, atMost, greaterThan, lessThan, exactly or between")
                return nil
            }
            comparator = parsed
        }
        let resolved = comparator ?? (indicator?.direction == .lowerIsBetter ? .atMost : .atLeast)
        if resolved == .between {
            guard let upper = row.value("upper") != nil ? self.value(row, "upper", unit: indicator?.unit) : nil else {
                report(.missingField, row, "upper", "a band (between) needs the 'upper' cell")
                return nil
            }
            do { return try Requirement(between: value.quantity, and: upper.quantity) } catch {
                report(.unparseableValue, row, "upper", error.description)
                return nil
            }
        }
        return try? Requirement(resolved, value.quantity)
    }
}

/// Assembles plans and nested themes from rows that name them by id and path (`a/b`).
private struct PlanBuilder {
    private var order: [Plan.ID] = []
    private var planData: [Plan.ID: (title: LocalizedText?, period: Period?, root: ThemeNode)] = [:]
    private var targetLocations: [Target.ID: (plan: Plan.ID, path: [String], index: Int)] = [:]

    final class ThemeNode {
        /// The theme id: the plan id and the path, `plan/a/b`, unique across plans.
        var id: String
        var title: LocalizedText?
        var defaultTitle: String
        var children: [ThemeNode] = []
        var targets: [Target] = []
        var milestones: [Milestone] = []
        init(id: String, title: String?) {
            self.id = id
            self.defaultTitle = title ?? id
        }

        func child(_ id: String, title: String) -> ThemeNode {
            if let existing = children.first(where: { $0.id == id }) { return existing }
            let node = ThemeNode(id: id, title: title)
            children.append(node)
            return node
        }

        func theme() -> Theme {
            Theme(
                id: Theme.ID(id), title: title ?? LocalizedText(zh: defaultTitle), themes: children.map { $0.theme() },
                targets: targets, milestones: milestones)
        }
    }

    private mutating func node(plan: String, planTitle: String?, planPeriod: Period?, themePath: String) -> ThemeNode {
        let id = Plan.ID(plan)
        if planData[id] == nil {
            order.append(id)
            planData[id] = (planTitle.map { LocalizedText(zh: $0) }, planPeriod, ThemeNode(id: plan, title: nil))
        } else if planData[id]?.title == nil, let planTitle {
            planData[id]?.title = LocalizedText(zh: planTitle)
        }
        guard var node = planData[id]?.root else { return ThemeNode(id: plan, title: nil) }
        var path = plan
        for part in themePath.split(separator: "/").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty
        {
            path += "/" + part
            node = node.child(path, title: part)
        }
        return node
    }

    mutating func add(
        _ target: Target, plan: String, planTitle: String?, planPeriod: Period, themePath: String,
        themeTitle: String?
    ) {
        let node = node(plan: plan, planTitle: planTitle, planPeriod: planPeriod, themePath: themePath)
        if node.title == nil, let themeTitle { node.title = LocalizedText(zh: themeTitle) }
        if targetLocations[target.id] == nil {
            targetLocations[target.id] = (
                Plan.ID(plan), themePath.split(separator: "/").map(String.init), node.targets.count
            )
        }
        node.targets.append(target)
    }

    mutating func add(_ milestone: Milestone, plan: String, planPeriod: Period?, themePath: String) {
        node(plan: plan, planTitle: nil, planPeriod: planPeriod, themePath: themePath).milestones.append(milestone)
    }

    func target(_ id: Target.ID) -> Target? {
        guard let location = targetLocations[id], let node = find(location) else { return nil }
        return node.targets[location.index]
    }

    mutating func replace(_ target: Target) {
        guard let location = targetLocations[target.id], let node = find(location) else { return }
        node.targets[location.index] = target
    }

    private func find(_ location: (plan: Plan.ID, path: [String], index: Int)) -> ThemeNode? {
        guard var node = planData[location.plan]?.root else { return nil }
        var path = location.plan.rawValue
        for part in location.path.map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            path += "/" + part
            guard let next = node.children.first(where: { $0.id == path }) else { return nil }
            node = next
        }
        return node.targets.indices.contains(location.index) ? node : nil
    }

    var plans: [Plan] {
        order.compactMap { id in
            guard let data = planData[id], let period = data.period else { return nil }
            return Plan(
                id: id, title: data.title ?? LocalizedText(zh: id.rawValue), period: period,
                themes: data.root.children.map { $0.theme() })
        }
    }
}
