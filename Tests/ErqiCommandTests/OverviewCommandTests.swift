import Foundation
import Testing

/// Issue #15 point 2: the default report of one plan fits on two screens, and achievements without a target are
/// filtered by `--plan` and `--theme` and can be left out.
struct OverviewCommandTests {
    @Test func onePlanFitsOnTwoScreens() throws {
        let result = try CommandRunner.run(["--plan", "p2020"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(lines <= 100, "erqi --plan p2020 printed \(lines) lines")
        // It opens with the overview, targets and milestones counted apart.
        #expect(result.standardOutput.contains("  目标 13 项：+ 达成 1，x 未达成 3，? 无数据 5，~ 不可比 4\n"))
        #expect(result.standardOutput.contains("  里程碑 12 项：+ 已完成 2，x 逾期 7，. 未开始 3\n"))
        #expect(result.standardOutput.contains("  平均完成度 75.7%（按 13 项目标中有进度数据的 4 项计）\n"))
        // The notes on figures not used are counted, and --detail lists them.
        #expect(result.standardOutput.contains("另有 8 条关于未采用数据的说明未列出"))
        #expect(!result.standardOutput.contains("只报一期3条道路完工"))
        let detailed = try CommandRunner.run(["--plan", "p2020", "--detail"])
        #expect(detailed.status == 0)
        #expect(detailed.standardOutput.contains("只报一期3条道路完工"))
        #expect(!detailed.standardOutput.contains("另有 8 条"))
    }

    @Test func achievementsAreFilteredByTheme() throws {
        // major-projects-advanced is tracked by a target of p2020's 现代产业发展 (2020); its 2016–2020 figure lies
        // outside that period. new-projects-started is tracked by a p2021–2025 theme only; GDP by no target.
        let theme = try CommandRunner.run(["--theme", "p2020-w2-modern-industry"])
        #expect(theme.status == 0)
        #expect(theme.standardOutput.contains("运作重大项目数  2016–2020  770个"))
        #expect(!theme.standardOutput.contains("新开工项目数"))
        #expect(!theme.standardOutput.contains("地区生产总值"))
        let plan = try CommandRunner.run(["--plan", "p2020"])
        #expect(!plan.standardOutput.contains("地区生产总值"))
        #expect(!plan.standardOutput.contains("新开工项目数  2020"))
        // Without a selection every achievement is listed, as before.
        let all = try CommandRunner.run([])
        #expect(all.standardOutput.contains("新开工项目数  2020  65个"))
        #expect(all.standardOutput.contains("地区生产总值  2019-H1  323.3亿元"))
    }

    @Test func noAchievementsLeavesTheSectionOut() throws {
        for format in ["text", "markdown", "html"] {
            let result = try CommandRunner.run(["--format", format, "--no-achievements"])
            #expect(result.status == 0)
            #expect(!result.standardOutput.contains("无对应目标的成绩"), "\(format)")
            #expect(!result.standardOutput.contains("2600亿元"), "\(format)")
        }
    }
}
