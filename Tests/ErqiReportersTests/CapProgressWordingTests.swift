import ErqiCore
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import Testing

/// Issue #15 point 2: a cap without a baseline (unemployment ≤ 5.5%, actual 4.8%) shows the share of its limit
/// used, worded as such, never a bare "completion" beside its status.
struct CapProgressWordingTests {
    static func evaluation(_ id: Target.ID) throws -> TargetEvaluation {
        try #require(ReporterFixtures.erqi2020.allTargetEvaluations.first { $0.target.id == id })
    }

    @Test func aCapWithoutBaselineShowsTheShareUsed() throws {
        let cap = try Self.evaluation("unemployment-2020")
        #expect(cap.status == .achieved)
        #expect(ReportOptions(language: .zh).progressText(for: cap) == "已用 87.3%")
        #expect(ReportOptions(language: .en).progressText(for: cap) == "87.3% used")
        let floor = try Self.evaluation("invest-2020")
        #expect(ReportOptions(language: .zh).progressText(for: floor) == "74.9%")
        let text = try TextReporter(options: ReportOptions(language: .zh)).render(ReporterFixtures.erqi2020)
        let row = try #require(text.split(separator: "\n").first { $0.contains("城镇调查失业率") && $0.contains("达成") })
        #expect(row.contains("已用 87.3%"))
        let markdown = try MarkdownReporter(options: ReportOptions(language: .en)).render(ReporterFixtures.erqi2020)
        #expect(markdown.contains("| 87.3% used |"))
    }
}
