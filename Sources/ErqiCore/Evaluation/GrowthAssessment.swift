import Foundation

/// Growth of an indicator against the growth its target needs: CAGR and the Open SDG ratio R.
///
/// The compound annual growth rate needs a fractional power, so it is computed in `Double` and rounded to
/// ``decimalPlaces`` places. It is reported beside the exact figures and never fed back into them.
public struct GrowthAssessment: Sendable, Hashable, Codable {
    /// How a growth ratio R is classed (Open SDG / Statistics Canada).
    public enum Progress: String, Sendable, Hashable, Codable, CaseIterable {
        /// R ≥ 0.95.
        case onTrack
        /// 0.6 ≤ R < 0.95.
        case needsAcceleration
        /// 0 ≤ R < 0.6.
        case limitedProgress
        /// R < 0.
        case deterioration
    }

    /// The precision of every figure here: 6 decimal places.
    public static let decimalPlaces = 6

    /// The observed CAGR from the baseline to the actual.
    public var observedRate: Double
    /// The CAGR needed from the baseline to reach the target by the due day.
    public var requiredRate: Double
    /// R = observed / required.
    public var ratio: Double
    /// R's class.
    public var progress: Progress

    /// Creates an assessment from the two rates.
    /// - Parameters:
    ///   - observedRate: The observed CAGR.
    ///   - requiredRate: The required CAGR.
    ///   - policy: The thresholds for R.
    /// - Throws: ``EvaluationError/zeroDivisor(name:)`` when the required rate is 0.
    public init(observedRate: Double, requiredRate: Double, policy: EvaluationPolicy = .standard)
        throws(EvaluationError)
    {
        let observed = GrowthAssessment.round(observedRate)
        let required = GrowthAssessment.round(requiredRate)
        if required == 0 { throw .zeroDivisor(name: "the required growth rate") }
        let ratio = GrowthAssessment.round(observed / required)
        self.observedRate = observed
        self.requiredRate = required
        self.ratio = ratio
        if ratio >= policy.growthOnTrackRatio {
            progress = .onTrack
        } else if ratio >= policy.growthAccelerationRatio {
            progress = .needsAcceleration
        } else if ratio >= 0 {
            progress = .limitedProgress
        } else {
            progress = .deterioration
        }
    }

    /// The compound annual growth rate `(end / start)^(1 / years) − 1`, rounded to 6 places.
    /// - Parameters:
    ///   - start: The value at the start; positive.
    ///   - end: The value at the end; positive.
    ///   - days: The days between them; positive.
    /// - Returns: The rate, e.g. 0.05 for 5% a year.
    /// - Throws: ``EvaluationError/notPositive(name:value:)`` for a value or a span that is not positive.
    public static func compoundAnnualGrowthRate(from start: ExactDecimal, to end: ExactDecimal, days: Int)
        throws(EvaluationError) -> Double
    {
        if start <= 0 { throw .notPositive(name: "the starting value", value: start) }
        if end <= 0 { throw .notPositive(name: "the ending value", value: end) }
        if days <= 0 { throw .notPositive(name: "the span in days", value: ExactDecimal(days)) }
        let years = Double(days) / 365.2425
        let growth = double(end) / double(start)
        return round(Foundation.pow(growth, 1 / years) - 1)
    }

    private static func round(_ value: Double) -> Double {
        let scale = 1_000_000.0
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// Converts a decimal to a double through its 15 leading significant digits (truncated), as growth rates have
    /// always been computed: the digits as an integer, scaled back by `pow(10, −shift)` in `Double`.
    /// - Parameter value: The value.
    /// - Returns: The value as a `Double`.
    static func double(_ value: ExactDecimal) -> Double {
        if value.isZero { return 0 }
        var magnitude = value.significand.magnitude
        var digits = 1
        var power: UInt128 = 10
        while digits < ExactDecimal.maximumSignificantDigits, power <= magnitude {
            digits += 1
            power *= 10
        }
        // The power of ten of the leading digit, and the 15 leading digits as an integer.
        let leading = value.exponent + digits - 1
        while digits > 15 {
            magnitude /= 10
            digits -= 1
        }
        while digits < 15 {
            magnitude *= 10
            digits += 1
        }
        let shift = 14 - leading
        let result = Double(UInt64(magnitude)) * Foundation.pow(10, Double(-shift))
        return value.isNegative ? -result : result
    }
}
