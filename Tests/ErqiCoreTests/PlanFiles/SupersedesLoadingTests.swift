import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #14, point 7, through the plan files: `supersedes` names the figure an observation replaces, in JSON and
/// CSV, and wins over the publication order; an unknown id is a located error.
struct SupersedesLoadingTests {
    /// Two final figures for 2020 from two sources; the earlier-published one says it replaces the other.
    static func json(supersedes: String) -> [UInt8] {
        Array(
            """
            {"erqiPlanFormat": 1,
             "sources": [{"id": "early", "title": "早", "locator": "a.txt", "publishedOn": "2021-01-15"},
                         {"id": "late", "title": "晚", "locator": "b.txt", "publishedOn": "2021-09-05"}],
             "indicators": [{"id": "gdp", "name": "地区生产总值", "unit": "CNY", "kind": "flow"}],
             "plans": [{"id": "p", "title": "计划", "period": "2020", "themes": [{"id": "t", "title": "主题",
               "targets": [{"id": "g", "title": "生产总值", "indicator": "gdp", "period": "2020",
                            "requirement": "700亿元以上"}]}]}],
             "observations": [
               {"id": "correction", "indicator": "gdp", "period": "2020", "value": "760亿元",
                "citation": {"source": "early"}, "supersedes": \(supersedes)},
               {"id": "other", "indicator": "gdp", "period": "2020", "value": "773亿元",
                "citation": {"source": "late"}}]}
            """.utf8)
    }

    @Test func supersedesInAPlanFileWinsOverTheLaterPublication() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: Self.json(supersedes: "[\"other\"]"), file: "plan.json")
        #expect(dataset.observations.first?.supersedes == ["other"])
        let evaluation = try #require(
            Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2021-12-31")).allTargetEvaluations.first)
        #expect(evaluation.actual == 76_000_000_000)
        #expect(evaluation.observationsUsed.map(\.id) == ["correction"])
        #expect(evaluation.observationsSuperseded.map(\.id) == ["other"])
        // Without it, the later publication wins.
        let plain = try PlanFileLoader.loadJSON(bytes: Self.json(supersedes: "[]"), file: "plan.json")
        let other = try #require(
            Evaluator(dataset: plain).scorecard(asOf: try CalendarDate(iso: "2021-12-31")).allTargetEvaluations.first)
        #expect(other.actual == 77_300_000_000)
    }

    @Test func anUnknownSupersededIdIsALocatedError() throws {
        do {
            _ = try PlanFileLoader.loadJSON(bytes: Self.json(supersedes: "[\"nope\"]"), file: "plan.json")
            Issue.record("an unknown id loaded")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "plan.json:10:52: observations[0].supersedes: supersedes unknown observation 'nope'; "
                        + "name the id of a figure in observations"
                ])
        }
    }

    @Test func theCSVColumnListsIdsSeparatedBySpaces() throws {
        let targets =
            "plan,plan_period,theme,id,title,indicator,unit,period,requirement\np,2020,t,g,产值,gdp,CNY,2020,700亿元以上\n"
        let observations =
            "id,indicator,period,value,quality,supersedes\na,gdp,2020,760亿元,final,b c\nb,gdp,2020,773亿元,final,\nc,gdp,2020,770亿元,final,\n"
        let dataset = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Array(targets.utf8)), observations: ("observations.csv", Array(observations.utf8)))
        #expect(dataset.observations.map(\.supersedes) == [["b", "c"], nil, nil])
        do {
            _ = try PlanFileLoader.loadCSV(
                targets: ("targets.csv", Array(targets.utf8)),
                observations: ("observations.csv", Array(observations.replacingOccurrences(of: "b c", with: "a").utf8)))
            Issue.record("a figure superseding itself loaded")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "observations.csv:2:24: supersedes: an observation cannot supersede itself"
                ])
        }
    }
}
