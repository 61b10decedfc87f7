import Foundation

/// The thresholds the evaluator applies; every default is documented and can be changed.
public struct EvaluationPolicy: Sendable, Hashable, Codable {
    /// A running target whose pace ratio is at least this is ``EvaluationStatus/ahead``. Default 1.1.
    public var aheadThreshold: ExactDecimal
    /// A running target whose pace ratio is at least this is ``EvaluationStatus/onTrack``. Default 0.95.
    public var onTrackThreshold: ExactDecimal
    /// A running target whose pace ratio is at least this is ``EvaluationStatus/atRisk``; below, it is
    /// ``EvaluationStatus/offTrack``. Default 0.8.
    public var atRiskThreshold: ExactDecimal
    /// The relative width of an approximate figure's range. Default 0.05 (5%).
    ///
    /// "约300" stands for [285, 315]; "300余" for (300, 315]; "近300" for [285, 300).
    public var approximationTolerance: ExactDecimal
    /// Open SDG growth ratio R at or above which a growth indicator is on track. Default 0.95.
    public var growthOnTrackRatio: Double
    /// Open SDG growth ratio R at or above which (and below on track) it needs acceleration. Default 0.6;
    /// from 0 up to this it shows limited progress, and below 0 deterioration.
    public var growthAccelerationRatio: Double
    /// A target's data is stale when the latest figure's date lies more than this many days before the day the
    /// data is needed to reach (the as-of day, or the due day once the period has ended). Default 92 (a
    /// quarter): a first-half figure for a yearly target judged after the end of September is stale.
    public var staleAfterDays: Int

    /// Creates a policy.
    /// - Parameters:
    ///   - aheadThreshold: The pace ratio for ahead.
    ///   - onTrackThreshold: The pace ratio for on track.
    ///   - atRiskThreshold: The pace ratio for at risk.
    ///   - approximationTolerance: The relative width of an approximate figure's range.
    ///   - growthOnTrackRatio: R for on track.
    ///   - growthAccelerationRatio: R for needs acceleration.
    ///   - staleAfterDays: How many days the data may lie before the as-of day before it is stale.
    public init(
        aheadThreshold: ExactDecimal = ExactDecimal(11, decimalPlaces: 1),
        onTrackThreshold: ExactDecimal = ExactDecimal(95, decimalPlaces: 2),
        atRiskThreshold: ExactDecimal = ExactDecimal(8, decimalPlaces: 1),
        approximationTolerance: ExactDecimal = ExactDecimal(5, decimalPlaces: 2),
        growthOnTrackRatio: Double = 0.95,
        growthAccelerationRatio: Double = 0.6,
        staleAfterDays: Int = 92
    ) {
        self.aheadThreshold = aheadThreshold
        self.onTrackThreshold = onTrackThreshold
        self.atRiskThreshold = atRiskThreshold
        self.approximationTolerance = approximationTolerance
        self.growthOnTrackRatio = growthOnTrackRatio
        self.growthAccelerationRatio = growthAccelerationRatio
        self.staleAfterDays = max(0, staleAfterDays)
    }

    /// The documented defaults.
    public static let standard = EvaluationPolicy()

    /// The running status for a pace ratio.
    /// - Parameter paceRatio: Gap closed divided by expected progress.
    /// - Returns: ahead, on track, at risk or off track.
    public func status(forPaceRatio paceRatio: ExactDecimal) -> EvaluationStatus {
        if paceRatio >= aheadThreshold { return .ahead }
        if paceRatio >= onTrackThreshold { return .onTrack }
        if paceRatio >= atRiskThreshold { return .atRisk }
        return .offTrack
    }
}
