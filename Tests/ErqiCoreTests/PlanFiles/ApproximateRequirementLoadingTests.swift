import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #14, point 6, through the plan files: a requirement written "6%左右" loads as the stated tolerance band,
/// never as "≥ 6%", in JSON and in CSV alike; "近200个" is a located error.
struct ApproximateRequirementLoadingTests {
    static func jsonPlan(requirement: String) -> [UInt8] {
        Array(
            """
            {"erqiPlanFormat": 1,
             "indicators": [{"id": "growth", "name": "增长", "unit": "percent", "kind": "rate"}],
             "plans": [{"id": "p", "title": "计划", "period": "2020", "themes": [{"id": "t", "title": "主题",
               "targets": [{"id": "g", "title": "增长", "indicator": "growth", "period": "2020",
                            "requirement": "\(requirement)"}]}]}]}
            """.utf8)
    }

    static func csvTargets(requirement: String) -> [UInt8] {
        Array(
            ("plan,plan_period,theme,id,title,indicator,unit,period,requirement\n"
                + "p,2020,t,g,增长,growth,percent,2020,\(requirement)\n").utf8)
    }

    static func requirement(of dataset: Dataset) -> Requirement? {
        dataset.plans.first?.themes.first?.targets.first?.requirement
    }

    @Test func approximateRequirementsAreNeverHardenedInPlanFiles() throws {
        let json = try PlanFileLoader.loadJSON(bytes: Self.jsonPlan(requirement: "6%左右"), file: "plan.json")
        let csv = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Self.csvTargets(requirement: "6%左右")),
            observations: ("observations.csv", Array("id,indicator,period,value\n".utf8)))
        for dataset in [json, csv] {
            let requirement = try #require(Self.requirement(of: dataset))
            #expect(requirement.comparator == .between)
            #expect(requirement.value.value == (try ExactDecimal.parse("0.057")))
            #expect(requirement.upperValue?.value == (try ExactDecimal.parse("0.063")))
        }
    }

    @Test func nearlyIsALocatedErrorInPlanFiles() throws {
        #expect(throws: PlanFileError.self) {
            try PlanFileLoader.loadJSON(bytes: Self.jsonPlan(requirement: "近6%"), file: "plan.json")
        }
        do {
            _ = try PlanFileLoader.loadCSV(
                targets: ("targets.csv", Self.csvTargets(requirement: "近6%")),
                observations: ("observations.csv", Array("id,indicator,period,value\n".utf8)))
            Issue.record("近6% loaded")
        } catch {
            let problem = try #require(error.problems.first)
            #expect(error.problems.count == 1)
            #expect(problem.description.hasPrefix("targets.csv:2:"))
            #expect(problem.description.contains("requirement: '近6%' is not a requirement Erqi can check"))
        }
    }
}
