import ErqiCore
import ErqiDraft

/// Writes a draft as a JSON plan file of the documented format (docs/plan-format.md), with each open question as a
/// `"review"` key that `erqi check` refuses until a person resolves it and deletes the key.
///
/// Keys come in a fixed order and values are exact decimal text, so the same report gives the same bytes.
struct DraftPlanFile {
    var draft: PlanDraft
    var sourceID: String
    var locator: String
    var publishedOn: CalendarDate?

    /// The JSON text of the plan file.
    var text: String {
        var indicators: [(id: String, name: String, unit: String, kind: String)] = []
        var indicatorIDs: [String: String] = [:]
        func indicatorID(_ figure: DraftedFigure) -> String {
            let key = "\(figure.indicatorName)|\(figure.quantity.unit.code)|\(figure.indicatorKind.rawValue)"
            if let id = indicatorIDs[key] { return id }
            let id = "\(sourceID)-indicator-\(indicators.count + 1)"
            indicatorIDs[key] = id
            indicators.append((id, figure.indicatorName, figure.quantity.unit.code, figure.indicatorKind.rawValue))
            return id
        }
        var targets: [String] = []
        var observations: [String] = []
        var planStart: CalendarDate?
        var planEnd: CalendarDate?
        for figure in draft.figures {
            let indicator = indicatorID(figure)
            let citation = object([
                ("source", json(sourceID)), ("line", String(figure.line)), ("literal", json(figure.literal)),
            ])
            let note = json(
                "erqi draft, confidence \(figure.confidence.rawValue): \(figure.reason); period: \(figure.periodReason)"
            )
            switch figure.kind {
            case .target:
                planStart = min(planStart ?? figure.period.start, figure.period.start)
                planEnd = max(planEnd ?? figure.period.end, figure.period.end)
                var requirement = [
                    ("comparator", json((figure.comparator ?? .atLeast).rawValue)),
                    ("value", quantity(figure.quantity)),
                ]
                if figure.comparator == .between, let upper = figure.upperQuantity {
                    requirement.append(("upperValue", quantity(upper)))
                }
                var fields = [
                    ("id", json("\(sourceID)-target-\(targets.count + 1)")), ("title", json(figure.indicatorName)),
                    ("indicator", json(indicator)), ("period", json(figure.period.description)),
                    ("requirement", object(requirement)), ("citation", citation), ("note", note),
                ]
                if let review = figure.review { fields.append(("review", json(review))) }
                targets.append(object(fields, indent: 8))
            case .observation:
                var fields = [
                    ("id", json("\(sourceID)-observation-\(observations.count + 1)")), ("indicator", json(indicator)),
                    ("period", json(figure.period.description)), ("value", quantity(figure.quantity)),
                    ("approximation", json(figure.approximation.rawValue)), ("quality", json(figure.quality.rawValue)),
                    ("citation", citation), ("note", note),
                ]
                if let review = figure.review { fields.append(("review", json(review))) }
                observations.append(object(fields, indent: 4))
            }
        }
        var source = [("id", json(sourceID)), ("title", json("Draft of \(locator)")), ("locator", json(locator))]
        if let publishedOn { source.insert(("publishedOn", json(publishedOn.description)), at: 2) }
        source.append(("note", json("Drafted by erqi draft; year: \(draft.yearReason)")))
        var plans: [String] = []
        if let planStart, let planEnd, let period = try? Period(start: planStart, end: planEnd) {
            let theme = object(
                [
                    ("id", json("\(sourceID)-theme")), ("title", json("Targets found in \(locator)")),
                    ("targets", list(targets, indent: 6)),
                ], indent: 6)
            plans.append(
                object(
                    [
                        ("id", json("\(sourceID)-plan")), ("title", json("Draft plan from \(locator)")),
                        ("period", json(period.description)), ("source", json(sourceID)),
                        ("themes", list([theme], indent: 4)),
                    ], indent: 4))
        }
        let indicatorObjects = indicators.map {
            object(
                [
                    ("id", json($0.id)), ("name", json($0.name)), ("unit", json($0.unit)),
                    ("direction", json("higherIsBetter")), ("kind", json($0.kind)),
                ], indent: 4)
        }
        return object(
            [
                ("erqiPlanFormat", "1"), ("sources", list([object(source, indent: 4)], indent: 2)),
                ("indicators", list(indicatorObjects, indent: 2)), ("plans", list(plans, indent: 2)),
                ("observations", list(observations, indent: 2)),
            ], indent: 0) + "\n"
    }

    private func quantity(_ quantity: Quantity) -> String {
        object([("value", json(ExactDecimal.plainText(quantity.value))), ("unit", json(quantity.unit.code))])
    }

    /// An object on one line, or one member a line at an indent.
    private func object(_ fields: [(String, String)], indent: Int? = nil) -> String {
        guard let indent else {
            return "{" + fields.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let pad = String(repeating: " ", count: indent + 2)
        let members = fields.map { "\(pad)\(json($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n" + members + "\n" + String(repeating: " ", count: indent) + "}"
    }

    private func list(_ items: [String], indent: Int) -> String {
        guard !items.isEmpty else { return "[]" }
        let pad = String(repeating: " ", count: indent + 2)
        return "[\n" + items.map { pad + $0 }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent)
            + "]"
    }

    private func json(_ text: String) -> String { ParseCommand.jsonString(text) }
}
