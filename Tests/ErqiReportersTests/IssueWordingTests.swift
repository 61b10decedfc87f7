import ErqiCSVReporter
import ErqiCore
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiReporting
import ErqiTextReporter
import ErqiXLSXReporter
import Foundation
import Testing

/// Issue #15 point 1: what the evaluator noticed about a target (an unknown indicator, a target equal to its
/// baseline) is worded in the report's language, not as the English `EvaluationIssue.description`.
struct IssueWordingTests {
    static func scorecard() throws -> Scorecard {
        let unit = QuantityUnit.count(measureWord: "所")
        let schools = Indicator(
            id: "schools", name: LocalizedText(zh: "学校", en: "schools"), unit: unit, direction: .higherIsBetter,
            kind: .stock)
        let equal = Target(
            id: "schools-2020", title: LocalizedText(zh: "学校保持6所", en: "keep 6 schools"), indicator: schools.id,
            period: try Period(parsing: "2020"), requirement: .atLeast(Quantity(6, unit)),
            baseline: Baseline(value: Quantity(6, unit), date: try CalendarDate(iso: "2019-12-31")))
        let unknown = Target(
            id: "parks-2020", title: LocalizedText(zh: "公园9个", en: "9 parks"), indicator: "parks",
            period: try Period(parsing: "2020"), requirement: .atLeast(Quantity(9, .count(measureWord: "个"))))
        let figure = Observation(
            id: "schools-end", indicator: schools.id, period: try Period(parsing: "2020"), value: Quantity(7, unit))
        let plan = Plan(
            id: "p", title: LocalizedText(zh: "年度计划", en: "Annual plan"), period: try Period(parsing: "2020"),
            themes: [Theme(id: "t", title: LocalizedText(zh: "教育", en: "Education"), targets: [equal, unknown])])
        let dataset = Dataset(indicators: [schools], plans: [plan], observations: [figure])
        return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2021-01-31"))
    }

    @Test func issuesAreWordedInTheReportLanguage() throws {
        let scorecard = try Self.scorecard()
        let issues = scorecard.allTargetEvaluations.flatMap(\.issues)
        #expect(issues.contains(.unknownIndicator("parks")))
        #expect(issues.contains { if case .calculation(.targetEqualsBaseline) = $0 { true } else { false } })
        let zh = ReportOptions(language: .zh)
        for report in [
            try TextReporter(options: zh).render(scorecard), try MarkdownReporter(options: zh).render(scorecard),
            try HTMLReporter(options: zh).render(scorecard),
        ] {
            // HTML isolates data in <bdi>; the words are the same.
            let text = report.replacingOccurrences(of: "<bdi>", with: "").replacingOccurrences(of: "</bdi>", with: "")
            #expect(text.contains("数据问题: 未定义的指标 parks"))
            #expect(text.contains("数据问题: 目标值 6 等于基数 6，无法计算进度：请检查基数或目标值"))
            #expect(!report.contains("unknown indicator") && !report.contains("equals the baseline"))
        }
        // The workbook's issues column has the same words.
        let parts = try StoredZIP.parts(try XLSXReporter(options: zh).workbook(scorecard))
        let sheet = try WorksheetCells.read(try #require(parts.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes)
        let issuesColumn = try #require(CSVReporter.columns.firstIndex(of: "issues"))
        let cells = (2...3).compactMap { sheet.row($0, columns: CSVReporter.columns.count)[issuesColumn]?.value }
        #expect(cells.contains("未定义的指标 parks"), "\(cells)")
        // A target's issues are joined by "；": here the baseline one and the pace ratio it leaves undefined.
        #expect(
            cells.contains("目标值 6 等于基数 6，无法计算进度：请检查基数或目标值；一项比率无法计算：除数为零，或应为正数的数不是正数"),
            "\(cells)")
        let english = try TextReporter(options: ReportOptions(language: .en)).render(scorecard)
        #expect(english.contains("data issue: the indicator parks is not defined"))
        #expect(english.contains("data issue: the target 6 equals the baseline 6, so progress is undefined"))
    }
}
