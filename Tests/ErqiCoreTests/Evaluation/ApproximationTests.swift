import ErqiCore
import Foundation
import Testing

struct ApproximationTests {
    static let fivePercent = Fixtures.decimal("0.05")

    @Test(arguments: [
        // 13.2万余 against ≥ 132000: above it, achieved.
        (ComparisonOperator.atLeast, "132000", "132000", Approximation.moreThan, RequirementCheck.holds),
        // 近200 against ≥ 200: just under, missed.
        (.atLeast, "200", "200", .nearly, .fails),
        // 约300 against ≥ 300: could be either.
        (.atLeast, "300", "300", .about, .undetermined),
        (.atLeast, "300", "400", .about, .holds),  // [380, 420]
        (.atLeast, "300", "290", .about, .undetermined),  // [275.5, 304.5]
        (.atLeast, "300", "250", .about, .fails),  // [237.5, 262.5]
        (.greaterThan, "200", "200", .moreThan, .holds),
        (.greaterThan, "200", "200", .exact, .fails),
        (.atMost, "100", "100", .nearly, .holds),
        (.atMost, "100", "100", .moreThan, .fails),
        (.atMost, "100", "98", .about, .undetermined),
        (.lessThan, "100", "100", .nearly, .holds),
        (.lessThan, "100", "100", .exact, .fails),
        (.exactly, "50", "50", .exact, .holds),
        (.exactly, "50", "50", .about, .undetermined),
        (.exactly, "50", "60", .about, .fails),
    ])
    func check(
        comparator: ComparisonOperator, target: String, actual: String, approximation: Approximation,
        expected: RequirementCheck
    ) throws {
        let requirement = try Requirement(comparator, Quantity(target, .count(measureWord: "户")))
        #expect(
            requirement.check(
                Fixtures.decimal(actual), approximation: approximation,
                tolerance: Self.fivePercent) == expected)
    }

    @Test func approximationsDecideStatusesHonestly() {
        let households = Indicator(id: "households", name: "户数", unit: .count(measureWord: "户"))
        func status(_ actual: String, _ approximation: Approximation, target: Int) -> TargetEvaluation {
            let target = Target(
                id: "t", title: "t", indicator: households.id, period: Fixtures.period("2020"),
                requirement: .atLeast(Quantity(target, .count(measureWord: "户"))))
            let observation = Observation(
                id: "o", indicator: households.id, period: Fixtures.period("2020"),
                value: Quantity(value: Fixtures.decimal(actual), unit: .count(measureWord: "户")),
                approximation: approximation)
            let dataset = Fixtures.dataset(indicators: [households], targets: [target], observations: [observation])
            return Evaluator(dataset: dataset).evaluate(target, asOf: Fixtures.date("2020-12-31"))
        }
        #expect(status("132000", .moreThan, target: 132_000).status == .achieved)
        #expect(status("200", .nearly, target: 200).status == .missed)
        let about = status("300", .about, target: 300)
        #expect(about.status == .undetermined)
        #expect(about.reason == .approximateActualStraddlesRequirement)
        // The figures are still computed on the stated value.
        #expect(about.figures.completion == 1)
    }

    @Test func sumsCombineApproximations() {
        #expect(Approximation.exact.combined(with: .moreThan) == .moreThan)
        #expect(Approximation.moreThan.combined(with: .moreThan) == .moreThan)
        #expect(Approximation.moreThan.combined(with: .nearly) == .about)
        #expect(Approximation.nearly.combined(with: .exact) == .nearly)
    }
}
