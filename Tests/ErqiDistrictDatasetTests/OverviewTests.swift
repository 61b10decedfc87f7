import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Testing

/// Issue #15 point 2: reports for people open each plan with an overview: targets by status and milestones by
/// status, counted apart, and the mean progress with what it covers; they show the projection, the rate still
/// required and the growth against the growth needed, with the figures of the evaluation (as CSV has them).
struct OverviewTests {
    static func scorecard(_ day: String, plans: Set<Plan.ID>? = nil) throws -> Scorecard {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: day), plans: plans)
    }

    /// Counts statuses by walking the themes, apart from the evaluator's rollups and from `ScorecardOverview`.
    static func walk(
        _ themes: [ThemeScorecard], _ targets: inout [EvaluationStatus: Int],
        _ milestones: inout [EvaluationStatus: Int]
    ) {
        for theme in themes {
            for evaluation in theme.targets { targets[evaluation.status, default: 0] += 1 }
            for evaluation in theme.milestones { milestones[evaluation.status, default: 0] += 1 }
            walk(theme.themes, &targets, &milestones)
        }
    }

    @Test func overviewCountsTargetsAndMilestonesApart() throws {
        let scorecard = try Self.scorecard("2021-12-31")
        let options = ReportOptions(language: .zh)
        let text = try TextReporter(options: options).render(scorecard)
        let markdown = try MarkdownReporter(options: options).render(scorecard)
        let html = try HTMLReporter(options: options).render(scorecard)
        for plan in scorecard.plans {
            var targets: [EvaluationStatus: Int] = [:]
            var milestones: [EvaluationStatus: Int] = [:]
            Self.walk(plan.themes, &targets, &milestones)
            // Together they are the plan rollup's StatusCounts, which mixes both.
            for status in EvaluationStatus.allCases {
                #expect(targets[status, default: 0] + milestones[status, default: 0] == plan.rollup.counts[status])
            }
            let overview = ScorecardOverview(plan: plan)
            for status in EvaluationStatus.allCases {
                #expect(overview.targets[status] == targets[status, default: 0])
                #expect(overview.milestones[status] == milestones[status, default: 0])
            }
            let targetParts = EvaluationStatus.allCases.compactMap { status in
                targets[status].map { "\(TextReporter.mark(for: status)) \(options.statusText(status)) \($0)" }
            }
            let total = targets.values.reduce(0, +)
            if total > 0 {
                #expect(text.contains("  目标 \(total) 项：\(targetParts.joined(separator: "，"))\n"))
                #expect(markdown.contains("- 目标 \(total) 项："))
                #expect(html.contains("<li>目标 \(total) 项："))
            }
        }
        // The 2020 plan, by hand: 13 targets, 12 milestones, a mean over the 4 targets with a progress figure.
        let p2020 = try #require(scorecard.plans.first { $0.id == "p2020" })
        let overview = ScorecardOverview(plan: p2020)
        #expect(overview.targetCount == 13)
        #expect(overview.milestoneCount == 12)
        #expect(overview.targetsInMean == 4)
        #expect(text.contains("  目标 13 项：+ 达成 1，x 未达成 3，? 无数据 5，~ 不可比 4\n"))
        #expect(text.contains("  里程碑 12 项：+ 已完成 2，x 逾期 7，. 未开始 3\n"))
        #expect(text.contains("  平均完成度 75.7%（按 13 项目标中有进度数据的 4 项计）\n"))
        // The old headline mixed both under one list; it is gone.
        #expect(!text.contains("+ 达成 1, x 未达成 3, + 已完成 2"))
        let english = try TextReporter(options: ReportOptions(language: .en)).render(scorecard)
        #expect(english.contains("  13 targets: + achieved 1, x missed 3, ? no data 5, ~ not comparable 4\n"))
        #expect(english.contains("  12 milestones: + done 2, x overdue 7, . pending 3\n"))
        #expect(english.contains("  mean progress 75.7%, over the 4 of 13 targets with a progress figure\n"))
    }

    @Test func projectionAndRequiredRateAgreeWithCSV() throws {
        // As of 2020-06-30, 103 of 357 old compounds renovated: off track, with a projection and a rate to go.
        let scorecard = try Self.scorecard("2020-06-30", plans: ["p2020"])
        let csv = CSVReporter()
        let rows = csv.rows(scorecard)
        let column = { (name: String) in CSVReporter.columns.firstIndex(of: name) ?? 0 }
        let row = try #require(rows.first { $0[column("target_id")] == "p2020-old-compounds-renovated" })
        let projection = try ExactDecimal.parse(row[column("projection")])
        let perMonth = try ExactDecimal.parse(row[column("required_per_month")])
        // 207.13… and 42.016… as CSV writes them, to four significant digits.
        #expect(projection.rounded(places: 1) == (try ExactDecimal.parse("207.1")))
        #expect(perMonth.rounded(places: 2) == (try ExactDecimal.parse("42.02")))
        #expect(row[column("status")] == "offTrack")
        let zh = ReportOptions(language: .zh)
        let en = ReportOptions(language: .en)
        let text = try TextReporter(options: zh).render(scorecard)
        #expect(text.contains("老旧小区改造357个: 按当前进度期末预计 ≈207.1个；尚需每月 ≈42.02个"))
        #expect(try MarkdownReporter(options: zh).render(scorecard).contains("按当前进度期末预计 ≈207.1个；尚需每月 ≈42.02个"))
        #expect(try HTMLReporter(options: zh).render(scorecard).contains("按当前进度期末预计 ≈207.1个；尚需每月 ≈42.02个"))
        #expect(
            try TextReporter(options: en).render(scorecard).contains(
                "≈207.1 by the period's end at the current pace; ≈42.02 a month still needed"))
        // The projection lies below the 357 required, as the off-track verdict beside it says.
        #expect(projection < 357)
    }

    @Test func achievementScopeFiltersByTheShownTargets() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let scorecard = Evaluator(dataset: dataset).scorecard(
            asOf: try CalendarDate(iso: "2021-12-31"), theme: "p2020-w2-modern-industry")
        // The scorecard itself keeps every achievement; the option decides what a report lists.
        #expect(scorecard.achievements.count > 100)
        let kept = AchievementScope.shownTargets.filter(scorecard.achievements, of: scorecard)
        #expect(Set(kept.map(\.id)) == ["obs-2016-2020-major-projects", "obs-2016-2020-fixed-asset-investment"])
        for reporter in [
            TextReporter(options: ReportOptions(achievements: .shownTargets)) as any Reporter,
            MarkdownReporter(options: ReportOptions(achievements: .shownTargets)),
            HTMLReporter(options: ReportOptions(achievements: .shownTargets)),
        ] {
            let text = try reporter.render(scorecard)
            #expect(text.contains("770个"))
            #expect(!text.contains("65个"))  // 新开工项目数 2020: a p2021–2025 theme's indicator
            #expect(!text.contains("323.3亿元"))  // GDP 2019-H1: no target's indicator
        }
        let none = try TextReporter(options: ReportOptions(achievements: .none)).render(scorecard)
        #expect(!none.contains("无对应目标的成绩"))
    }
}
