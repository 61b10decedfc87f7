import Foundation
import Testing

@testable import ErqiCore

struct PolicyCalculationsTests {
    @Test(arguments: [
        // (actual, baseline, target, expected gap closed)
        ("236", "0", "297", "0.7946"),
        ("90", "100", "85", "0.6667"),  // lower is better: both differences negative
        ("110", "100", "85", "-0.6667"),  // regressed
        ("80", "100", "85", "1.3333"),  // exceeded
        ("120", "100", "110", "2"),
    ])
    func gapClosed(actual: String, baseline: String, target: String, expected: String) throws {
        let value = try PolicyCalculations.gapClosed(
            actual: Fixtures.decimal(actual), baseline: Fixtures.decimal(baseline), target: Fixtures.decimal(target))
        #expect(value.rounded(places: 4) == Fixtures.decimal(expected))
    }

    @Test func targetEqualToBaselineIsATypedError() {
        #expect(throws: EvaluationError.targetEqualsBaseline(target: 100, baseline: 100)) {
            try PolicyCalculations.gapClosed(actual: 90, baseline: 100, target: 100)
        }
    }

    @Test func zeroDivisorsAreTypedErrors() {
        #expect(throws: EvaluationError.zeroDivisor(name: "the target value")) {
            try PolicyCalculations.completion(actual: 5, target: 0)
        }
        #expect(throws: EvaluationError.zeroDivisor(name: "the expected progress")) {
            try PolicyCalculations.paceRatio(gapClosed: 1, expectedProgress: 0)
        }
        #expect(throws: EvaluationError.zeroDivisor(name: "the expected progress")) {
            try PolicyCalculations.projection(actual: 1, baseline: 0, expectedProgress: 0)
        }
        #expect(throws: EvaluationError.zeroDivisor(name: "the remaining time")) {
            try PolicyCalculations.requiredRate(actual: 1, target: 2, remainingDays: 0)
        }
    }

    @Test func overflowIsATypedError() throws {
        let huge = try ExactDecimal(significand: 9, exponent: 127)
        #expect(throws: EvaluationError.quantity(.overflow(operation: "division"))) {
            try PolicyCalculations.completion(
                actual: huge, target: (try ExactDecimal(significand: 1, exponent: -100)))
        }
    }

    @Test(arguments: [
        // (period, as of, expected share rounded to 6 places)
        ("2020", "2019-12-31", "0"),
        ("2020", "2020-01-01", "0.002732"),  // 1 / 366
        ("2020", "2020-06-30", "0.497268"),  // 182 / 366
        ("2020", "2020-12-31", "1"),
        ("2020", "2021-05-01", "1"),
        ("2021", "2021-06-30", "0.49589"),  // 181 / 365
        ("2021–2025", "2022-12-31", "0.399781"),  // 730 / 1826
    ])
    func linearExpectedProgress(period: String, asOf: String, expected: String) {
        let share = PolicyCalculations.expectedProgress(period: Fixtures.period(period), asOf: Fixtures.date(asOf))
        #expect(share.rounded(places: 6) == Fixtures.decimal(expected))
    }

    /// 双过半: half of the year's figure by 30 June, then linear to the end.
    @Test(arguments: [
        ("2020-03-31", "0.25"),  // 91 of 182 days towards the half
        ("2020-06-30", "0.5"),
        ("2020-09-30", "0.75"),  // 92 of 184 days towards the end
        ("2020-12-31", "1"),
    ])
    func suppliedTrajectory(asOf: String, expected: String) {
        let halfByJune = Trajectory(checkpoints: [
            .init(date: Fixtures.date("2020-06-30"), share: Fixtures.decimal("0.5"))
        ])
        let share = PolicyCalculations.expectedProgress(
            period: Fixtures.period("2020"), asOf: Fixtures.date(asOf), trajectory: halfByJune)
        #expect(share.rounded(places: 6) == Fixtures.decimal(expected))
    }

    @Test func growthRatesAndTheOpenSDGRatio() throws {
        // 100 → 121 over 731 days (2.0014 mean Gregorian years) is just under 10% a year.
        let observed = try GrowthAssessment.compoundAnnualGrowthRate(from: 100, to: 121, days: 731)
        #expect(observed == 0.099926)
        // 100 → 161.051 over 1826 days (4.9994 years) needs just over 10% a year.
        let required = try GrowthAssessment.compoundAnnualGrowthRate(
            from: 100, to: Fixtures.decimal("161.051"), days: 1826)
        #expect(required == 0.100012)
        let assessment = try GrowthAssessment(observedRate: observed, requiredRate: required)
        #expect(assessment.ratio == 0.99914)
        #expect(assessment.progress == .onTrack)
    }

    @Test(arguments: [
        (0.05, 0.1, GrowthAssessment.Progress.limitedProgress),  // R = 0.5
        (0.07, 0.1, .needsAcceleration),  // R = 0.7
        (0.096, 0.1, .onTrack),  // R = 0.96
        (-0.02, 0.1, .deterioration),  // R = −0.2
        (0.06, 0.1, .needsAcceleration),  // R = 0.6, the boundary is inclusive
    ])
    func growthThresholds(observed: Double, required: Double, expected: GrowthAssessment.Progress) throws {
        #expect(try GrowthAssessment(observedRate: observed, requiredRate: required).progress == expected)
    }

    @Test func growthNeedsPositiveValues() {
        #expect(throws: EvaluationError.notPositive(name: "the starting value", value: 0)) {
            try GrowthAssessment.compoundAnnualGrowthRate(from: 0, to: 5, days: 365)
        }
        #expect(throws: EvaluationError.zeroDivisor(name: "the required growth rate")) {
            try GrowthAssessment(observedRate: 0.1, requiredRate: 0)
        }
    }
}

struct DecimalToDoubleTests {
    @Test(arguments: [
        ("1.2345", 1.2345), ("0", 0), ("-15", -15), ("51800000000", 51_800_000_000), ("0.000001", 0.000001),
        ("123456789012345678901234567890", 1.2345678901234568e29), ("-0.5", -0.5),
    ])
    func convertsToFifteenSignificantDigits(text: String, expected: Double) throws {
        let value = try ExactDecimal.parse(text)
        let converted = GrowthAssessment.double(value)
        // 15 significant digits, truncated: the relative error stays below 1e-14.
        #expect(abs(converted - expected) <= abs(expected) * 1e-14)
    }
}
