import ErqiCore
import Foundation

/// Builders for the 2020 Erqi figures and small synthetic plans used across the tests.
enum Fixtures {
    static func date(_ text: String) -> CalendarDate {
        do { return try CalendarDate(iso: text) } catch { preconditionFailure("bad fixture date \(text)") }
    }

    static func period(_ text: String) -> Period {
        do { return try Period(parsing: text) } catch { preconditionFailure("bad fixture period \(text)") }
    }

    static func decimal(_ text: String) -> ExactDecimal {
        do { return try ExactDecimal.parse(text) } catch { preconditionFailure("bad fixture decimal \(text)") }
    }

    static func yuan(_ text: String, scale: Int = 1) -> Quantity {
        do { return try Quantity(text, .yuan, scale: scale) } catch { preconditionFailure("bad fixture \(text)") }
    }

    static let compoundUnit = QuantityUnit.count(measureWord: "个")

    static let investment = Indicator(id: "investment", name: "固定资产投资", unit: .yuan, kind: .flow)
    static let compounds = Indicator(id: "compounds", name: "老旧小区改造", unit: compoundUnit, kind: .flow)

    /// The 2020 plan's 518亿元以上 of investment.
    static let investmentTarget = Target(
        id: "invest-2020", title: "年度投资", indicator: investment.id, period: period("2020"),
        requirement: .atLeast(yuan("518", scale: 100_000_000)))

    /// The 2020 plan's 357 compounds, revised to 297 on 2020-07-30.
    static let compoundTarget = Target(
        id: "compounds-2020", title: "老旧小区", indicator: compounds.id, period: period("2020"),
        requirement: .atLeast(Quantity(357, compoundUnit)),
        revisions: [
            TargetRevision(effectiveOn: date("2020-07-30"), requirement: .atLeast(Quantity(297, compoundUnit)))
        ])

    static let erqi2020Observations = [
        Observation(
            id: "invest-2020", indicator: investment.id, period: period("2020"),
            value: yuan("388.1", scale: 100_000_000)),
        Observation(
            id: "compounds-h1", indicator: compounds.id, period: period("2020-H1"),
            value: Quantity(103, compoundUnit)),
        Observation(
            id: "compounds-2020", indicator: compounds.id, period: period("2020"),
            value: Quantity(236, compoundUnit)),
    ]

    static func dataset(
        indicators: [Indicator], targets: [Target], milestones: [Milestone] = [], observations: [Observation]
    ) -> Dataset {
        Dataset(
            indicators: indicators,
            plans: [
                Plan(
                    id: "plan", title: "计划", period: period("2020"),
                    themes: [Theme(id: "theme", title: "主题", targets: targets, milestones: milestones)])
            ],
            observations: observations)
    }

    static var erqi2020: Dataset {
        dataset(
            indicators: [investment, compounds], targets: [investmentTarget, compoundTarget],
            observations: erqi2020Observations)
    }
}
