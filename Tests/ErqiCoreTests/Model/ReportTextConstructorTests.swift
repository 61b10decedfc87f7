import ErqiCore
import Testing

/// Issue #15, point 4: a requirement and an observation built in code from report text, as plan files read them.
struct ReportTextConstructorTests {
    static let investment = Indicator(id: "investment", name: "固定资产投资", unit: .yuan)
    static let projects = Indicator(id: "projects", name: "重点项目", unit: .count(measureWord: "项"))
    static let spending = Indicator(id: "spending", name: "一般性支出", unit: .percent, direction: .lowerIsBetter)

    @Test(
        arguments: [
            ("确保518亿元以上", "investment", ComparisonOperator.atLeast, "51800000000", nil, Commitment.ensure),
            ("518亿元", "investment", .atLeast, "51800000000", nil, nil),
            ("超过100项", "projects", .greaterThan, "100", nil, nil),
            ("100余项", "projects", .greaterThan, "100", nil, nil),
            ("压减3%", "spending", .atMost, "-0.03", nil, nil),
            ("力争5%左右", "spending", .between, "0.0475", "0.0525", .strive),
            ("控制在3%以内", "spending", .atMost, "0.03", nil, nil),
        ] as [(String, String, ComparisonOperator, String, String?, Commitment?)])
    func aRequirementIsReadFromReportTextForAnIndicator(
        text: String, indicatorID: String, comparator: ComparisonOperator, value: String, upper: String?,
        commitment: Commitment?
    ) throws {
        let indicator = try #require(
            [Self.investment, Self.projects, Self.spending].first { $0.id.rawValue == indicatorID })
        let requirement = try Requirement(reading: text, for: indicator)
        #expect(requirement.comparator == comparator)
        #expect(requirement.value == (try Quantity(value, indicator.unit)))
        #expect(requirement.upperValue == (try upper.map { try Quantity($0, indicator.unit) }))
        #expect(requirement.commitment == commitment)
    }

    @Test func aRequirementThatCannotBeReadSaysWhyInPlainWords() {
        #expect(throws: ReportTextError.self) { try Requirement(reading: "亿元以上", for: Self.investment) }
        do {
            _ = try Requirement(reading: "518亿元以上", for: Self.projects)
            Issue.record("a requirement in 亿元 for a count of 项 was accepted")
        } catch {
            #expect(
                error
                    == .unitMismatch(
                        text: "518亿元以上", unit: .yuan, indicator: "projects", indicatorUnit: .count(measureWord: "项")))
            #expect(
                error.description
                    == "'518亿元以上' is in CNY but indicator 'projects' is in count:项; write the figure in the indicator's unit"
            )
        }
        do {
            _ = try Requirement(reading: "近200项", for: Self.projects)
            Issue.record("近200项 was taken for a requirement")
        } catch {
            guard case .notARequirement(let text, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(text == "近200项")
            #expect(reason == .nearlyIsNoRequirement(Quantity(200, .count(measureWord: "项"))))
            #expect(error.description.hasPrefix("'近200项' is not a requirement Erqi can check: 近 (nearly)"))
        }
    }

    @Test(arguments: [
        ("13.2万余户", Approximation.moreThan, "132000"),
        ("近200项", .nearly, "200"),
        ("约300项", .about, "300"),
        ("236项", .exact, "236"),
    ])
    func anObservationReadFromReportTextKeepsItsApproximation(
        text: String, approximation: Approximation, value: String
    ) throws {
        let unit = try QuantityLanguage.parse(text).quantity.unit
        let indicator = Indicator(id: "figure", name: "数字", unit: unit)
        let observation = try Observation(
            id: "o", indicator: indicator, period: try .year(2020), reading: text, quality: .estimate)
        #expect(observation.approximation == approximation)
        #expect(observation.value == (try Quantity(value, unit)))
        #expect(observation.quality == .estimate)
        #expect(observation.indicator == indicator.id)
    }

    /// "近200项" against "200项以上" is missed; the figure taken as exact (what passing `parsed.quantity` to the
    /// value initializer did) would be achieved.
    @Test func anObservationReadAsNearlyIsMissedAgainstItsFigure() throws {
        let target = Target(
            id: "t", title: "重点项目", indicator: Self.projects.id, period: try .year(2020),
            requirement: try Requirement(reading: "200项以上", for: Self.projects))
        let read = try Observation(id: "o", indicator: Self.projects, period: try .year(2020), reading: "近200项")
        let asOf = try CalendarDate(2020, 12, 31)
        let year = try Period.year(2020)
        func status(_ observation: Observation) -> EvaluationStatus {
            let dataset = Dataset(
                indicators: [Self.projects],
                plans: [
                    Plan(
                        id: "p", title: "计划", period: year,
                        themes: [Theme(id: "th", title: "主题", targets: [target])])
                ],
                observations: [observation])
            return Evaluator(dataset: dataset).evaluate(target, asOf: asOf).status
        }
        #expect(status(read) == .missed)
        var exact = read
        exact.approximation = .exact
        #expect(status(exact) == .achieved)
    }

    @Test func anObservationCannotCarryAComparatorOrARange() {
        #expect(throws: ReportTextError.notAFigure(text: "200项以上", .atLeast)) {
            try Observation(id: "o", indicator: Self.projects, period: try .year(2020), reading: "200项以上")
        }
        #expect(throws: ReportTextError.notAFigure(text: "2%至3%", .between)) {
            try Observation(id: "o", indicator: Self.spending, period: try .year(2020), reading: "2%至3%")
        }
        #expect(throws: ReportTextError.self) {
            try Observation(id: "o", indicator: Self.projects, period: try .year(2020), reading: "388.1亿元")
        }
    }
}
