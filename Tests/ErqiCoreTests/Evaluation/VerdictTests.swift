import ErqiCore
import ErqiReporting
import Foundation
import Testing

/// Issue 14: verdicts a reviewer can trust. Each test is named after the point it covers.
struct VerdictTests {
    static let items = QuantityUnit.count(measureWord: "项")
    static let projects = Indicator(id: "projects", name: "重点项目", unit: items, kind: .flow)
    static let leave = Indicator(id: "leave", name: "停工天数", unit: .days, direction: .lowerIsBetter, kind: .flow)
    static let investment = Fixtures.investment

    static func evaluate(_ target: Target, _ indicator: Indicator, _ observations: [Observation], asOf: String)
        -> TargetEvaluation
    {
        let dataset = Fixtures.dataset(indicators: [indicator], targets: [target], observations: observations)
        return Evaluator(dataset: dataset).evaluate(target, asOf: Fixtures.date(asOf))
    }

    static func observation(
        _ id: String, _ indicator: Indicator, _ period: String, _ value: Quantity,
        approximation: Approximation = .exact, quality: ObservationQuality = .final
    ) -> Observation {
        Observation(
            id: Observation.ID(id), indicator: indicator.id, period: Fixtures.period(period), value: value,
            approximation: approximation, quality: quality)
    }

    // MARK: - 5. Missed by approximation

    /// "近200项" against "200项以上" is missed, and the figures beside it must say so: completion just below
    /// 100% and a shortfall above 0, never an unmarked 100.0% and 0项.
    @Test func missedByApproximationNeverShowsFullCompletion() throws {
        let target = Target(
            id: "projects", title: "重点项目", indicator: Self.projects.id, period: Fixtures.period("2020"),
            requirement: .atLeast(Quantity(200, Self.items)))
        let nearly = Self.observation("p", Self.projects, "2020", Quantity(200, Self.items), approximation: .nearly)
        let evaluation = Self.evaluate(target, Self.projects, [nearly], asOf: "2020-12-31")
        #expect(evaluation.status == .missed)
        #expect(evaluation.figures.completion == 1)
        #expect(evaluation.figures.shortfall == 0)
        let zh = ReportOptions(language: .zh)
        #expect(zh.progressText(for: evaluation) == "<100.0%")
        #expect(zh.shortfallText(for: evaluation) == ">0项")
        let notes = zh.notes(for: evaluation, markup: .plain)
        #expect(notes.contains("重点项目: 差额 >0项"))
        #expect(!notes.contains("重点项目: 差额 0项"))
        // 13.2万余 against ≥ 132000 is achieved and shown above 100%, 约 with its mark.
        let more = Self.observation("q", Self.projects, "2020", Quantity(200, Self.items), approximation: .moreThan)
        let achieved = Self.evaluate(target, Self.projects, [more], asOf: "2020-12-31")
        #expect(achieved.status == .achieved)
        #expect(zh.progressText(for: achieved) == ">100.0%")
    }

    /// An exact 199.96 of 200 rounds to 100.0% at one place: the mark keeps the shown figure below 100%.
    @Test func missedByRoundingNeverShowsFullCompletion() throws {
        let target = Target(
            id: "projects", title: "重点项目", indicator: Self.projects.id, period: Fixtures.period("2020"),
            requirement: .atLeast(Quantity(value: Fixtures.decimal("200"), unit: Self.items)))
        let close = Self.observation(
            "p", Self.projects, "2020", Quantity(value: Fixtures.decimal("199.96"), unit: Self.items))
        let evaluation = Self.evaluate(target, Self.projects, [close], asOf: "2020-12-31")
        #expect(evaluation.status == .missed)
        #expect(ReportOptions(language: .en).progressText(for: evaluation) == "<100.0%")
    }

    // MARK: - 4. Caps projected past their limit

    /// 12 of 20 allowed days used by 30 June, judged on 31 July: the projection passes 20 days, so the cap is
    /// at risk, not on track.
    @Test func capProjectedPastItsLimitIsNeverOnTrack() throws {
        let cap = Target(
            id: "leave", title: "停工天数", indicator: Self.leave.id, period: Fixtures.period("2020"),
            requirement: .atMost(Quantity(20, .days)))
        let used = Self.observation("h1", Self.leave, "2020-H1", Quantity(12, .days))
        for asOf in ["2020-06-30", "2020-07-31"] {
            let evaluation = Self.evaluate(cap, Self.leave, [used], asOf: asOf)
            let projection = try #require(evaluation.figures.projection)
            #expect(projection > 20, "\(asOf)")
            #expect(evaluation.status == .atRisk || evaluation.status == .offTrack, "\(asOf): \(evaluation.status)")
        }
        // 8 days by 30 June projects to about 16: within the cap, on track or ahead.
        let light = Self.observation("h1", Self.leave, "2020-H1", Quantity(8, .days))
        let fine = Self.evaluate(cap, Self.leave, [light], asOf: "2020-06-30")
        #expect(fine.status == .ahead || fine.status == .onTrack)
    }

    /// Seeded random caps: whenever the projection passes the limit, the status is at risk or off track.
    @Test func capProjectionPastLimitProperty() throws {
        var random = SplitMix64(seed: 0xCA9)
        for _ in 0..<200 {
            let limit = Int.random(in: 1...400, using: &random)
            let used = Int.random(in: 0...400, using: &random)
            let month = Int.random(in: 1...11, using: &random)
            let cap = Target(
                id: "leave", title: "停工天数", indicator: Self.leave.id, period: Fixtures.period("2020"),
                requirement: .atMost(Quantity(limit, .days)))
            let period = try Period(start: CalendarDate(2020, 1, 1), end: CalendarDate(2020, month, 28))
            let observation = Observation(
                id: "o", indicator: Self.leave.id, period: period, value: Quantity(used, .days))
            let evaluation = Evaluator(
                dataset: Fixtures.dataset(indicators: [Self.leave], targets: [cap], observations: [observation])
            ).evaluate(cap, asOf: try CalendarDate(2020, month, 28))
            if let projection = evaluation.figures.projection, projection > ExactDecimal(limit) {
                #expect(
                    evaluation.status == .atRisk || evaluation.status == .offTrack,
                    "limit \(limit), used \(used) by month \(month): \(evaluation.status)")
            }
        }
    }

    // MARK: - 11. A final verdict from part of the period

    @Test(arguments: [
        // At least 518亿 for the year, only a first-half figure: 388.1亿 proves nothing yet; 600亿 already does.
        ("invest", "388.1", "incompleteData"),
        ("invest", "600", "achieved"),
        // At most 20 days for the year, only a first-half figure: 12 proves nothing; 25 is already over.
        ("leave", "12", "incompleteData"),
        ("leave", "25", "missed"),
    ])
    func partialPeriodFigureDecidesOnlyWhatItProves(kind: String, value: String, expected: String) throws {
        let evaluation: TargetEvaluation
        if kind == "invest" {
            let observation = Self.observation(
                "h1", Self.investment, "2020-H1",
                Quantity(value: try Fixtures.decimal(value) * 100_000_000, unit: .yuan))
            evaluation = Self.evaluate(Fixtures.investmentTarget, Self.investment, [observation], asOf: "2020-12-31")
        } else {
            let cap = Target(
                id: "leave", title: "停工天数", indicator: Self.leave.id, period: Fixtures.period("2020"),
                requirement: .atMost(Quantity(20, .days)))
            let observation = Self.observation(
                "h1", Self.leave, "2020-H1", Quantity(value: Fixtures.decimal(value), unit: .days))
            evaluation = Self.evaluate(cap, Self.leave, [observation], asOf: "2021-03-31")
        }
        #expect(evaluation.status.rawValue == expected)
        #expect(evaluation.actualDate == Fixtures.date("2020-06-30"))
    }

    /// The note under an incomplete-data verdict says why and how far the data reaches, in the report's language.
    @Test func incompleteDataSaysHowFarTheDataReaches() throws {
        let observation = Self.observation("h1", Self.investment, "2020-H1", Fixtures.yuan("388.1", scale: 100_000_000))
        let evaluation = Self.evaluate(Fixtures.investmentTarget, Self.investment, [observation], asOf: "2020-12-31")
        #expect(evaluation.status == .incompleteData)
        #expect(evaluation.reason == .partialPeriodData)
        let zh = ReportOptions(language: .zh).notes(for: evaluation, markup: .plain)
        #expect(zh.first == "年度投资: 数据不全 (期间已结束，但数据只覆盖其前一部分，尚不能判定): 数据截至 2020-06-30")
        let en = ReportOptions(language: .en).notes(for: evaluation, markup: .plain)
        #expect(en.first?.hasSuffix(": data as of 2020-06-30") == true)
        #expect(en.first?.contains("incomplete data") == true)
    }

    // MARK: - 2. Pace at the data's date

    /// The same first-half figure (264.7亿 of 518亿, to 30 June) keeps its expected progress, pace, projection
    /// and status whether it is judged on 30 June or on 31 July; the later report says how old the data is.
    @Test func paceIsJudgedAtTheDataDateNotTheAsOfDay() throws {
        let h1 = Self.observation("h1", Self.investment, "2020-H1", Fixtures.yuan("264.7", scale: 100_000_000))
        let june = Self.evaluate(Fixtures.investmentTarget, Self.investment, [h1], asOf: "2020-06-30")
        let july = Self.evaluate(Fixtures.investmentTarget, Self.investment, [h1], asOf: "2020-07-31")
        #expect(june.status == .onTrack)
        #expect(july.status == june.status)
        #expect(july.figures.expectedProgress == june.figures.expectedProgress)
        #expect(july.figures.paceRatio == june.figures.paceRatio)
        #expect(july.figures.projection == june.figures.projection)
        #expect(july.figures.requiredPerYear == june.figures.requiredPerYear)
        // 264.7亿 / (182 / 366) = 532.3亿 (264.7 × 366 / 182 = 532.30…).
        let projection = try #require(july.figures.projection)
        #expect((try projection / 100_000_000).rounded(places: 1) == Fixtures.decimal("532.3"))
        #expect(june.dataAgeDays == 0)
        #expect(july.dataAgeDays == 31)
        #expect(july.dataIsStale == false)
        let zh = ReportOptions(language: .zh).notes(for: july, markup: .plain)
        #expect(zh.contains("年度投资: 数据截至 2020-06-30"))
        #expect(ReportOptions(language: .zh).notes(for: june, markup: .plain).isEmpty)
    }

    /// Data more than ``EvaluationPolicy/staleAfterDays`` (92) days old is flagged stale, in words.
    @Test func staleDataIsFlaggedSeparately() throws {
        let h1 = Self.observation("h1", Self.investment, "2020-H1", Fixtures.yuan("264.7", scale: 100_000_000))
        let september = Self.evaluate(Fixtures.investmentTarget, Self.investment, [h1], asOf: "2020-09-30")
        #expect(september.dataAgeDays == 92)
        #expect(september.dataIsStale == false)
        let october = Self.evaluate(Fixtures.investmentTarget, Self.investment, [h1], asOf: "2020-10-01")
        #expect(october.dataIsStale == true)
        #expect(october.status == september.status)
        let en = ReportOptions(language: .en).notes(for: october, markup: .plain)
        #expect(en.contains("年度投资: data as of 2020-06-30 (stale data)"))
        // After the period, a complete yearly figure is as old as it needs to be, however late the report.
        let year = Self.observation("y", Self.investment, "2020", Fixtures.yuan("388.1", scale: 100_000_000))
        let later = Self.evaluate(Fixtures.investmentTarget, Self.investment, [year], asOf: "2021-12-31")
        #expect(later.dataAgeDays == 0)
        #expect(later.dataIsStale == false)
        #expect(ReportOptions(language: .zh).notes(for: later, markup: .plain) == ["年度投资: 差额 129.9亿元"])
        let strict = Evaluator(
            dataset: Fixtures.dataset(
                indicators: [Self.investment], targets: [Fixtures.investmentTarget], observations: [h1]),
            policy: EvaluationPolicy(staleAfterDays: 30))
        #expect(strict.evaluate(Fixtures.investmentTarget, asOf: Fixtures.date("2020-07-31")).dataIsStale == true)
    }

    // MARK: - 7. Conflicting figures

    static let early = Source(
        id: "early", title: "年报", publishedOn: Fixtures.date("2021-01-20"), locator: "early.txt")
    static let late = Source(
        id: "late", title: "五年回顾", publishedOn: Fixtures.date("2021-06-01"), locator: "late.txt")

    static func cited(
        _ id: String, _ literal: String, _ source: Source, quality: ObservationQuality = .final,
        supersedes: [Observation.ID]? = nil
    ) -> Observation {
        Observation(
            id: Observation.ID(id), indicator: Self.investment.id, period: Fixtures.period("2020"),
            value: Fixtures.yuan(literal, scale: 100_000_000), quality: quality,
            citation: SourceCitation(source: source.id, line: 8, literal: "\(literal)亿元"), supersedes: supersedes)
    }

    /// Two final figures for 2020 from two sources: the later publication wins, whatever the dataset order, and
    /// the conflict is reported with both sources; an explicit `supersedes` wins over both.
    @Test func conflictingFiguresAreSettledByRuleNotDatasetOrder() throws {
        let first = Self.cited("a", "388.1", Self.early)
        let second = Self.cited("b", "390", Self.late)
        for observations in [[first, second], [second, first]] {
            let dataset = Dataset(
                sources: [Self.early, Self.late], indicators: [Self.investment],
                plans: Fixtures.dataset(indicators: [], targets: [Fixtures.investmentTarget], observations: []).plans,
                observations: observations)
            let evaluation = Evaluator(dataset: dataset).evaluate(
                Fixtures.investmentTarget, asOf: Fixtures.date("2021-12-31"))
            #expect(evaluation.observationsUsed.map(\.id) == ["b"])
            #expect(evaluation.observationsInConflict.map(\.id) == ["a"])
            let notes = ReportOptions(language: .zh).notes(for: evaluation, markup: .plain)
            #expect(
                notes.contains(
                    "年度投资: 数据冲突，未采用 2020 388.1亿元 [early:8]; 采用 2020 390亿元 [late:8]"), "\(notes)")
        }
        // A correction that names the figure it replaces wins, though published earlier: no conflict then.
        let correction = Self.cited("c", "388.5", Self.early, supersedes: ["b"])
        let dataset = Dataset(
            sources: [Self.early, Self.late], indicators: [Self.investment],
            plans: Fixtures.dataset(indicators: [], targets: [Fixtures.investmentTarget], observations: []).plans,
            observations: [second, correction])
        let evaluation = Evaluator(dataset: dataset).evaluate(
            Fixtures.investmentTarget, asOf: Fixtures.date("2021-12-31"))
        #expect(evaluation.observationsUsed.map(\.id) == ["c"])
        #expect(evaluation.observationsSuperseded.map(\.id) == ["b"])
        #expect(evaluation.observationsInConflict.isEmpty)
        #expect(evaluation.issues.isEmpty)
    }

    /// Achievements without a target follow the same rule: 773亿 预计 and 760亿 final for the same year no longer
    /// stand side by side; the final one is listed and the preliminary one shown as superseded.
    @Test func achievementsWithoutATargetAreSettledByTheSameRule() throws {
        let preliminary = Self.cited("p", "773", Self.early, quality: .preliminary)
        let final = Self.cited("f", "760", Self.late)
        let other = Self.cited("o", "765", Self.early)
        let dataset = Dataset(
            sources: [Self.early, Self.late], indicators: [Self.investment], plans: [],
            observations: [preliminary, final, other])
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: Fixtures.date("2021-12-31"))
        #expect(scorecard.achievements.map(\.id) == ["f"])
        #expect(scorecard.achievementsSuperseded.map(\.id) == ["p"])
        #expect(scorecard.achievementsInConflict.map(\.id) == ["o"])
    }

    // MARK: - 3. Bands

    static let inflation = Indicator(id: "cpi", name: "物价涨幅", unit: .percent, direction: .band, kind: .rate)

    /// 2.4% inside a 2–3% band: inside, 0.4% from the nearer bound; no completion, no gap closed, no required
    /// rate and no expected progress, before or after the period ends.
    @Test func bandsHaveNoCompletionOnlyInsideOrOutside() throws {
        let band = Target(
            id: "cpi", title: "物价涨幅", indicator: Self.inflation.id, period: Fixtures.period("2020"),
            requirement: try Requirement(between: Quantity("0.02", .percent), and: Quantity("0.03", .percent)))
        let inside = Self.observation(
            "h1", Self.inflation, "2020-H1", Quantity(value: Fixtures.decimal("0.024"), unit: .percent))
        for asOf in ["2020-06-30", "2020-12-31"] {
            let evaluation = Self.evaluate(band, Self.inflation, [inside], asOf: asOf)
            #expect(evaluation.status == .onTrack || evaluation.status == .achieved)
            #expect(evaluation.figures.completion == nil)
            #expect(evaluation.figures.gapClosed == nil)
            #expect(evaluation.figures.expectedProgress == nil)
            #expect(evaluation.figures.requiredPerYear == nil)
            #expect(evaluation.figures.paceRatio == nil)
            #expect(evaluation.figures.bandDistance == Fixtures.decimal("0.004"))
            #expect(ReportOptions(language: .zh).progressText(for: evaluation) == "区间内，距边界 0.4%")
        }
        let outside = Self.observation(
            "y", Self.inflation, "2020", Quantity(value: Fixtures.decimal("0.032"), unit: .percent))
        let missed = Self.evaluate(band, Self.inflation, [outside], asOf: "2020-12-31")
        #expect(missed.status == .missed)
        #expect(missed.figures.bandDistance == Fixtures.decimal("0.002"))
        #expect(ReportOptions(language: .en).progressText(for: missed) == "outside the band, 0.2% beyond a bound")
    }
}
