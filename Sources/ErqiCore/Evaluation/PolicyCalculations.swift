/// The policy calculations of Erqi in ``ExactDecimal``, each a pure function: `+ − ×` exact, each division rounded to
/// 20 significant digits, ties to even.
///
/// Notation: b is the baseline (0 when absent), T the target value in force, a the actual, t0 and t1 the
/// first and last days of the period, and t the as-of day.
public enum PolicyCalculations {
    /// The mean length of a Gregorian year in days, 365.2425, used to express days as years.
    public static let daysPerYear = ExactDecimal(3_652_425, decimalPlaces: 4)

    /// Completion, `a / T`, for at-least targets with no baseline. 388.1亿 of 518亿 is 0.7492…
    /// - Parameters:
    ///   - actual: a.
    ///   - target: T.
    /// - Returns: The ratio, unrounded.
    /// - Throws: ``EvaluationError/zeroDivisor(name:)`` when T is 0.
    public static func completion(actual: ExactDecimal, target: ExactDecimal) throws(EvaluationError) -> ExactDecimal {
        if target.isZero { throw .zeroDivisor(name: "the target value") }
        return try checked { () throws(QuantityError) in try actual / target }
    }

    /// The share of the gap closed, `p = (a − b) / (T − b)`, raw: below 0 means regress, above 1 exceeded.
    ///
    /// For a lower-is-better target (T < b) both differences are negative, so the same formula holds.
    /// - Parameters:
    ///   - actual: a.
    ///   - baseline: b.
    ///   - target: T.
    /// - Returns: p, unclamped.
    /// - Throws: ``EvaluationError/targetEqualsBaseline(target:baseline:)`` when T = b.
    public static func gapClosed(actual: ExactDecimal, baseline: ExactDecimal, target: ExactDecimal)
        throws(EvaluationError)
        -> ExactDecimal
    {
        if target == baseline { throw .targetEqualsBaseline(target: target, baseline: baseline) }
        return try checked { () throws(QuantityError) in
            try (actual - baseline) / (target - baseline)
        }
    }

    /// Expected progress at the end of day t: `e = elapsedDays(t0, t) / totalDays(t0, t1)`, or the supplied
    /// trajectory's share interpolated by day.
    ///
    /// Days count inclusively, so e is 1 on the last day: for 2020 as of 2020-06-30, e = 182 / 366.
    /// Before the period e is 0; after it, 1.
    /// - Parameters:
    ///   - period: The period [t0, t1].
    ///   - date: t.
    ///   - trajectory: Checkpoints, or `nil` (or none) for linear progress.
    /// - Returns: e, from 0 to 1.
    public static func expectedProgress(period: Period, asOf date: CalendarDate, trajectory: Trajectory? = nil)
        -> ExactDecimal
    {
        if date < period.start { return 0 }
        if date >= period.end { return 1 }
        let total = period.dayCount
        let elapsed = period.start.days(to: date) + 1
        // Points (day position, share): start at (0, 0), checkpoints inside the period, end at (total, 1).
        var previousPosition = 0
        var previousShare = ExactDecimal(0)
        for checkpoint in trajectory?.checkpoints ?? [] where period.contains(checkpoint.date) {
            let position = period.start.days(to: checkpoint.date) + 1
            if elapsed <= position {
                return interpolate(
                    from: (previousPosition, previousShare), to: (position, checkpoint.share), at: elapsed)
            }
            previousPosition = position
            previousShare = checkpoint.share
        }
        return interpolate(from: (previousPosition, previousShare), to: (total, 1), at: elapsed)
    }

    /// The pace ratio, `p / e`: 1 means exactly on the expected path.
    /// - Parameters:
    ///   - gapClosed: p.
    ///   - expectedProgress: e.
    /// - Returns: The ratio.
    /// - Throws: ``EvaluationError/zeroDivisor(name:)`` when e is 0.
    public static func paceRatio(gapClosed: ExactDecimal, expectedProgress: ExactDecimal) throws(EvaluationError)
        -> ExactDecimal
    {
        if expectedProgress.isZero { throw .zeroDivisor(name: "the expected progress") }
        return try checked { () throws(QuantityError) in try gapClosed / expectedProgress }
    }

    /// The value at the period's end if the pace so far continues: `b + (a − b) / e`.
    /// - Parameters:
    ///   - actual: a.
    ///   - baseline: b.
    ///   - expectedProgress: e.
    /// - Returns: The projection.
    /// - Throws: ``EvaluationError/zeroDivisor(name:)`` when e is 0.
    public static func projection(actual: ExactDecimal, baseline: ExactDecimal, expectedProgress: ExactDecimal)
        throws(EvaluationError) -> ExactDecimal
    {
        if expectedProgress.isZero { throw .zeroDivisor(name: "the expected progress") }
        return try checked { () throws(QuantityError) in
            try baseline + (actual - baseline) / expectedProgress
        }
    }

    /// The rate needed for the rest of the period, `(T − a) / remaining`, per year and per month.
    ///
    /// Remaining time is `remainingDays / 365.2425` years, and twelve months a year. A negative rate means the
    /// target is already passed by that much.
    /// - Parameters:
    ///   - actual: a.
    ///   - target: T.
    ///   - remainingDays: Days from t (exclusive) to the due day (inclusive).
    /// - Returns: The amounts per year and per month, in the target's unit.
    /// - Throws: ``EvaluationError/zeroDivisor(name:)`` when no day remains.
    public static func requiredRate(actual: ExactDecimal, target: ExactDecimal, remainingDays: Int)
        throws(EvaluationError)
        -> (perYear: ExactDecimal, perMonth: ExactDecimal)
    {
        if remainingDays <= 0 { throw .zeroDivisor(name: "the remaining time") }
        return try checked { () throws(QuantityError) in
            let perYear = try (target - actual) * daysPerYear / ExactDecimal(remainingDays)
            return (perYear, try perYear / 12)
        }
    }

    private static func interpolate(from start: (Int, ExactDecimal), to end: (Int, ExactDecimal), at position: Int)
        -> ExactDecimal
    {
        let span = end.0 - start.0
        if span <= 0 { return end.1 }
        // The days are whole numbers below 2^63, and a fraction in 0…1 times a share difference of at most
        // 38 digits stays in range; on the impossible overflow the share reached so far stands.
        guard let fraction = try? ExactDecimal(position - start.0) / ExactDecimal(span) else { return start.1 }
        // From (.., 0) to (.., 1), as without a trajectory, the share is the fraction itself (0 + 1 × f = f).
        if start.1.isZero && end.1 == 1 { return fraction }
        return (try? start.1 + (end.1 - start.1) * fraction) ?? start.1
    }

    private static func checked<Result>(_ body: () throws(QuantityError) -> Result) throws(EvaluationError) -> Result {
        do {
            return try body()
        } catch {
            throw .quantity(error)
        }
    }
}
