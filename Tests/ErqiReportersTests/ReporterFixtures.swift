import ErqiCore
import Foundation

/// The scorecards every reporter is tested with: the Erqi 2020 figures, and one full of hostile text.
enum ReporterFixtures {
    static func date(_ text: String) -> CalendarDate {
        do { return try CalendarDate(iso: text) } catch { preconditionFailure("bad fixture date \(text)") }
    }

    static func period(_ text: String) -> Period {
        do { return try Period(parsing: text) } catch { preconditionFailure("bad fixture period \(text)") }
    }

    static func quantity(_ text: String, _ unit: QuantityUnit, scale: Int = 1) -> Quantity {
        do { return try Quantity(text, unit, scale: scale) } catch { preconditionFailure("bad fixture \(text)") }
    }

    static let yi = 100_000_000
    static let wan = 10_000

    // MARK: - Erqi 2020

    /// The Erqi 2020 dataset: the plan's investment and compound targets with the reported figures, and targets
    /// that exercise every status, a milestone of each kind, an achievement without a target, a comparability
    /// note and a superseded preliminary figure.
    static var erqi2020Dataset: Dataset {
        let plan: Source.ID = "plan-2020"
        let midYear: Source.ID = "midyear-2020"
        let report: Source.ID = "report-2020"
        let sources = [
            Source(
                id: plan, title: LocalizedText(zh: "二七区2020年工作计划", en: "Erqi District 2020 work plan"),
                publishedOn: date("2020-01-10"), locator: "seeds/2020-plan.txt"),
            Source(
                id: midYear, title: LocalizedText(zh: "2020年年中工作会议", en: "2020 mid-year meeting"),
                publishedOn: date("2020-07-30"), locator: "seeds/2020-midyear.txt"),
            Source(
                id: report, title: LocalizedText(zh: "2020年工作总结", en: "2020 annual report"),
                publishedOn: date("2020-12-31"), locator: "seeds/2020-report.txt"),
        ]
        func cite(_ source: Source.ID, _ line: Int, _ literal: String? = nil) -> SourceCitation {
            SourceCitation(source: source, line: line, literal: literal)
        }
        let ge = QuantityUnit.count(measureWord: "个")
        let hu = QuantityUnit.count(measureWord: "户")
        let xiang = QuantityUnit.count(measureWord: "项")
        let suo = QuantityUnit.count(measureWord: "所")
        let ren = QuantityUnit.count(measureWord: "人")
        let renci = QuantityUnit.count(measureWord: "人次")
        let indicators = [
            Indicator(id: "investment", name: LocalizedText(zh: "固定资产投资", en: "Fixed-asset investment"), unit: .yuan),
            Indicator(id: "compounds", name: LocalizedText(zh: "老旧小区改造", en: "Old compounds renovated"), unit: ge),
            Indicator(id: "market-entities", name: LocalizedText(zh: "新增市场主体", en: "New market entities"), unit: hu),
            Indicator(id: "projects-started", name: LocalizedText(zh: "新开工项目", en: "Projects started"), unit: xiang),
            Indicator(id: "green-area", name: LocalizedText(zh: "新增绿地", en: "New green space"), unit: .squareMetres),
            Indicator(
                id: "unemployment", name: LocalizedText(zh: "城镇调查失业率", en: "Surveyed urban unemployment"),
                unit: .percent, direction: .lowerIsBetter, kind: .rate),
            Indicator(
                id: "schools", name: LocalizedText(zh: "新建学校和幼儿园", en: "New schools and kindergartens"), unit: suo),
            Indicator(
                id: "elderly-care", name: LocalizedText(zh: "社区养老服务中心", en: "Community elderly-care centres"), unit: suo
            ),
            Indicator(id: "jobs", name: LocalizedText(zh: "城镇新增就业", en: "New urban jobs"), unit: ren),
            Indicator(id: "roads", name: LocalizedText(zh: "新建道路", en: "New roads"), unit: .kilometres),
            Indicator(
                id: "school-renovation", name: LocalizedText(zh: "校舍改造", en: "School buildings renovated"), unit: suo),
            Indicator(id: "pocket-parks", name: LocalizedText(zh: "口袋公园", en: "Pocket parks"), unit: ge),
            Indicator(id: "sewers", name: LocalizedText(zh: "雨污分流管网", en: "Separated sewers"), unit: .kilometres),
            Indicator(id: "visitors", name: LocalizedText(zh: "接待游客", en: "Visitors received"), unit: renci),
        ]
        let year = period("2020")
        let twoYears = period("2020–2021")
        let keyWork = Theme(
            id: "key-work", title: LocalizedText(zh: "七项重点工作", en: "Seven key tasks"),
            themes: [
                Theme(
                    id: "livelihood", title: LocalizedText(zh: "民生实事", en: "Public services"),
                    targets: [
                        Target(
                            id: "schools-2020",
                            title: LocalizedText(zh: "新建学校6所、公办幼儿园13所", en: "6 schools and 13 kindergartens"),
                            indicator: "schools", period: year, requirement: .atLeast(Quantity(19, suo)),
                            citation: cite(plan, 41, "新建学校6所、公办幼儿园13所")),
                        Target(
                            id: "elderly-care-2020", title: LocalizedText(zh: "建成社区养老服务中心", en: "Elderly-care centres"),
                            indicator: "elderly-care", period: year, requirement: .atLeast(Quantity(12, suo)),
                            citation: cite(plan, 44, "12所")),
                    ],
                    milestones: [
                        Milestone(
                            id: "projects-by-june",
                            title: LocalizedText(zh: "新建项目6月底前全部开工", en: "All new projects under way by 30 June"),
                            due: date("2020-06-30"),
                            evidence: [.init(date: date("2020-06-28"), isDone: true, citation: cite(midYear, 12))],
                            citation: cite(plan, 18)),
                        Milestone(
                            id: "spatial-plan", title: LocalizedText(zh: "完成国土空间规划编制", en: "Finish the spatial plan"),
                            due: date("2020-10-31"), citation: cite(plan, 52)),
                        Milestone(
                            id: "metro-2021", title: LocalizedText(zh: "地铁站点周边整治", en: "Tidy the metro station areas"),
                            due: date("2021-06-30"), citation: cite(plan, 57)),
                    ])
            ],
            targets: [
                Target(
                    id: "invest-2020", title: LocalizedText(zh: "年度固定资产投资", en: "Annual fixed-asset investment"),
                    indicator: "investment", period: year, requirement: .atLeast(quantity("518", .yuan, scale: yi)),
                    citation: cite(plan, 12, "518亿元以上")),
                Target(
                    id: "compounds-2020", title: LocalizedText(zh: "老旧小区改造", en: "Renovate old compounds"),
                    indicator: "compounds", period: year, requirement: .atLeast(Quantity(357, ge)),
                    revisions: [
                        TargetRevision(
                            effectiveOn: date("2020-07-30"), requirement: .atLeast(Quantity(297, ge)),
                            citation: cite(midYear, 23, "297个"),
                            reason: LocalizedText(zh: "年中会议调整改造计划", en: "plan changed at the mid-year meeting"))
                    ],
                    citation: cite(plan, 27, "357个")),
                Target(
                    id: "market-entities-2020", title: LocalizedText(zh: "新增市场主体", en: "New market entities"),
                    indicator: "market-entities", period: year, requirement: .atLeast(quantity("13.2", hu, scale: wan)),
                    citation: cite(plan, 31, "13.2万户")),
                Target(
                    id: "projects-2020", title: LocalizedText(zh: "新开工项目", en: "Projects started"),
                    indicator: "projects-started", period: year, requirement: .atLeast(Quantity(300, xiang)),
                    citation: cite(plan, 33, "300项以上")),
                Target(
                    id: "green-2020", title: LocalizedText(zh: "新增绿地", en: "New green space"),
                    indicator: "green-area", period: year,
                    requirement: .atLeast(quantity("50", .squareMetres, scale: wan)), citation: cite(plan, 36, "50万平方米")
                ),
                Target(
                    id: "unemployment-2020", title: LocalizedText(zh: "城镇调查失业率", en: "Urban unemployment rate"),
                    indicator: "unemployment", period: year, requirement: .atMost(quantity("0.055", .percent)),
                    citation: cite(plan, 38, "5.5%以内")),
            ])
        let coreAreas = Theme(
            id: "core-areas", title: LocalizedText(zh: "六个核心板块", en: "Six core areas"),
            targets: [
                Target(
                    id: "jobs-2021", title: LocalizedText(zh: "城镇新增就业", en: "New urban jobs"),
                    indicator: "jobs", period: twoYears, requirement: .atLeast(Quantity(20000, ren)),
                    citation: cite(plan, 61, "2万人")),
                Target(
                    id: "roads-2021", title: LocalizedText(zh: "新建道路", en: "New roads"),
                    indicator: "roads", period: twoYears, requirement: .atLeast(Quantity(100, .kilometres)),
                    citation: cite(plan, 63, "100公里")),
                Target(
                    id: "school-renovation-2021", title: LocalizedText(zh: "校舍改造", en: "Renovate school buildings"),
                    indicator: "school-renovation", period: twoYears, requirement: .atLeast(Quantity(40, suo)),
                    citation: cite(plan, 65, "40所")),
                Target(
                    id: "pocket-parks-2021",
                    title: LocalizedText(
                        zh: "在二七广场、德化街、大学路、航海路、长江路、嵩山路沿线及火车站西广场周边片区建设和提升改造具有地方文化特色的口袋公园、街头游园和城市绿道",
                        en:
                            "Build and upgrade pocket parks, street gardens and greenways with local character along Erqi Square, Dehua Street, Daxue Road, Hanghai Road, Changjiang Road, Songshan Road and around the west square of the railway station"
                    ),
                    indicator: "pocket-parks", period: twoYears, requirement: .atLeast(Quantity(10, ge)),
                    citation: cite(plan, 67, "10个")),
                Target(
                    id: "sewers-2021", title: LocalizedText(zh: "雨污分流管网改造", en: "Separate sewers"),
                    indicator: "sewers", period: period("2021"), requirement: .atLeast(Quantity(5, .kilometres)),
                    citation: cite(plan, 70, "5公里")),
            ])
        let observations = [
            Observation(
                id: "invest-2020", indicator: "investment", period: year, value: quantity("388.1", .yuan, scale: yi),
                citation: cite(report, 8, "388.1亿元")),
            Observation(
                id: "compounds-h1", indicator: "compounds", period: period("2020-H1"), value: Quantity(103, ge),
                citation: cite(midYear, 21, "103个")),
            Observation(
                id: "compounds-2020", indicator: "compounds", period: year, value: Quantity(236, ge),
                citation: cite(report, 15, "236个")),
            Observation(
                id: "market-entities-2020", indicator: "market-entities", period: year,
                value: quantity("13.2", hu, scale: wan), approximation: .moreThan, citation: cite(report, 19, "13.2万余户")
            ),
            Observation(
                id: "projects-2020", indicator: "projects-started", period: year, value: Quantity(300, xiang),
                approximation: .about, citation: cite(report, 22, "约300项")),
            Observation(
                id: "green-2020-preliminary", indicator: "green-area", period: year,
                value: quantity("48", .squareMetres, scale: wan), quality: .preliminary,
                citation: cite(midYear, 30, "预计48万平方米")),
            Observation(
                id: "green-2020", indicator: "green-area", period: year,
                value: quantity("52.6", .squareMetres, scale: wan),
                citation: cite(report, 25, "52.6万平方米")),
            Observation(
                id: "unemployment-2020", indicator: "unemployment", period: year, value: quantity("0.048", .percent),
                citation: cite(report, 27, "4.8%")),
            Observation(
                id: "schools-2020", indicator: "schools", period: year, value: Quantity(12, suo),
                citation: cite(report, 33, "12所"),
                comparabilityNote: LocalizedText(
                    zh: "报告称“学校和幼儿园开办12所”，未分列学校与幼儿园",
                    en: "the report counts 12 schools and kindergartens together")),
            Observation(
                id: "jobs-2020", indicator: "jobs", period: year, value: Quantity(12000, ren),
                citation: cite(report, 40, "1.2万人")),
            Observation(
                id: "roads-2020", indicator: "roads", period: year, value: Quantity(50, .kilometres),
                citation: cite(report, 42, "50公里")),
            Observation(
                id: "school-renovation-2020", indicator: "school-renovation", period: year, value: Quantity(18, suo),
                citation: cite(report, 44, "18所")),
            Observation(
                id: "pocket-parks-2020", indicator: "pocket-parks", period: year, value: Quantity(2, ge),
                citation: cite(report, 46, "2个")),
            Observation(
                id: "visitors-2020", indicator: "visitors", period: year, value: quantity("1250", renci, scale: wan),
                approximation: .about, citation: cite(report, 50, "约1250万人次")),
        ]
        return Dataset(
            sources: sources, indicators: indicators,
            plans: [
                Plan(
                    id: "erqi-2020", title: LocalizedText(zh: "二七区2020年工作计划", en: "Erqi District 2020 work plan"),
                    period: year, source: plan, themes: [keyWork, coreAreas])
            ],
            observations: observations)
    }

    /// The Erqi 2020 scorecard as of 2020-12-31, with every figure in each target's period kept (as `erqi` keeps
    /// them for the HTML report's trend charts).
    static var erqi2020: Scorecard {
        var evaluator = Evaluator(dataset: erqi2020Dataset)
        evaluator.keepsFiguresInPeriod = true
        return evaluator.scorecard(asOf: date("2020-12-31"))
    }

    // MARK: - Hostile

    /// Names and values that break naive writers.
    static let hostileTexts: [String] = [
        "He said \"hi\", then left",
        "a,b,c",
        "line one\r\nline two\nline three\rend",
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
        "| pipe | in | table |",
        "二七区老旧小区改造提质",
        "emoji 👩‍👩‍👧 🇨🇳 ✅ 🏗️",
        "مرحبا بالعالم — עברית \u{202E}override\u{202C} end",
        String(repeating: "很长很长的名字", count: 120),
        "-15",
        "+1",
        "@SUM(A1:A2)",
        "\tleading tab",
        "'apostrophe",
        "`code` *bold* _it_ [link](javascript:alert(1)) ![img](x) # head",
        "&amp; &lt;b&gt;",
        "\u{1B}[31mred\u{1B}[0m bell\u{07}",
        "</style></title><img src=x onerror=alert(1)>",
        "",
    ]

    /// A scorecard whose every name, id, note and locator is hostile, with extreme values.
    static var hostile: Scorecard {
        let texts = hostileTexts
        func text(_ index: Int) -> String { texts[index % texts.count] }
        func localized(_ index: Int) -> LocalizedText { LocalizedText(zh: text(index), en: text(index + 7)) }
        let source = Source(
            id: Source.ID(text(3)), title: localized(4), publishedOn: date("2020-01-01"), locator: text(5),
            note: LocalizedText(zh: text(6)))
        let weird = QuantityUnit.count(measureWord: "个,\"\r\n|<b>")
        var indicators: [Indicator] = []
        var targets: [Target] = []
        var observations: [Observation] = []
        let huge = quantity("12345678901234567890123456789012345678", weird)
        let tiny = quantity("0.00000000000000000001", weird)
        let values: [(target: Quantity, actual: Quantity?, approximation: Approximation)] = [
            (Quantity(-15, weird), Quantity(-20, weird), .exact),
            (huge, huge, .moreThan),
            (tiny, quantity("0.00000000000000000003", weird), .nearly),
            (Quantity(0, weird), Quantity(5, weird), .about),
            (Quantity(300, weird), nil, .exact),
        ]
        for index in texts.indices {
            let indicatorID = Indicator.ID("\(text(index))#\(index)")
            indicators.append(Indicator(id: indicatorID, name: localized(index + 1), unit: weird))
            let value = values[index % values.count]
            targets.append(
                Target(
                    id: Target.ID("\(text(index + 2))#\(index)"), title: localized(index), indicator: indicatorID,
                    period: period(index % 2 == 0 ? "2020" : "2020–2021"), requirement: .atLeast(value.target),
                    revisions: index % 3 == 0
                        ? [
                            TargetRevision(
                                effectiveOn: date("2020-07-30"), requirement: .atLeast(value.target),
                                citation: SourceCitation(source: source.id, line: index, literal: text(index + 3)),
                                reason: LocalizedText(zh: text(index + 4)))
                        ] : [],
                    citation: SourceCitation(source: source.id, line: index, literal: text(index + 5)),
                    note: LocalizedText(zh: text(index + 6))))
            if let actual = value.actual {
                observations.append(
                    Observation(
                        id: Observation.ID("\(text(index + 1))#\(index)"), indicator: indicatorID,
                        period: period("2020"),
                        value: actual, approximation: value.approximation,
                        quality: index % 4 == 0 ? .preliminary : .final,
                        citation: SourceCitation(source: source.id, line: index, literal: text(index + 8)),
                        comparabilityNote: index % 5 == 4 ? LocalizedText(zh: text(index + 9)) : nil,
                        note: LocalizedText(zh: text(index + 10))))
            }
        }
        // An achievement without a target.
        let loose = Indicator(id: Indicator.ID(text(4)), name: localized(9), unit: weird)
        indicators.append(loose)
        observations.append(
            Observation(
                id: Observation.ID(text(0)), indicator: loose.id, period: period("2020"), value: Quantity(-15, weird),
                citation: SourceCitation(source: source.id, line: nil, literal: text(3))))
        // A target on an indicator the dataset does not define.
        targets.append(
            Target(
                id: Target.ID(text(18)), title: localized(18), indicator: Indicator.ID(text(17)),
                period: period("2020"),
                requirement: .atLeast(Quantity(1, weird))))
        let themes = [
            Theme(
                id: Theme.ID(text(4)), title: localized(5), targets: Array(targets.prefix(10)),
                milestones: [
                    Milestone(id: Milestone.ID(text(3)), title: localized(3), due: date("2020-06-30")),
                    Milestone(
                        id: Milestone.ID(text(6)), title: localized(9), due: date("2020-03-31"),
                        evidence: [
                            .init(
                                date: date("2020-05-01"), isDone: true,
                                citation: SourceCitation(source: source.id, line: 1, literal: text(4)))
                        ]),
                ]),
            Theme(
                id: Theme.ID(text(5)), title: localized(8),
                themes: [Theme(id: Theme.ID(text(9)), title: localized(9), targets: Array(targets.dropFirst(10)))]),
        ]
        let dataset = Dataset(
            sources: [source], indicators: indicators,
            plans: [
                Plan(
                    id: Plan.ID(text(0)), title: localized(2), period: period("2020"), source: source.id, themes: themes
                ),
                Plan(id: Plan.ID(text(1)), title: localized(10), period: period("2020"), themes: []),
            ],
            observations: observations)
        return Evaluator(dataset: dataset).scorecard(asOf: date("2020-12-31"))
    }
}
