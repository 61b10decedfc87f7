import ErqiOrgReporter
// Evaluates a small plan (Erqi's 2020 investment and compound targets) and prints it as Org-mode.
import ErqiReporting

/// Standard output as a `TextOutputStream`.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) { print(string, terminator: "") }
}

func run() throws {
    let year = try Period.year(2020)
    let compounds = QuantityUnit.count(measureWord: "个")
    let investment = Indicator(
        id: "investment", name: LocalizedText(zh: "固定资产投资", en: "Fixed-asset investment"), unit: .yuan)
    let renovated = Indicator(
        id: "compounds", name: LocalizedText(zh: "老旧小区改造", en: "Old compounds renovated"), unit: compounds)
    let plan = Plan(
        id: "erqi-2020", title: LocalizedText(zh: "二七区2020年工作计划", en: "Erqi District 2020 work plan"),
        period: year,
        themes: [
            Theme(
                id: "key-work", title: LocalizedText(zh: "重点工作", en: "Key work"),
                targets: [
                    Target(
                        id: "invest-2020", title: LocalizedText(zh: "年度投资", en: "Annual investment"),
                        indicator: investment.id, period: year,
                        requirement: .atLeast(try Quantity("518", .yuan, scale: 100_000_000))),
                    Target(
                        id: "compounds-2020", title: LocalizedText(zh: "老旧小区改造 | 提质", en: "Renovate | upgrade"),
                        indicator: renovated.id, period: year, requirement: .atLeast(Quantity(357, compounds)),
                        revisions: [
                            TargetRevision(
                                effectiveOn: try CalendarDate(2020, 7, 30),
                                requirement: .atLeast(Quantity(297, compounds)))
                        ]),
                ],
                milestones: [
                    Milestone(
                        id: "by-june", title: LocalizedText(zh: "新建项目6月底前开工", en: "New projects under way by June"),
                        due: try CalendarDate(2020, 6, 30),
                        evidence: [.init(date: try CalendarDate(2020, 6, 28), isDone: true)])
                ])
        ])
    let dataset = Dataset(
        indicators: [investment, renovated], plans: [plan],
        observations: [
            Observation(
                id: "invest", indicator: investment.id, period: year,
                value: try Quantity("388.1", .yuan, scale: 100_000_000)),
            Observation(
                id: "compounds-h1", indicator: renovated.id, period: try .half(2020, 1), value: Quantity(103, compounds)
            ),
            Observation(id: "compounds", indicator: renovated.id, period: year, value: Quantity(236, compounds)),
        ])
    let language: Language = CommandLine.arguments.contains("--en") ? .en : .zh
    let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(2020, 12, 31))
    var output = StandardOutput()
    try OrgReporter(options: ReportOptions(language: language)).write(scorecard, to: &output)
}

do {
    try run()
} catch {
    print("org-report: \(error)")
}
