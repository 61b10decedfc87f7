public import ErqiCore
import Foundation

/// Writes a `Dataset` as a JSON plan file (docs/plan-format.md) that ``PlanFileLoader`` reads back equal.
///
/// ```swift
/// let bytes = PlanFileWriter.json(dataset)
/// let again = try PlanFileLoader.loadJSON(bytes: bytes, file: "plan.json")  // again == dataset
/// ```
///
/// The output is the same bytes for the same dataset, whatever the machine, locale or time zone:
/// - items keep the dataset's order (a plan's themes, the observations: order decides ties between conflicting
///   figures), and every object writes its keys in the order of docs/plan-format.md;
/// - values are exact: a quantity is `{"value": "<plain decimal>", "unit": "<code>"}` in base units, a requirement
///   is `{"comparator": …, "value": …}` (with `upperValue` for a band and `commitment` when the plan says 确保 or
///   力争), an observation always states its `approximation` and `quality`;
/// - optional fields that are not set, empty lists of nested items, and weights of 1 are left out;
/// - two spaces of indentation, one member a line, UTF-8 without a byte-order mark, and a final line feed.
///
/// The writer streams into one byte buffer; it builds no JSON tree and no intermediate string. It does not
/// check the dataset: `Dataset.validate(file:)` reports every problem the written file would have.
public enum PlanFileWriter {
    /// The JSON plan file of a dataset.
    /// - Parameter dataset: The dataset.
    /// - Returns: The file's bytes, UTF-8.
    public static func json(_ dataset: Dataset) -> [UInt8] {
        var bytes: [UInt8] = []
        writeJSON(dataset, into: &bytes)
        return bytes
    }

    /// Appends the JSON plan file of a dataset to a byte buffer.
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - bytes: The buffer; the file is appended after what it holds.
    public static func writeJSON(_ dataset: Dataset, into bytes: inout [UInt8]) {
        var writer = JSONPrettyWriter(appendingTo: bytes)
        bytes = []
        writer.beginObject()
        writer.key("erqiPlanFormat")
        writer.literal("1")
        writer.key("sources")
        writer.array(dataset.sources) { $0.source($1) }
        writer.key("indicators")
        writer.array(dataset.indicators) { $0.indicator($1) }
        writer.key("plans")
        writer.array(dataset.plans) { $0.plan($1) }
        writer.key("observations")
        writer.array(dataset.observations) { $0.observation($1) }
        writer.endObject()
        writer.bytes.append(UInt8(ascii: "\n"))
        swap(&bytes, &writer.bytes)
    }

    /// A number as plan files write it: plain decimal text, exact, with no exponent and no grouping.
    ///
    /// Every number the writer writes goes through here.
    static func numberText(_ value: ExactDecimal) -> String { value.description }
}

// MARK: - The plan format's objects

extension JSONPrettyWriter {
    fileprivate mutating func array<Item>(_ items: [Item], _ write: (inout JSONPrettyWriter, Item) -> Void) {
        beginArray()
        for item in items {
            element()
            write(&self, item)
        }
        endArray()
    }

    fileprivate mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    fileprivate mutating func member(_ name: String, _ value: LocalizedText?) {
        guard let value else { return }
        key(name)
        guard let english = value.en else {
            string(value.zh)
            return
        }
        beginObject()
        member("zh", value.zh)
        member("en", english)
        endObject()
    }

    fileprivate mutating func member(_ name: String, date: CalendarDate?) {
        member(name, date?.description)
    }

    /// A weight, left out when it is the default 1.
    fileprivate mutating func member(_ name: String, weight text: String) {
        if text != "1" { member(name, text) }
    }

    fileprivate mutating func member(_ name: String, _ quantity: Quantity?) {
        guard let quantity else { return }
        key(name)
        beginObject()
        member("value", PlanFileWriter.numberText(quantity.value))
        member("unit", quantity.unit.code)
        endObject()
    }

    fileprivate mutating func member(_ name: String, _ requirement: Requirement) {
        key(name)
        beginObject()
        member("comparator", requirement.comparator.rawValue)
        member("value", requirement.value)
        member("upperValue", requirement.upperValue)
        member("commitment", requirement.commitment?.rawValue)
        endObject()
    }

    fileprivate mutating func member(_ name: String, _ citation: SourceCitation?) {
        guard let citation else { return }
        key(name)
        beginObject()
        member("source", citation.source.rawValue)
        if let line = citation.line {
            key("line")
            literal(String(line))
        }
        member("literal", citation.literal)
        endObject()
    }

    fileprivate mutating func source(_ source: Source) {
        beginObject()
        member("id", source.id.rawValue)
        member("title", source.title)
        member("publishedOn", date: source.publishedOn)
        member("locator", source.locator)
        member("note", source.note)
        endObject()
    }

    fileprivate mutating func indicator(_ indicator: Indicator) {
        beginObject()
        member("id", indicator.id.rawValue)
        member("name", indicator.name)
        member("unit", indicator.unit.code)
        member("direction", indicator.direction.rawValue)
        member("kind", indicator.kind.rawValue)
        endObject()
    }

    fileprivate mutating func plan(_ plan: Plan) {
        beginObject()
        member("id", plan.id.rawValue)
        member("title", plan.title)
        member("period", plan.period.description)
        member("source", plan.source?.rawValue)
        key("themes")
        array(plan.themes) { $0.theme($1) }
        endObject()
    }

    fileprivate mutating func theme(_ theme: Theme) {
        beginObject()
        member("id", theme.id.rawValue)
        member("title", theme.title)
        member("weight", weight: PlanFileWriter.numberText(theme.weight))
        if !theme.themes.isEmpty {
            key("themes")
            array(theme.themes) { $0.theme($1) }
        }
        if !theme.targets.isEmpty {
            key("targets")
            array(theme.targets) { $0.target($1) }
        }
        if !theme.milestones.isEmpty {
            key("milestones")
            array(theme.milestones) { $0.milestone($1) }
        }
        endObject()
    }

    fileprivate mutating func target(_ target: Target) {
        beginObject()
        member("id", target.id.rawValue)
        member("title", target.title)
        member("indicator", target.indicator.rawValue)
        member("period", target.period.description)
        member("requirement", target.requirement)
        if let baseline = target.baseline {
            key("baseline")
            beginObject()
            member("value", baseline.value)
            member("date", date: baseline.date)
            member("citation", baseline.citation)
            endObject()
        }
        member("deadline", date: target.deadline)
        member("citation", target.citation)
        if !target.revisions.isEmpty {
            key("revisions")
            array(target.revisions) { writer, revision in
                writer.beginObject()
                writer.member("effectiveOn", date: revision.effectiveOn)
                writer.member("requirement", revision.requirement)
                writer.member("citation", revision.citation)
                writer.member("reason", revision.reason)
                writer.endObject()
            }
        }
        if let trajectory = target.trajectory {
            key("trajectory")
            array(trajectory.checkpoints) { writer, checkpoint in
                writer.beginObject()
                writer.member("date", date: checkpoint.date)
                writer.member("share", PlanFileWriter.numberText(checkpoint.share))
                writer.endObject()
            }
        }
        member("weight", weight: PlanFileWriter.numberText(target.weight))
        member("note", target.note)
        endObject()
    }

    fileprivate mutating func milestone(_ milestone: Milestone) {
        beginObject()
        member("id", milestone.id.rawValue)
        member("title", milestone.title)
        member("due", date: milestone.due)
        if !milestone.evidence.isEmpty {
            key("evidence")
            array(milestone.evidence) { writer, evidence in
                writer.beginObject()
                writer.member("date", date: evidence.date)
                writer.key("done")
                writer.literal(evidence.isDone ? "true" : "false")
                writer.member("citation", evidence.citation)
                writer.endObject()
            }
        }
        member("weight", weight: PlanFileWriter.numberText(milestone.weight))
        member("citation", milestone.citation)
        endObject()
    }

    fileprivate mutating func observation(_ observation: Observation) {
        beginObject()
        member("id", observation.id.rawValue)
        member("indicator", observation.indicator.rawValue)
        member("period", observation.period.description)
        member("value", observation.value)
        member("approximation", observation.approximation.rawValue)
        member("quality", observation.quality.rawValue)
        member("citation", observation.citation)
        member("comparabilityNote", observation.comparabilityNote)
        member("note", observation.note)
        if let supersedes = observation.supersedes {
            key("supersedes")
            array(supersedes) { $0.string($1.rawValue) }
        }
        endObject()
    }
}
