import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

struct PlanFileLoaderTests {
    static let minimal = """
        {
          "erqiPlanFormat": 1,
          "sources": [{"id": "plan", "title": "2020年计划", "locator": "plan.txt"}],
          "indicators": [{"id": "compounds", "name": {"zh": "老旧小区", "en": "Old compounds"}, "unit": "count:个"}],
          "plans": [{
            "id": "p2020", "title": "2020", "period": "2020", "source": "plan",
            "themes": [{"id": "key", "title": "重点", "targets": [{
              "id": "compounds-2020", "title": "改造老旧小区", "indicator": "compounds", "period": "2020",
              "requirement": {"comparator": "atLeast", "value": {"value": "357", "unit": "count:个"}},
              "citation": {"source": "plan", "line": 3, "literal": "357个"},
              "revisions": [{"effectiveOn": "2020-07-30",
                             "requirement": {"comparator": "atLeast", "value": {"value": "297", "unit": "count:个"}}}]
            }]}]
          }],
          "observations": [
            {"id": "h1", "indicator": "compounds", "period": "2020-H1", "value": {"value": "103", "unit": "count:个"}},
            {"id": "year", "indicator": "compounds", "period": "2020", "value": {"value": "236", "unit": "count:个"},
             "quality": "final", "citation": {"source": "plan", "line": 9}}
          ]
        }
        """

    static func load(_ text: String) throws(PlanFileError) -> Dataset {
        try PlanFileLoader.loadJSON(bytes: Array(text.utf8), file: "plan.json")
    }

    static func problems(_ text: String) -> [PlanFileProblem] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func loadsAndEvaluatesAJSONPlan() throws {
        let dataset = try Self.load(Self.minimal)
        let target = try #require(dataset.plans.first?.themes.first?.targets.first)
        #expect(target.revisions.map(\.requirement.value.value) == [297])
        let evaluation = Evaluator(dataset: dataset).evaluate(target, asOf: Fixtures.date("2020-12-31"))
        #expect(evaluation.status == .missed)
        #expect(evaluation.actual == 236)
        #expect(dataset.indicators.first?.name.en == "Old compounds")
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() {
        let problems = Self.problems("{\n  \"erqiPlanFormat\": 1,\n  \"plans\": [,]\n}")
        #expect(
            problems.map(\.description) == [
                "plan.json:3:13: unexpected character ',' where a value was expected"
            ])
    }

    @Test func collectsEveryProblemNotJustTheFirst() {
        let broken = Self.minimal
            .replacingOccurrences(of: "\"period\": \"2020-H1\"", with: "\"period\": \"2020-02-30\"")
            .replacingOccurrences(
                of: "\"indicator\": \"compounds\", \"period\": \"2020\", \"value\"",
                with: "\"indicator\": \"nothing\", \"period\": \"2020\", \"value\""
            )
            .replacingOccurrences(of: "\"title\": \"改造老旧小区\", ", with: "")
        let problems = Self.problems(broken)
        // Syntax is fine, so the decoder and the validator both run and every problem is reported.
        #expect(problems.map(\.kind) == [.missingField, .invalidDate, .unknownID])
        #expect(
            problems.map(\.field) == [
                "plans[0].themes[0].targets[0].title", "observations[0].period", "observations[1].indicator",
            ])
    }

    @Test func validationRulesNameFileLineColumnAndField() {
        let broken = Self.minimal
            .replacingOccurrences(
                of: "{\"id\": \"h1\", \"indicator\": \"compounds\"",
                with: "{\"id\": \"year\", \"indicator\": \"ghost\""
            )
            .replacingOccurrences(
                of: "\"citation\": {\"source\": \"plan\", \"line\": 9}",
                with: "\"citation\": {\"source\": \"nowhere\", \"line\": 9}")
        let problems = Self.problems(broken)
        #expect(
            problems.map(\.description) == [
                "plan.json:16:33: observations[0].indicator: unknown indicator 'ghost'; add it to indicators",
                "plan.json:17:12: observations[1].id: the observation id 'year' is used twice; ids must be unique",
                "plan.json:18:38: observations[1].citation: unknown source 'nowhere'; add it to sources",
            ])
    }
}
