import Foundation
import Testing

@testable import ErqiCore

/// The columnar observation index selects exactly what the straightforward row-by-row path selects, and the
/// evaluator built on it gives the same scorecard on one core and on several.
struct ColumnarIndexTests {
    static let units: [QuantityUnit] = [.yuan, .percent, .count(measureWord: "所"), .count(measureWord: nil)]

    /// A seeded random plan: indicators of every kind, observations in shuffled order with overlapping periods,
    /// every quality and approximation, comparability notes, figures in the wrong unit, `supersedes` (cycles
    /// included), sources with and without a publication day, and one indicator the dataset does not define.
    static func randomData(seed: UInt64) -> (indicators: [Indicator], observations: [Observation], sources: [Source]) {
        var random = SplitMix64(seed: seed)
        let kinds: [IndicatorKind] = [.flow, .stock, .rate]
        let indicators = (0..<6).map { number in
            Indicator(
                id: Indicator.ID("i\(number)"), name: LocalizedText(zh: "指标\(number)"),
                unit: units[Int.random(in: 0..<units.count, using: &random)],
                kind: kinds[number % kinds.count])
        }
        let sources = (0..<5).map { number in
            Source(
                id: Source.ID("s\(number % 4)"), title: "来源",
                publishedOn: Bool.random(using: &random)
                    ? try? Fixtures.date("2020-01-01").adding(days: Int.random(in: 0...900, using: &random)) : nil,
                locator: "x")
        }
        let periods = [
            "2020", "2020-H1", "2020-H2", "2020-Q1", "2020-Q2", "2020-Q3", "2020-01", "2020-02", "2020-03", "2020-04",
            "2020-05", "2020-06", "2020-07", "2020-12", "2020-06-30", "2020-12-31", "2021", "2021-01", "2021-H1",
            "2019-12", "2020-01-01..2020-02-15", "2020-02-16..2020-06-30", "2020–2021",
        ].map(Fixtures.period)
        let count = Int.random(in: 0...400, using: &random)
        var observations: [Observation] = []
        var indicatorNumber = 0
        for number in 0..<count {
            // Runs of one indicator, as files usually come, broken at random.
            if Int.random(in: 0..<4, using: &random) == 0 { indicatorNumber = Int.random(in: 0...6, using: &random) }
            let indicator: Indicator.ID = indicatorNumber == 6 ? "undefined" : indicators[indicatorNumber].id
            let expectedUnit = indicatorNumber == 6 ? units[0] : indicators[indicatorNumber].unit
            let unit =
                Int.random(in: 0..<15, using: &random) == 0
                ? units[Int.random(in: 0..<units.count, using: &random)] : expectedUnit
            let value = ExactDecimal(
                Int.random(in: -3...12, using: &random), decimalPlaces: Int8.random(in: 0...1, using: &random))
            let approximation: Approximation =
                Int.random(in: 0..<5, using: &random) == 0
                ? Approximation.allCases.randomElement(using: &random) ?? .exact : .exact
            let supersedes: [Observation.ID]? =
                Int.random(in: 0..<12, using: &random) == 0
                ? [Observation.ID("o\(Int.random(in: 0..<max(1, count), using: &random))")] : nil
            observations.append(
                Observation(
                    id: Observation.ID("o\(number)"), indicator: indicator,
                    period: periods[Int.random(in: 0..<periods.count, using: &random)],
                    value: Quantity(value: value, unit: unit), approximation: approximation,
                    quality: ObservationQuality.allCases.randomElement(using: &random) ?? .final,
                    citation: Bool.random(using: &random)
                        ? SourceCitation(source: Source.ID("s\(Int.random(in: 0...4, using: &random))")) : nil,
                    comparabilityNote: Int.random(in: 0..<10, using: &random) == 0 ? "口径不同" : nil,
                    supersedes: supersedes))
        }
        return (indicators, observations, sources)
    }

    @Test func columnarSelectionMatchesTheStraightforwardPathOnRandomPlans() throws {
        let asOfDays = [
            "2019-12-31", "2020-03-31", "2020-06-30", "2020-07-15", "2020-12-31", "2021-06-30", "2022-01-01",
        ]
        .map(Fixtures.date)
        let targetPeriods = ["2020", "2020-H1", "2020-Q2", "2020-01-01..2020-06-30", "2020–2021", "2021"]
            .map(Fixtures.period)
        var compared = 0
        var withActual = 0
        var withIssues = 0
        for seed in UInt64(1)...60 {
            let data = Self.randomData(seed: seed)
            let columnar = ObservationIndex(data.observations, sources: data.sources)
            let reference = ReferenceSelection(data.observations, sources: data.sources)
            let orphan = Indicator(id: "undefined", name: "未定义", unit: Self.units[0], kind: .flow)
            for indicator in data.indicators + [orphan] {
                for period in targetPeriods {
                    for asOf in asOfDays {
                        let expected = reference.select(indicator: indicator, period: period, asOf: asOf)
                        let actual = columnar.select(indicator: indicator, period: period, asOf: asOf)
                        #expect(actual == expected, "seed \(seed), \(indicator.id), \(period), as of \(asOf)")
                        compared += 1
                        if expected.actual != nil { withActual += 1 }
                        if !expected.issues.isEmpty { withIssues += 1 }
                    }
                }
            }
        }
        // The random plans exercise the rules, not only empty selections.
        #expect(compared == 60 * 7 * 6 * 7)
        #expect(withActual > compared / 4)
        #expect(withIssues > compared / 20)
    }

    @Test func columnarAchievementsMatchTheStraightforwardPathOnRandomPlans() throws {
        let asOf = Fixtures.date("2020-12-31")
        for seed in UInt64(1)...40 {
            let data = Self.randomData(seed: seed)
            let targets = data.indicators.enumerated().map { number, indicator in
                Target(
                    id: Target.ID("t\(number)"), title: "目标", indicator: indicator.id,
                    period: Fixtures.period(number.isMultiple(of: 2) ? "2020-H1" : "2020"),
                    requirement: .atLeast(Quantity(value: 5, unit: indicator.unit)))
            }
            var dataset = Fixtures.dataset(
                indicators: data.indicators, targets: targets, observations: data.observations)
            dataset.sources = data.sources
            let card = Evaluator(dataset: dataset).scorecard(asOf: asOf)

            // The straightforward path: every figure known by the as-of day outside each target period of its
            // indicator, groups of one indicator and period settled by the reference rules.
            let reference = ReferenceSelection(data.observations, sources: data.sources)
            var kept: [Int] = []
            for (position, observation) in data.observations.enumerated() where observation.date <= asOf {
                let covered = targets.contains {
                    $0.indicator == observation.indicator && $0.period.contains(observation.period)
                }
                if !covered { kept.append(position) }
            }
            var groups: [String: [Int]] = [:]
            for position in kept {
                let observation = data.observations[position]
                groups["\(observation.indicator)|\(observation.period)", default: []].append(position)
            }
            var superseded: [Int] = []
            var conflicting: [Int] = []
            for group in groups.values where group.count > 1 {
                let settlement = reference.settle(group.sorted())
                superseded += settlement.superseded
                conflicting += settlement.conflicting
            }
            let setAside = Set(superseded + conflicting)
            #expect(
                card.achievements.map(\.id) == kept.filter { !setAside.contains($0) }.map { data.observations[$0].id })
            #expect(card.achievementsSuperseded.map(\.id) == superseded.sorted().map { data.observations[$0].id })
            #expect(card.achievementsInConflict.map(\.id) == conflicting.sorted().map { data.observations[$0].id })
        }
    }

    @Test func columnarScorecardIsTheSameOnOneCoreAndOnSeveral() async throws {
        let asOf = Fixtures.date("2020-09-30")
        for seed in UInt64(1)...10 {
            let data = Self.randomData(seed: seed)
            let targets = (0..<40).map { number in
                let indicator = data.indicators[number % data.indicators.count]
                return Target(
                    id: Target.ID("t\(number)"), title: "目标", indicator: indicator.id,
                    period: Fixtures.period(["2020", "2020-H1", "2020–2021"][number % 3]),
                    requirement: .atLeast(Quantity(value: ExactDecimal(number % 9), unit: indicator.unit)))
            }
            var dataset = Fixtures.dataset(
                indicators: data.indicators, targets: targets, observations: data.observations)
            dataset.sources = data.sources
            let evaluator = Evaluator(dataset: dataset)
            let serial = evaluator.scorecard(asOf: asOf)
            for parallelism in [2, 3, 8] {
                #expect(await evaluator.scorecard(asOf: asOf, parallelism: parallelism) == serial)
            }
        }
    }
}
