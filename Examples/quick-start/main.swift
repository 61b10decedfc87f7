// The README's quick start: a small plan defined in code, evaluated as of two days.
import ErqiCore
import Foundation

func quickStart() throws {
    // Sources: where each figure is stated.
    let plan2020: Source.ID = "plan-2020"
    let annualReport: Source.ID = "report-2020"

    // Indicators: what is measured.
    let investment = Indicator(
        id: "fixed-asset-investment", name: LocalizedText(zh: "固定资产投资", en: "Fixed-asset investment"),
        unit: .yuan, kind: .flow)
    let compounds = Indicator(
        id: "old-compounds-renovated", name: LocalizedText(zh: "老旧小区改造", en: "Old compounds renovated"),
        unit: .count(measureWord: "个"), kind: .flow)

    // Targets: 518亿元以上 of investment; 357 compounds, revised to 297 on 2020-07-30.
    let year2020 = try Period.year(2020)
    let investmentTarget = Target(
        id: "invest-2020", title: LocalizedText(zh: "年度投资", en: "Annual investment"),
        indicator: investment.id, period: year2020,
        requirement: .atLeast(try Quantity("518", .yuan, scale: 100_000_000)),
        citation: SourceCitation(source: plan2020, literal: "518亿元以上"))
    let compoundTarget = Target(
        id: "compounds-2020", title: LocalizedText(zh: "老旧小区改造", en: "Renovate old compounds"),
        indicator: compounds.id, period: year2020,
        requirement: .atLeast(Quantity(357, .count(measureWord: "个"))),
        revisions: [
            TargetRevision(
                effectiveOn: try CalendarDate(2020, 7, 30),
                requirement: .atLeast(Quantity(297, .count(measureWord: "个"))), reason: "mid-year review")
        ])

    // Observations: what was reported, and where.
    let observations = [
        Observation(
            id: "compounds-h1", indicator: compounds.id, period: try Period.half(2020, 1),
            value: Quantity(103, .count(measureWord: "个"))),
        Observation(
            id: "compounds-2020", indicator: compounds.id, period: year2020,
            value: Quantity(236, .count(measureWord: "个")), citation: SourceCitation(source: annualReport)),
        Observation(
            id: "investment-2020", indicator: investment.id, period: year2020,
            value: try Quantity("388.1", .yuan, scale: 100_000_000),
            citation: SourceCitation(source: annualReport, literal: "388.1亿元")),
    ]

    let dataset = Dataset(
        indicators: [investment, compounds],
        plans: [
            Plan(
                id: "erqi-2020", title: LocalizedText(zh: "2020年工作计划", en: "2020 work plan"), period: year2020,
                themes: [
                    Theme(id: "key-work", title: "重点工作", targets: [investmentTarget, compoundTarget])
                ])
        ],
        observations: observations)

    let evaluator = Evaluator(dataset: dataset)
    for asOf in [try CalendarDate(2020, 6, 30), try CalendarDate(2020, 12, 31)] {
        print("As of \(asOf):")
        for evaluation in evaluator.scorecard(asOf: asOf).allTargetEvaluations {
            let actual = evaluation.actual?.description ?? "–"
            let progress = evaluation.figures.completion ?? evaluation.figures.gapClosed
            let percent = progress.flatMap { try? "\(($0 * 100).rounded(places: 1))%" }
            var line = "  \(evaluation.target.id): \(evaluation.status.rawValue), "
            line += "target \(evaluation.requirementInForce), actual \(actual), completion \(percent ?? "–")"
            if let pace = evaluation.figures.paceRatio {
                line += ", pace ratio \(pace.rounded(places: 3))"
            }
            print(line)
        }
    }
}

do {
    try quickStart()
} catch {
    print("quick-start failed: \(error)")
}
