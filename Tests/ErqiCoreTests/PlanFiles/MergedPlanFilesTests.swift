import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #16, point 5: several plan files load as one dataset, with located errors on ids defined twice.
struct MergedPlanFilesTests {
    static let plan = """
        {"erqiPlanFormat": 1,
         "sources": [{"id": "plan", "title": "计划", "locator": "plan.txt"}],
         "indicators": [{"id": "compounds", "name": "老旧小区", "unit": "count:个"}],
         "plans": [{"id": "p2020", "title": "2020", "period": "2020", "source": "plan", "themes": [
           {"id": "key", "title": "重点", "targets": [
             {"id": "compounds-2020", "title": "老旧小区", "indicator": "compounds", "period": "2020",
              "requirement": "357个以上"}]}]}]}
        """
    /// The year's figure in another file, which repeats the shared source and indicator word for word.
    static let figures = """
        {"erqiPlanFormat": 1,
         "sources": [{"id": "plan", "title": "计划", "locator": "plan.txt"}],
         "indicators": [{"id": "compounds", "name": "老旧小区", "unit": "count:个"}],
         "plans": [],
         "observations": [{"id": "c-2020", "indicator": "compounds", "period": "2020", "value": "236个"}]}
        """

    static func write(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erqi-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func filesMergeInOrderAndSharedDefinitionsCountOnce() throws {
        let folder = try Self.write(["plan.json": Self.plan, "figures.json": Self.figures])
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try PlanFileLoader.load(paths: [
            folder.appendingPathComponent("plan.json").path, folder.appendingPathComponent("figures.json").path,
        ])
        #expect(dataset.plans.map(\.id) == ["p2020"])
        #expect(dataset.indicators.map(\.id) == ["compounds"])
        #expect(dataset.sources.map(\.id) == ["plan"])
        #expect(dataset.observations.map(\.id) == ["c-2020"])
        let evaluation = try #require(
            Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31")).allTargetEvaluations.first)
        #expect(evaluation.actual == 236)
        #expect(evaluation.status == .missed)
    }

    @Test func anIdDefinedDifferentlyInTwoFilesIsAnErrorInTheLaterFile() throws {
        let renamed = Self.plan.replacingOccurrences(of: "\"name\": \"老旧小区\"", with: "\"name\": \"小区\"")
        let folder = try Self.write(["plan.json": Self.plan, "again.json": renamed])
        defer { try? FileManager.default.removeItem(at: folder) }
        let again = folder.appendingPathComponent("again.json").path
        do {
            _ = try PlanFileLoader.load(paths: [folder.appendingPathComponent("plan.json").path, again])
            Issue.record("two definitions of one id loaded")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "\(again):3:24: indicators[0].id: the indicator id 'compounds' is used twice; ids must be unique",
                    "\(again):4:19: plans[0].id: the plan id 'p2020' is used twice; ids must be unique",
                    "\(again):5:11: plans[0].themes[0].id: the theme id 'key' is used twice; ids must be unique",
                    "\(again):6:13: plans[0].themes[0].targets[0].id: the target id 'compounds-2020' is used twice; "
                        + "ids must be unique",
                ])
        }
    }

    @Test func everyFileIsCheckedAndEveryProblemReported() throws {
        let broken = Self.figures.replacingOccurrences(of: "\"236个\"", with: "\"236abc\"")
        let folder = try Self.write([
            "plan.json": Self.plan.replacingOccurrences(of: "357个以上", with: "近357个"), "figures.json": broken,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try PlanFileLoader.load(paths: [
                folder.appendingPathComponent("plan.json").path, folder.appendingPathComponent("figures.json").path,
            ])
            Issue.record("broken files loaded")
        } catch {
            #expect(error.problems.count == 2)
            #expect(
                error.problems.map(\.file) == [
                    folder.appendingPathComponent("plan.json").path, folder.appendingPathComponent("figures.json").path,
                ])
        }
    }
}
