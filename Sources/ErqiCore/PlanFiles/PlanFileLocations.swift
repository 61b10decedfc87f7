/// Where each item and field of a loaded dataset was written, so that validation can point at it.
package struct PlanFileLocations: Sendable {
    package struct Location: Sendable {
        package var text: Int
        package var offset: Int
        package var field: String
    }

    package private(set) var texts: [SourceText] = []
    private var table: [String: [Location]] = [:]

    package init() {}

    /// Adds a file and returns its number for ``record(_:text:offset:field:)``.
    package mutating func add(_ text: SourceText) -> Int {
        texts.append(text)
        return texts.count - 1
    }

    /// Records where `key` (e.g. `target:t1` or `target:t1.indicator`) was written; every occurrence is kept.
    package mutating func record(_ key: String, text: Int, offset: Int, field: String) {
        table[key, default: []].append(Location(text: text, offset: offset, field: field))
    }

    /// Every place `key` was written.
    package func all(_ key: String) -> [Location] { table[key] ?? [] }

    /// The first place `key` was written, falling back to the item `fallback` when the field was not recorded.
    package func first(_ key: String, or fallback: String) -> Location? {
        table[key]?.first ?? table[fallback]?.first
    }

    /// A problem at a recorded location, or at the start of the first file when nothing was recorded.
    package func problem(
        _ kind: PlanFileProblem.Kind, _ key: String, or fallback: String, _ message: String
    ) -> PlanFileProblem {
        guard let location = first(key, or: fallback), texts.indices.contains(location.text) else {
            let file = texts.first?.file ?? ""
            return PlanFileProblem(kind: kind, file: file, line: 1, column: 1, field: key, message: message)
        }
        return texts[location.text].problem(kind, at: location.offset, field: location.field, message)
    }
}
