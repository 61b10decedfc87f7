import Foundation

/// The share of a target expected by given days, when progress is not meant to be linear.
///
/// For 双过半 ("more than half by mid-year") use one checkpoint, half by 30 June. Between checkpoints, and
/// from the period's start (0) to the first one and from the last one to the period's end (1), the expected
/// share grows linearly by day. With no checkpoints the trajectory is linear over the whole period.
public struct Trajectory: Sendable, Hashable, Codable {
    /// A day and the share of the target expected by its end.
    public struct Checkpoint: Sendable, Hashable, Codable {
        /// The day.
        public var date: CalendarDate
        /// The expected share, a fraction from 0 to 1.
        public var share: ExactDecimal

        /// Creates a checkpoint.
        /// - Parameters:
        ///   - date: The day.
        ///   - share: The expected share by the end of that day.
        public init(date: CalendarDate, share: ExactDecimal) {
            self.date = date
            self.share = share
        }
    }

    /// The checkpoints, in date order.
    public var checkpoints: [Checkpoint]

    /// Creates a trajectory.
    /// - Parameter checkpoints: The checkpoints; they are sorted by date.
    public init(checkpoints: [Checkpoint]) {
        self.checkpoints = checkpoints.sorted { $0.date < $1.date }
    }

    /// The linear trajectory.
    public static let linear = Trajectory(checkpoints: [])
}
