package import ErqiCore
import Foundation

/// Reads the JSON plan format (docs/plan-format.md) into a `Dataset`, collecting every problem.
package struct PlanFileJSONDecoder {
    private let text: SourceText
    private let textNumber: Int
    package private(set) var problems: [PlanFileProblem] = []
    package private(set) var locations: PlanFileLocations
    private var indicatorDirections: [String: Direction] = [:]

    package init(text: SourceText, locations: PlanFileLocations = PlanFileLocations()) {
        self.text = text
        var locations = locations
        self.textNumber = locations.add(text)
        self.locations = locations
    }

    // MARK: - Reading helpers

    private typealias Members = [String: JSONMember]

    private mutating func report(_ kind: PlanFileProblem.Kind, _ offset: Int, _ path: String, _ message: String) {
        problems.append(text.problem(kind, at: offset, field: path, message))
    }

    private mutating func object(_ node: JSONNode, _ path: String, allowed: [String]) -> Members? {
        guard case .object(let list) = node.value else {
            report(.wrongType, node.offset, path, "expected an object, found \(node.typeName)")
            return nil
        }
        var members: Members = [:]
        for member in list {
            if allowed.contains(member.key) {
                members[member.key] = member
            } else {
                report(
                    .unknownField, member.keyOffset, path.isEmpty ? member.key : "\(path).\(member.key)",
                    "unknown key \"\(member.key)\"; expected one of \(allowed.joined(separator: ", "))")
            }
        }
        return members
    }

    private mutating func array(_ members: Members, _ key: String, _ path: String) -> [(JSONNode, String)] {
        guard let member = members[key] else { return [] }
        let field = join(path, key)
        guard case .array(let elements) = member.node.value else {
            report(.wrongType, member.node.offset, field, "expected an array, found \(member.node.typeName)")
            return []
        }
        return elements.enumerated().map { ($0.element, "\(field)[\($0.offset)]") }
    }

    private mutating func string(
        _ members: Members, _ key: String, _ path: String, required: Bool = true,
        nodeOffset: Int
    ) -> String? {
        let field = join(path, key)
        guard let member = members[key] else {
            if required { report(.missingField, nodeOffset, field, "the key \"\(key)\" is missing") }
            return nil
        }
        guard case .string(let value) = member.node.value else {
            report(.wrongType, member.node.offset, field, "expected text, found \(member.node.typeName)")
            return nil
        }
        if required && value.isEmpty {
            report(.missingField, member.node.offset, field, "\"\(key)\" is empty")
            return nil
        }
        return value
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func record(_ key: String, _ node: JSONNode?, _ field: String) {
        guard let node else { return }
        locations.record(key, text: textNumber, offset: node.offset, field: field)
    }

    private mutating func recordFields(_ owner: String, _ members: Members, _ path: String, _ keys: [String]) {
        for key in keys { record("\(owner).\(key)", members[key]?.node, join(path, key)) }
    }

    private mutating func id<Tag>(_ members: Members, _ path: String, _ node: JSONNode, kind: String)
        -> Identifier<Tag>?
    {
        guard let value = string(members, "id", path, nodeOffset: node.offset) else { return nil }
        let offset = members["id"]?.node.offset ?? node.offset
        if let violation = IdentifierRule.violation(in: value) {
            report(.invalidID, offset, join(path, "id"), violation)
            locations.markFailed("\(kind):\(value)")
            return nil
        }
        locations.record("\(kind):\(value)", text: textNumber, offset: offset, field: join(path, "id"))
        return Identifier(value)
    }

    /// Text in Chinese and English: a plain string (read as the Chinese text, as older plan files write notes)
    /// or an object `{"zh": …, "en": …}`.
    private mutating func localizedText(
        _ members: Members, _ key: String, _ path: String, required: Bool = true, nodeOffset: Int
    ) -> LocalizedText? {
        let field = join(path, key)
        guard let member = members[key] else {
            if required { report(.missingField, nodeOffset, field, "the key \"\(key)\" is missing") }
            return nil
        }
        switch member.node.value {
        case .string(let zh): return LocalizedText(zh: zh)
        case .object: break
        default:
            report(
                .wrongType, member.node.offset, field,
                "expected text or an object with \"zh\" and \"en\", found \(member.node.typeName)")
            return nil
        }
        guard let fields = object(member.node, field, allowed: ["zh", "en"]) else { return nil }
        guard let zh = string(fields, "zh", field, nodeOffset: member.node.offset) else { return nil }
        return LocalizedText(zh: zh, en: string(fields, "en", field, required: false, nodeOffset: member.node.offset))
    }

    private mutating func date(_ members: Members, _ key: String, _ path: String, required: Bool, nodeOffset: Int)
        -> CalendarDate?
    {
        guard let value = string(members, key, path, required: required, nodeOffset: nodeOffset) else { return nil }
        do {
            return try CalendarDate(iso: value)
        } catch {
            report(.invalidDate, members[key]?.node.offset ?? nodeOffset, join(path, key), error.description)
            return nil
        }
    }

    private mutating func period(_ members: Members, _ path: String, nodeOffset: Int) -> Period? {
        guard let value = string(members, "period", path, nodeOffset: nodeOffset) else { return nil }
        do {
            return try Period(parsing: value)
        } catch {
            report(.invalidDate, members["period"]?.node.offset ?? nodeOffset, join(path, "period"), error.description)
            return nil
        }
    }

    private mutating func decimal(_ members: Members, _ key: String, _ path: String, nodeOffset: Int)
        -> PlanNumber.Value?
    {
        guard let member = members[key] else { return nil }
        let field = join(path, key)
        let text: String
        switch member.node.value {
        case .string(let value), .number(let value): text = value
        default:
            report(
                .wrongType, member.node.offset, field,
                "expected decimal text such as \"1.5\", found \(member.node.typeName)")
            return nil
        }
        do {
            return try PlanNumber.parse(text)
        } catch {
            report(.unparseableValue, member.node.offset, field, error.description)
            return nil
        }
    }

    /// A quantity written as report text ("518亿元", "13.2万余户") or as `{"value": "…", "unit": "…"}`.
    private mutating func quantity(_ node: JSONNode, _ field: String) -> ReportValue? {
        switch node.value {
        case .string(let text):
            switch ReportValue.parse(text) {
            case .success(let value): return value
            case .failure(let error):
                report(.unparseableValue, node.offset, field, error.message)
                return nil
            }
        case .object:
            guard let fields = object(node, field, allowed: ["value", "unit"]) else { return nil }
            let unitCode = string(fields, "unit", field, nodeOffset: node.offset)
            guard let valueMember = fields["value"] else {
                report(.missingField, node.offset, join(field, "value"), "the key \"value\" is missing")
                return nil
            }
            let value = decimal(fields, "value", field, nodeOffset: node.offset)
            guard let unitCode else { return nil }
            guard let unit = QuantityUnit(code: unitCode) else {
                report(
                    .unparseableValue, fields["unit"]?.node.offset ?? node.offset, join(field, "unit"),
                    "unknown unit '\(unitCode)'; use CNY, count:<measure word>, percent, pp, multiple, day, month, year, m2, km2, mu, m or km"
                )
                return nil
            }
            _ = valueMember
            guard let value else { return nil }
            return ReportValue(quantity: Quantity(value: value, unit: unit), comparator: nil, approximation: nil)
        default:
            report(
                .wrongType, node.offset, field,
                "expected a quantity (text such as \"518亿元\" or an object), found \(node.typeName)")
            return nil
        }
    }

    private mutating func requirement(_ node: JSONNode, _ field: String, direction: Direction?) -> Requirement? {
        if case .string = node.value {
            guard let value = quantity(node, field) else { return nil }
            // Report text keeps its meaning: 约/左右 is a stated tolerance band, 近 and other wordings that state no
            // checkable bound are errors (docs/plan-format.md, "Report text").
            switch value.requirement(defaultComparator: direction == .lowerIsBetter ? .atMost : .atLeast) {
            case .success(let requirement): return requirement
            case .failure(let failure):
                report(.unparseableValue, node.offset, field, failure.message)
                return nil
            }
        }
        guard let fields = object(node, field, allowed: ["comparator", "value", "upperValue", "commitment"]) else {
            return nil
        }
        let commitment = enumValue(Commitment.self, fields, "commitment", field, node)
        guard let name = string(fields, "comparator", field, nodeOffset: node.offset) else { return nil }
        guard let comparator = ComparisonOperator(rawValue: name) else {
            report(
                .unparseableValue, fields["comparator"]?.node.offset ?? node.offset, join(field, "comparator"),
                "unknown comparator '\(name)'; use atLeast, atMost, greaterThan, lessThan, exactly or between")
            return nil
        }
        guard let valueNode = fields["value"]?.node else {
            report(.missingField, node.offset, join(field, "value"), "the key \"value\" is missing")
            return nil
        }
        guard let value = quantity(valueNode, join(field, "value")) else { return nil }
        if comparator == .between {
            guard let upperNode = fields["upperValue"]?.node else {
                report(.missingField, node.offset, join(field, "upperValue"), "a band (between) needs \"upperValue\"")
                return nil
            }
            guard let upper = quantity(upperNode, join(field, "upperValue")) else { return nil }
            do {
                return try Requirement(between: value.quantity, and: upper.quantity, commitment: commitment)
            } catch {
                report(.unparseableValue, upperNode.offset, join(field, "upperValue"), error.description)
                return nil
            }
        }
        if let upperNode = fields["upperValue"]?.node {
            report(
                .unknownField, upperNode.offset, join(field, "upperValue"), "only a band (between) has \"upperValue\"")
        }
        return try? Requirement(comparator, value.quantity, commitment: commitment)
    }

    private mutating func citation(_ members: Members, _ path: String) -> SourceCitation? {
        guard let member = members["citation"] else { return nil }
        let field = join(path, "citation")
        guard let fields = object(member.node, field, allowed: ["source", "line", "literal"]) else { return nil }
        guard let source = string(fields, "source", field, nodeOffset: member.node.offset) else { return nil }
        var line: Int?
        if let lineMember = fields["line"] {
            if case .number(let text) = lineMember.node.value, let value = Int(text), value >= 1 {
                line = value
            } else {
                report(.wrongType, lineMember.node.offset, join(field, "line"), "expected a line number from 1")
            }
        }
        let literal = string(fields, "literal", field, required: false, nodeOffset: member.node.offset)
        return SourceCitation(source: Source.ID(source), line: line, literal: literal)
    }

    private mutating func weight(_ members: Members, _ path: String, nodeOffset: Int) -> ExactDecimal {
        guard let value = decimal(members, "weight", path, nodeOffset: nodeOffset) else { return 1 }
        if value < 0 {
            report(
                .unparseableValue, members["weight"]?.node.offset ?? nodeOffset, join(path, "weight"),
                "a weight cannot be negative")
            return 1
        }
        return value
    }

    // MARK: - The document

    package mutating func decode(_ root: JSONNode) -> Dataset? {
        guard
            let members = object(
                root, "", allowed: ["erqiPlanFormat", "sources", "indicators", "plans", "observations"])
        else { return nil }
        if let version = members["erqiPlanFormat"] {
            switch version.node.value {
            case .number("1"): break
            case .number(let written):
                report(
                    .unparseableValue, version.node.offset, "erqiPlanFormat",
                    "the format version must be the integer 1, not \(written); this loader reads format version 1")
            default:
                report(
                    .wrongType, version.node.offset, "erqiPlanFormat",
                    "the format version must be the integer 1, not \(version.node.typeName)")
            }
        } else {
            report(.missingField, root.offset, "erqiPlanFormat", "the key \"erqiPlanFormat\": 1 is missing")
        }
        let sources = array(members, "sources", "").compactMap { source($0.0, $0.1) }
        let indicators = array(members, "indicators", "").compactMap { indicator($0.0, $0.1) }
        let plans = array(members, "plans", "").compactMap { plan($0.0, $0.1) }
        let observations = array(members, "observations", "").compactMap { observation($0.0, $0.1) }
        return Dataset(sources: sources, indicators: indicators, plans: plans, observations: observations)
    }

    private mutating func source(_ node: JSONNode, _ path: String) -> Source? {
        guard let fields = object(node, path, allowed: ["id", "title", "publishedOn", "locator", "note"]) else {
            return nil
        }
        let id: Source.ID? = id(fields, path, node, kind: "source")
        let title = localizedText(fields, "title", path, nodeOffset: node.offset)
        let published = date(fields, "publishedOn", path, required: false, nodeOffset: node.offset)
        let locator = string(fields, "locator", path, nodeOffset: node.offset)
        let note = localizedText(fields, "note", path, required: false, nodeOffset: node.offset)
        guard let id, let title, let locator else {
            if let id { locations.markFailed("source:\(id)") }
            return nil
        }
        return Source(id: id, title: title, publishedOn: published, locator: locator, note: note)
    }

    private mutating func indicator(_ node: JSONNode, _ path: String) -> Indicator? {
        guard let fields = object(node, path, allowed: ["id", "name", "unit", "direction", "kind"]) else { return nil }
        let id: Indicator.ID? = id(fields, path, node, kind: "indicator")
        let name = localizedText(fields, "name", path, nodeOffset: node.offset)
        var unit: QuantityUnit?
        if let code = string(fields, "unit", path, nodeOffset: node.offset) {
            unit = QuantityUnit(code: code)
            if unit == nil {
                report(
                    .unparseableValue, fields["unit"]?.node.offset ?? node.offset, join(path, "unit"),
                    "unknown unit '\(code)'; use CNY, count:<measure word>, percent, pp, multiple, day, month, year, m2, km2, mu, m or km"
                )
            }
        }
        let direction = enumValue(Direction.self, fields, "direction", path, node) ?? .higherIsBetter
        let kind = enumValue(IndicatorKind.self, fields, "kind", path, node) ?? .flow
        guard let id, let name, let unit else {
            // Reported where it is; the targets and observations that name it add no "unknown indicator".
            if let id { locations.markFailed("indicator:\(id)") }
            return nil
        }
        indicatorDirections[id.rawValue] = direction
        return Indicator(id: id, name: name, unit: unit, direction: direction, kind: kind)
    }

    private mutating func enumValue<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ fields: Members, _ key: String, _ path: String, _ node: JSONNode
    ) -> Value? where Value.RawValue == String {
        guard let raw = string(fields, key, path, required: false, nodeOffset: node.offset) else { return nil }
        guard let value = Value(rawValue: raw) else {
            report(
                .unparseableValue, fields[key]?.node.offset ?? node.offset, join(path, key),
                "unknown \(key) '\(raw)'; use \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    private mutating func plan(_ node: JSONNode, _ path: String) -> Plan? {
        guard let fields = object(node, path, allowed: ["id", "title", "period", "source", "themes"]) else {
            return nil
        }
        let id: Plan.ID? = id(fields, path, node, kind: "plan")
        let title = localizedText(fields, "title", path, nodeOffset: node.offset)
        let period = period(fields, path, nodeOffset: node.offset)
        let source = string(fields, "source", path, required: false, nodeOffset: node.offset)
        if let id { recordFields("plan:\(id)", fields, path, ["source"]) }
        let themes = array(fields, "themes", path).compactMap { theme($0.0, $0.1) }
        guard let id, let title, let period else { return nil }
        return Plan(id: id, title: title, period: period, source: source.map { Source.ID($0) }, themes: themes)
    }

    private mutating func theme(_ node: JSONNode, _ path: String) -> Theme? {
        guard let fields = object(node, path, allowed: ["id", "title", "weight", "themes", "targets", "milestones"])
        else { return nil }
        let id: Theme.ID? = id(fields, path, node, kind: "theme")
        let title = localizedText(fields, "title", path, nodeOffset: node.offset)
        let weight = weight(fields, path, nodeOffset: node.offset)
        let themes = array(fields, "themes", path).compactMap { theme($0.0, $0.1) }
        let targets = array(fields, "targets", path).compactMap { target($0.0, $0.1) }
        let milestones = array(fields, "milestones", path).compactMap { milestone($0.0, $0.1) }
        guard let id, let title else { return nil }
        return Theme(id: id, title: title, weight: weight, themes: themes, targets: targets, milestones: milestones)
    }

    private mutating func target(_ node: JSONNode, _ path: String) -> Target? {
        let keys = [
            "id", "title", "indicator", "period", "requirement", "citation", "baseline", "deadline",
            "revisions", "trajectory", "weight", "note",
        ]
        guard let fields = object(node, path, allowed: keys) else { return nil }
        let id: Target.ID? = id(fields, path, node, kind: "target")
        let owner = "target:\(id?.rawValue ?? "")"
        recordFields(owner, fields, path, ["indicator", "requirement", "citation", "baseline", "period"])
        let title = localizedText(fields, "title", path, nodeOffset: node.offset)
        let indicator = string(fields, "indicator", path, nodeOffset: node.offset)
        let direction = indicator.flatMap { indicatorDirections[$0] }
        let period = period(fields, path, nodeOffset: node.offset)
        var requirement: Requirement?
        if let member = fields["requirement"] {
            requirement = self.requirement(member.node, join(path, "requirement"), direction: direction)
        } else {
            report(.missingField, node.offset, join(path, "requirement"), "the key \"requirement\" is missing")
        }
        let citation = citation(fields, path)
        var baseline: Baseline?
        if let member = fields["baseline"] {
            let field = join(path, "baseline")
            if let parts = object(member.node, field, allowed: ["value", "date", "citation"]) {
                if let valueNode = parts["value"]?.node {
                    baseline = quantity(valueNode, join(field, "value")).map {
                        Baseline(
                            value: $0.quantity,
                            date: date(parts, "date", field, required: false, nodeOffset: member.node.offset),
                            citation: self.citation(parts, field))
                    }
                } else {
                    report(.missingField, member.node.offset, join(field, "value"), "the key \"value\" is missing")
                }
            }
        }
        let deadline = date(fields, "deadline", path, required: false, nodeOffset: node.offset)
        var revisions: [TargetRevision] = []
        for (index, (revisionNode, field)) in array(fields, "revisions", path).enumerated() {
            guard
                let parts = object(revisionNode, field, allowed: ["effectiveOn", "requirement", "citation", "reason"])
            else { continue }
            record("\(owner).revisions[\(index)]", revisionNode, field)
            let effective = date(parts, "effectiveOn", field, required: true, nodeOffset: revisionNode.offset)
            var revised: Requirement?
            if let member = parts["requirement"] {
                revised = self.requirement(member.node, join(field, "requirement"), direction: direction)
            } else {
                report(
                    .missingField, revisionNode.offset, join(field, "requirement"), "the key \"requirement\" is missing"
                )
            }
            let revisionCitation = self.citation(parts, field)
            let reason = localizedText(parts, "reason", field, required: false, nodeOffset: revisionNode.offset)
            guard let effective, let revised else { continue }
            if let previous = revisions.last, effective <= previous.effectiveOn {
                report(
                    .revisionOrder, parts["effectiveOn"]?.node.offset ?? revisionNode.offset,
                    join(field, "effectiveOn"),
                    "revisions must be in date order: \(effective) is not after \(previous.effectiveOn)")
            }
            revisions.append(
                TargetRevision(effectiveOn: effective, requirement: revised, citation: revisionCitation, reason: reason)
            )
        }
        var trajectory: Trajectory?
        var previousCheckpoint: Trajectory.Checkpoint?
        let checkpoints = array(fields, "trajectory", path).compactMap {
            (checkpointNode, field) -> Trajectory.Checkpoint? in
            guard let parts = object(checkpointNode, field, allowed: ["date", "share"]) else { return nil }
            let day = date(parts, "date", field, required: true, nodeOffset: checkpointNode.offset)
            let share = decimal(parts, "share", field, nodeOffset: checkpointNode.offset)
            if parts["share"] == nil {
                report(.missingField, checkpointNode.offset, join(field, "share"), "the key \"share\" is missing")
            }
            if let share, share < 0 || share > 1 {
                report(
                    .unparseableValue, parts["share"]?.node.offset ?? checkpointNode.offset, join(field, "share"),
                    "a share is a fraction from 0 to 1")
            }
            guard let day, let share else { return nil }
            // Inside the target's period, in date order, with shares that never decrease.
            let dateOffset = parts["date"]?.node.offset ?? checkpointNode.offset
            if let period, !period.contains(day) {
                report(
                    .trajectoryOrder, dateOffset, join(field, "date"),
                    "the checkpoint \(day) lies outside the target's period \(period)")
            }
            if let previous = previousCheckpoint {
                if day <= previous.date {
                    report(
                        .trajectoryOrder, dateOffset, join(field, "date"),
                        "checkpoints must be in date order: \(day) is not after \(previous.date)")
                } else if share < previous.share {
                    report(
                        .trajectoryOrder, parts["share"]?.node.offset ?? checkpointNode.offset, join(field, "share"),
                        "a trajectory's shares never decrease: \(ExactDecimal.plainText(share)) comes after "
                            + "\(ExactDecimal.plainText(previous.share))")
                }
            }
            previousCheckpoint = Trajectory.Checkpoint(date: day, share: share)
            return previousCheckpoint
        }
        if !checkpoints.isEmpty { trajectory = Trajectory(checkpoints: checkpoints) }
        let weight = weight(fields, path, nodeOffset: node.offset)
        let note = localizedText(fields, "note", path, required: false, nodeOffset: node.offset)
        if let period, let deadline, !period.contains(deadline) {
            report(
                .invalidDate, fields["deadline"]?.node.offset ?? node.offset, join(path, "deadline"),
                "the deadline \(deadline) lies outside the period \(period)")
        }
        guard let id, let title, let indicator, let period, let requirement else { return nil }
        return Target(
            id: id, title: title, indicator: Indicator.ID(indicator), period: period, requirement: requirement,
            baseline: baseline, deadline: deadline, revisions: revisions, trajectory: trajectory, weight: weight,
            citation: citation, note: note)
    }

    private mutating func milestone(_ node: JSONNode, _ path: String) -> Milestone? {
        guard let fields = object(node, path, allowed: ["id", "title", "due", "evidence", "weight", "citation"])
        else { return nil }
        let id: Milestone.ID? = id(fields, path, node, kind: "milestone")
        let owner = "milestone:\(id?.rawValue ?? "")"
        recordFields(owner, fields, path, ["citation"])
        let title = localizedText(fields, "title", path, nodeOffset: node.offset)
        let due = date(fields, "due", path, required: true, nodeOffset: node.offset)
        var evidence: [Milestone.Evidence] = []
        for (index, (evidenceNode, field)) in array(fields, "evidence", path).enumerated() {
            guard let parts = object(evidenceNode, field, allowed: ["date", "done", "citation"]) else { continue }
            record("\(owner).evidence[\(index)]", evidenceNode, field)
            let day = date(parts, "date", field, required: true, nodeOffset: evidenceNode.offset)
            var done: Bool?
            if let member = parts["done"] {
                if case .bool(let value) = member.node.value {
                    done = value
                } else {
                    report(.wrongType, member.node.offset, join(field, "done"), "expected true or false")
                }
            } else {
                report(.missingField, evidenceNode.offset, join(field, "done"), "the key \"done\" is missing")
            }
            let evidenceCitation = self.citation(parts, field)
            guard let day, let done else { continue }
            evidence.append(Milestone.Evidence(date: day, isDone: done, citation: evidenceCitation))
        }
        let weight = weight(fields, path, nodeOffset: node.offset)
        let citation = citation(fields, path)
        guard let id, let title, let due else { return nil }
        return Milestone(id: id, title: title, due: due, evidence: evidence, weight: weight, citation: citation)
    }

    private mutating func observation(_ node: JSONNode, _ path: String) -> Observation? {
        let keys = [
            "id", "indicator", "period", "value", "approximation", "quality", "citation", "comparabilityNote", "note",
            "supersedes",
        ]
        guard let fields = object(node, path, allowed: keys) else { return nil }
        let id: Observation.ID? = id(fields, path, node, kind: "observation")
        let indicator = string(fields, "indicator", path, nodeOffset: node.offset)
        let period = period(fields, path, nodeOffset: node.offset)
        var value: ReportValue?
        if let member = fields["value"] {
            value = quantity(member.node, join(path, "value"))
            if let comparator = value?.comparator {
                report(
                    .unparseableValue, member.node.offset, join(path, "value"),
                    "an observation states a figure, not a requirement (\(comparator.rawValue)); drop the qualifier")
            }
        } else {
            report(.missingField, node.offset, join(path, "value"), "the key \"value\" is missing")
        }
        let approximation = enumValue(Approximation.self, fields, "approximation", path, node)
        let quality = enumValue(ObservationQuality.self, fields, "quality", path, node) ?? .final
        let citation = citation(fields, path)
        let comparability = localizedText(
            fields, "comparabilityNote", path, required: false, nodeOffset: node.offset)
        let note = localizedText(fields, "note", path, required: false, nodeOffset: node.offset)
        var supersedes: [Observation.ID]?
        if fields["supersedes"] != nil {
            supersedes = []
            for (element, field) in array(fields, "supersedes", path) {
                guard case .string(let named) = element.value, !named.isEmpty else {
                    report(
                        .wrongType, element.offset, field,
                        "expected the id of an observation, found \(element.typeName)")
                    continue
                }
                supersedes?.append(Observation.ID(named))
            }
        }
        guard let id, let indicator, let period, let value else { return nil }
        // Recorded only for an observation that is kept, so that the n-th observation with an id has the n-th
        // place recorded for it.
        // A field it lacks is recorded at the observation itself, so that the places of each field stay in step.
        for key in ["indicator", "value", "citation", "period", "supersedes"] {
            record("observation:\(id).\(key)", fields[key]?.node ?? node, join(path, key))
        }
        return Observation(
            id: id, indicator: Indicator.ID(indicator), period: period, value: value.quantity,
            approximation: approximation ?? value.approximation ?? .exact, quality: quality, citation: citation,
            comparabilityNote: comparability, note: note, supersedes: supersedes)
    }
}
