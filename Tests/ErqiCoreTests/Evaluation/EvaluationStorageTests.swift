import ErqiCore
import Foundation
import Testing

/// A target's evaluation is one reference to shared storage (issue #18): copying it into theme cards, plan lists
/// and the scorecard is a retain, not some 1,300 bytes, and it still behaves as a value.
struct EvaluationStorageTests {
    static func evaluation() -> TargetEvaluation {
        let dataset = Fixtures.erqi2020
        return Evaluator(dataset: dataset).evaluate(Fixtures.compoundTarget, asOf: Fixtures.date("2020-12-31"))
    }

    /// Before: 1,272 bytes (952 with the smaller dates and targets).
    @Test func anEvaluationIsOneReference() {
        #expect(MemoryLayout<TargetEvaluation>.size <= MemoryLayout<Int>.size)
    }

    @Test func aChangedCopyLeavesTheOriginalAlone() throws {
        let original = Self.evaluation()
        let status = original.status
        let figures = original.figures
        var copy = original
        #expect(copy == original)
        copy.status = status == .missed ? .achieved : .missed
        copy.figures.completion = 42
        copy.observationsUsed.removeAll()
        copy.target.title = "另一个"
        #expect(original.status == status && original.figures == figures)
        #expect(!original.observationsUsed.isEmpty && original.target.title == Fixtures.compoundTarget.title)
        #expect(copy != original)
        #expect(copy.figures.completion == 42 && copy.observationsUsed.isEmpty && copy.target.title == "另一个")
        var again = copy
        again.status = status
        again.figures = figures
        again.observationsUsed = original.observationsUsed
        again.target = original.target
        #expect(again == original && again.hashValue == original.hashValue)
        #expect(copy != again)
    }

    /// The same keys as the synthesized conformance wrote, absent optionals left out (their order is checked by
    /// the JSON reporter's golden files).
    @Test func anEvaluationCodesAsItsFields() throws {
        let evaluation = Self.evaluation()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(evaluation)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "actual", "actualApproximation", "actualDate", "actualQuality", "asOf", "check", "dataAgeDays",
                "dataIsStale", "figures", "indicator", "issues", "observationsInConflict", "observationsNotComparable",
                "observationsSuperseded", "observationsUsed", "requirementInForce", "revisionInForce", "status",
                "target",
            ])
        #expect(try JSONDecoder().decode(TargetEvaluation.self, from: data) == evaluation)
    }

    /// Two plans with a target on the same indicator and period count one figure twice; the check compares the
    /// indicator's number in the index and the period's days, so a target on another period is not counted.
    @Test func doubleCountedFiguresAreFoundByIndicatorNumber() {
        let first = Plan(
            id: "p1", title: "P1", period: Fixtures.period("2020"),
            themes: [Theme(id: "a", title: "A", targets: [Fixtures.compoundTarget])])
        var twin = Fixtures.compoundTarget
        twin.id = "twin"
        var otherYear = Fixtures.compoundTarget
        otherYear.id = "other-year"
        otherYear.period = Fixtures.period("2020-H1")
        let second = Plan(
            id: "p2", title: "P2", period: Fixtures.period("2020"),
            themes: [Theme(id: "b", title: "B", targets: [twin, otherYear])])
        var dataset = Fixtures.erqi2020
        dataset.plans = [first, second]
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2020-12-31"))
        #expect(scorecard.allTargetEvaluations.allSatisfy { $0.figures.gapClosed != nil })
        #expect(scorecard.rollup.doubleCountedFigures == 1)
    }
}
