import ErqiCore
import Foundation
import Testing

/// The policy calculations on the real 2020 figures of Erqi District.
struct Erqi2020Tests {
    let evaluator = Evaluator(dataset: Fixtures.erqi2020)

    @Test func investmentMissedAtYearEnd() throws {
        let evaluation = evaluator.evaluate(Fixtures.investmentTarget, asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.status == .missed)
        #expect(evaluation.actual == ExactDecimal(38_810_000_000))
        // 388.1 / 518, rounded to 20 significant digits (ties to even) before display rounding.
        #expect(evaluation.figures.completion.map(ExactDecimal.plainText) == "0.7492277992277992278")
        #expect(
            try evaluation.figures.completion.map { (try $0 * 100).rounded(places: 1) } == Fixtures.decimal("74.9"))
        // Shortfall 129.9亿元.
        #expect(evaluation.figures.shortfall == ExactDecimal(12_990_000_000))
        #expect(evaluation.check == .fails)
        #expect(evaluation.observationsUsed.map(\.id) == ["invest-2020"])
    }

    @Test func investmentHasNoDataAtMidYear() {
        let evaluation = evaluator.evaluate(Fixtures.investmentTarget, asOf: Fixtures.date("2020-06-30"))
        #expect(evaluation.status == .noData)
        #expect(evaluation.reason == .noObservations)
    }

    @Test func compoundsBehindLinearPaceAtMidYear() throws {
        let evaluation = evaluator.evaluate(Fixtures.compoundTarget, asOf: Fixtures.date("2020-06-30"))
        #expect(evaluation.revisionInForce == nil)
        #expect(evaluation.requirementInForce.value == Quantity(357, Fixtures.compoundUnit))
        #expect(evaluation.actual == 103)
        // e = 182 / 366 days (inclusive); p = 103 / 357; pace = p / e = 0.5802…
        let expected = try #require(evaluation.figures.expectedProgress)
        #expect(expected.rounded(places: 6) == Fixtures.decimal("0.497268"))
        let gap = try #require(evaluation.figures.gapClosed)
        #expect(gap.rounded(places: 6) == Fixtures.decimal("0.288515"))
        let pace = try #require(evaluation.figures.paceRatio)
        #expect(pace.rounded(places: 4) == Fixtures.decimal("0.5802"))
        #expect(evaluation.status == .offTrack)
        // Projection b + (a − b) / e = 103 × 366 / 182 = 207.13…
        let projection = try #require(evaluation.figures.projection)
        #expect(projection.rounded(places: 2) == Fixtures.decimal("207.13"))
        // (357 − 103) × 365.2425 / 184 days remaining per year, and a twelfth of it per month.
        let perYear = try #require(evaluation.figures.requiredPerYear)
        #expect(perYear.rounded(places: 2) == Fixtures.decimal("504.19"))
        let perMonth = try #require(evaluation.figures.requiredPerMonth)
        #expect(perMonth.rounded(places: 2) == Fixtures.decimal("42.02"))
    }

    @Test func compoundsMissedAgainstRevisedTarget() throws {
        let evaluation = evaluator.evaluate(Fixtures.compoundTarget, asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.revisionInForce == 0)
        #expect(evaluation.revision?.effectiveOn == Fixtures.date("2020-07-30"))
        #expect(evaluation.requirementInForce.value == Quantity(297, Fixtures.compoundUnit))
        #expect(evaluation.target.requirement.value == Quantity(357, Fixtures.compoundUnit))
        #expect(evaluation.actual == 236)
        #expect(evaluation.status == .missed)
        let revised = try #require(evaluation.figures.completion)
        #expect((try revised * 100).rounded(places: 1) == Fixtures.decimal("79.5"))
        let original = try #require(evaluation.figures.completionOfOriginal)
        #expect((try original * 100).rounded(places: 1) == Fixtures.decimal("66.1"))
        #expect(evaluation.figures.shortfall == 61)
        // The year figure is chosen over the half-year one: the chain from 1 January that ends latest.
        #expect(evaluation.observationsUsed.map(\.id) == ["compounds-2020"])
    }

    @Test func revisionInForceDependsOnTheDay() {
        #expect(Fixtures.compoundTarget.requirement(asOf: Fixtures.date("2020-07-29")).revision == nil)
        #expect(Fixtures.compoundTarget.requirement(asOf: Fixtures.date("2020-07-30")).revision == 0)
    }

    @Test func scorecardRollsUpThePlan() throws {
        let scorecard = evaluator.scorecard(asOf: Fixtures.date("2020-12-31"))
        let plan = try #require(scorecard.plans.first)
        #expect(plan.rollup.counts[.missed] == 2)
        #expect(plan.rollup.progressCount == 2)
        // Mean of the clamped gaps closed: (388.1/518 + 236/297) / 2.
        let mean = try #require(plan.rollup.meanProgress)
        #expect(mean.rounded(places: 4) == Fixtures.decimal("0.7719"))
        #expect(scorecard.achievements.map(\.id) == [])
    }
}
