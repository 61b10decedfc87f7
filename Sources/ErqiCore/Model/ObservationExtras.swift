/// The fields an ``Observation`` rarely sets, held once behind a reference so that the observation stays small.
///
/// Immutable: a setter on the observation makes a new one, so observations sharing it keep value semantics.
final class ObservationExtras: Sendable {
    let comparabilityNote: LocalizedText?
    let note: LocalizedText?
    let supersedes: [Observation.ID]?

    /// The extras of these fields, or `nil` when none is set.
    init?(comparabilityNote: LocalizedText?, note: LocalizedText?, supersedes: [Observation.ID]?) {
        if comparabilityNote == nil && note == nil && supersedes == nil { return nil }
        self.comparabilityNote = comparabilityNote
        self.note = note
        self.supersedes = supersedes
    }
}
