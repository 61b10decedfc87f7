/// The fields many a ``Target`` leaves unset, held once behind a reference so that the target stays small.
///
/// Immutable: a setter on the target makes a new one, so targets sharing it keep value semantics.
final class TargetExtras: Sendable {
    let baseline: Baseline?
    let trajectory: Trajectory?
    let note: LocalizedText?

    /// The extras of these fields, or `nil` when none is set.
    init?(baseline: Baseline?, trajectory: Trajectory?, note: LocalizedText?) {
        if baseline == nil && trajectory == nil && note == nil { return nil }
        self.baseline = baseline
        self.trajectory = trajectory
        self.note = note
    }
}
