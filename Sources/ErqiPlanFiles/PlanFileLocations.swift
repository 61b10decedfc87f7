import ErqiCore

/// Where each item and field of a loaded dataset was written, so that validation can point at it.
package struct PlanFileLocations: Sendable {
    package struct Location: Sendable {
        package var text: Int
        package var offset: Int
        package var field: String
    }

    package private(set) var texts: [SourceText] = []
    private var table: [String: [Location]] = [:]
    /// Items (`indicator:ID`, `source:ID`, …) whose definition had a problem, already reported: they count as
    /// known, so that references to them do not add an "unknown id" problem each.
    package private(set) var failed: Set<String> = []

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

    /// Marks an item whose definition had a problem (reported where it is) as known all the same.
    package mutating func markFailed(_ key: String) { failed.insert(key) }

    /// Whether an item's definition had a problem, see ``markFailed(_:)``.
    package func hasFailed(_ key: String) -> Bool { !failed.isEmpty && failed.contains(key) }

    /// Adds the files and places of another dataset's locations after these, for a dataset merged from several
    /// files: the other's items come after this one's, so the second of two items sharing an id is placed in the
    /// other's file.
    package mutating func append(_ other: PlanFileLocations) {
        let shift = texts.count
        texts += other.texts
        for (key, places) in other.table {
            table[key, default: []] += places.map {
                Location(text: $0.text + shift, offset: $0.offset, field: $0.field)
            }
        }
        failed.formUnion(other.failed)
    }

    /// Adds the places and failed items recorded by the reader of a later chunk of the same files (its texts
    /// numbered as these are), after these: places of one key stay in file order.
    package mutating func appendPlaces(of later: PlanFileLocations) {
        for (key, places) in later.table {
            table[key, default: []] += places
        }
        failed.formUnion(later.failed)
    }

    /// These locations' texts without any place: the start of a chunk reader's own locations.
    package var textsOnly: PlanFileLocations {
        var copy = PlanFileLocations()
        copy.texts = texts
        return copy
    }

    /// Every place `key` was written.
    package func all(_ key: String) -> [Location] { table[key] ?? [] }

    /// The first place `key` was written, falling back to the item `fallback` when the field was not recorded.
    package func first(_ key: String, or fallback: String) -> Location? {
        table[key]?.first ?? table[fallback]?.first
    }

    /// A problem at a recorded location, or at the start of the first file when nothing was recorded.
    /// - Parameter occurrence: Which of the items sharing an id this is (0 for the first): the second of two
    ///   observations with one id is placed on its own row, not on the first's.
    package func problem(
        _ kind: PlanFileProblem.Kind, _ key: String, or fallback: String, occurrence: Int = 0, _ message: String
    ) -> PlanFileProblem {
        let place: Location?
        if occurrence > 0, let all = table[key], all.indices.contains(occurrence) {
            place = all[occurrence]
        } else if occurrence > 0, let all = table[fallback], all.indices.contains(occurrence) {
            place = all[occurrence]
        } else {
            place = first(key, or: fallback)
        }
        guard let location = place, texts.indices.contains(location.text) else {
            let file = texts.first?.file ?? ""
            return PlanFileProblem(kind: kind, file: file, line: 1, column: 1, field: key, message: message)
        }
        return texts[location.text].problem(kind, at: location.offset, field: location.field, message)
    }
}
