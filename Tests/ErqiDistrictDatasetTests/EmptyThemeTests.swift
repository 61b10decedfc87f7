import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Testing

/// Issue #15 point 2: a theme that holds no target and no milestone, itself or nested, gets no heading in a report
/// for people; a theme with something in it keeps its heading.
struct EmptyThemeTests {
    @Test func emptyThemesAreLeftOutOfHumanReadableReports() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        let p2020 = try #require(scorecard.plans.first { $0.id == "p2020" })
        let empty = p2020.themeVisits.filter(\.theme.isEmpty)
        let full = p2020.themeVisits.filter { !$0.theme.isEmpty }
        // The six 核心板块 sub-themes have nothing of their own; their parent has five milestones.
        #expect(empty.count >= 6)
        #expect(full.contains { $0.theme.title.zh == "核心板块建设" })
        let options = ReportOptions(language: .zh)
        for text in [
            try TextReporter(options: options).render(scorecard),
            try MarkdownReporter(options: options).render(scorecard),
            try HTMLReporter(options: options).render(scorecard),
        ] {
            for visit in empty {
                #expect(!text.contains(visit.theme.title.zh), "empty theme \(visit.theme.title.zh) has a heading")
            }
            #expect(text.contains("核心板块建设"))
        }
    }
}
