import ErqiCore
import Foundation
import Testing

/// Which observations make the actual figure: supersession, chains, conflicts and what is set aside.
struct SelectionTests {
    static let unit = QuantityUnit.count(measureWord: "所")
    static let schools = Indicator(id: "schools", name: "新建学校", unit: unit, kind: .flow)
    static let target = Target(
        id: "schools-2020", title: "新建学校", indicator: schools.id, period: Fixtures.period("2020"),
        requirement: .atLeast(Quantity(6, unit)))

    static func observation(
        _ id: Observation.ID, _ period: String, _ value: Int, quality: ObservationQuality = .final,
        note: LocalizedText? = nil, unit: QuantityUnit = unit
    ) -> Observation {
        Observation(
            id: id, indicator: schools.id, period: Fixtures.period(period), value: Quantity(value, unit),
            quality: quality, comparabilityNote: note)
    }

    static func evaluate(_ observations: [Observation], asOf: String = "2020-12-31") -> TargetEvaluation {
        let dataset = Fixtures.dataset(indicators: [schools], targets: [target], observations: observations)
        return Evaluator(dataset: dataset).evaluate(target, asOf: Fixtures.date(asOf))
    }

    @Test func finalSupersedesPreliminaryForTheSamePeriod() {
        let evaluation = Self.evaluate([
            Self.observation("preliminary", "2020", 5, quality: .preliminary),
            Self.observation("final", "2020", 7),
        ])
        #expect(evaluation.actual == 7)
        #expect(evaluation.observationsUsed.map(\.id) == ["final"])
        #expect(evaluation.observationsSuperseded.map(\.id) == ["preliminary"])
        #expect(evaluation.actualQuality == .final)
        #expect(evaluation.status == .achieved)
    }

    @Test func preliminaryAloneIsUsedAndMarked() {
        let evaluation = Self.evaluate([Self.observation("preliminary", "2020", 5, quality: .preliminary)])
        #expect(evaluation.actual == 5)
        #expect(evaluation.actualQuality == .preliminary)
        #expect(evaluation.status == .missed)
    }

    @Test func conflictingFiguresAreKeptAndReported() {
        let evaluation = Self.evaluate([Self.observation("a", "2020", 6), Self.observation("b", "2020", 8)])
        #expect(evaluation.actual == 6)
        #expect(evaluation.issues == [.conflictingFigures(used: "a", others: ["b"])])
    }

    @Test func equalFiguresCorroborateWithoutConflict() {
        let evaluation = Self.evaluate([Self.observation("a", "2020", 6), Self.observation("b", "2020", 6)])
        #expect(evaluation.issues.isEmpty)
        #expect(evaluation.actual == 6)
    }

    @Test func flowsChainFromThePeriodStart() {
        let evaluation = Self.evaluate([
            Self.observation("h1", "2020-H1", 2),
            Self.observation("q3", "2020-Q3", 1),
            Self.observation("oct", "2020-10", 1),
        ])
        #expect(evaluation.actual == 4)
        #expect(evaluation.observationsUsed.map(\.id) == ["h1", "q3", "oct"])
        #expect(evaluation.actualDate == Fixtures.date("2020-10-31"))
    }

    @Test func flowWithoutAStartIsACoverageGap() {
        let evaluation = Self.evaluate([Self.observation("q3", "2020-Q3", 3)])
        #expect(evaluation.status == .noData)
        #expect(evaluation.reason == .coverageGap)
        #expect(evaluation.issues == [.coverageGap(observations: ["q3"])])
    }

    @Test func figuresAfterTheAsOfDayAreNotYetKnown() {
        let evaluation = Self.evaluate([Self.observation("year", "2020", 7)], asOf: "2020-12-30")
        #expect(evaluation.status == .noData)
    }

    @Test func incomparableFiguresAreShownNotCompared() {
        // Target: 6 new schools; the report: 12 schools and kindergartens together.
        let evaluation = Self.evaluate([Self.observation("mixed", "2020", 12, note: "学校与幼儿园合计")])
        #expect(evaluation.status == .notComparable)
        #expect(evaluation.reason == .onlyIncomparableObservations)
        #expect(evaluation.observationsNotComparable.map(\.id) == ["mixed"])
        #expect(evaluation.figures.completion == nil)
    }

    @Test func observationsInAnotherUnitAreReported() {
        let evaluation = Self.evaluate([Self.observation("wrong", "2020", 6, unit: .count(measureWord: "个"))])
        #expect(evaluation.status == .noData)
        #expect(
            evaluation.issues == [
                .observationUnitMismatch(observation: "wrong", expected: Self.unit, found: .count(measureWord: "个"))
            ])
    }

    @Test func unknownIndicatorIsReported() {
        var orphan = Self.target
        orphan.indicator = "missing"
        let dataset = Fixtures.dataset(indicators: [Self.schools], targets: [orphan], observations: [])
        let evaluation = Evaluator(dataset: dataset).evaluate(orphan, asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.status == .noData)
        #expect(evaluation.reason == .unknownIndicator)
        #expect(evaluation.issues == [.unknownIndicator("missing")])
    }

    @Test func requirementInAnotherUnitIsReported() {
        var wrong = Self.target
        wrong.requirement = .atLeast(Quantity(6, .count(measureWord: "个")))
        let dataset = Fixtures.dataset(indicators: [Self.schools], targets: [wrong], observations: [])
        let evaluation = Evaluator(dataset: dataset).evaluate(wrong, asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.reason == .requirementUnitMismatch)
        #expect(evaluation.issues == [.requirementUnitMismatch(expected: Self.unit, found: .count(measureWord: "个"))])
    }

    @Test func overflowingSumIsReportedNotTrapped() throws {
        let nines = Fixtures.decimal(String(repeating: "9", count: 38))
        let huge = Quantity(value: try nines * ExactDecimal(significand: 1, exponent: 127), unit: Self.unit)
        let observations = (1...4).map { month in  // 4 × 9.99…e164 exceeds ExactDecimal's 3.4e165
            Observation(
                id: Observation.ID("m\(month)"), indicator: Self.schools.id,
                period: Fixtures.period("2020-0\(month)"), value: huge)
        }
        let evaluation = Self.evaluate(observations)
        #expect(evaluation.status == .noData)
        #expect(evaluation.reason == .arithmeticOverflow)
    }
}
