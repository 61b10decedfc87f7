import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Every invalid plan under Fixtures/InvalidPlans gives exactly the problems in its `.expected` file.
///
/// The inputs are written by `make-fixtures.py` in that folder; the `.expected` files are reviewed by hand.
/// A failing case prints the problems it got, so a reviewer can compare; tests never rewrite fixtures.
struct InvalidPlanTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/InvalidPlans")

    static var fixtureNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasSuffix(".py") }.sorted()
    }

    /// Loads a fixture by name, so that messages name it without the machine's path.
    static func problems(_ name: String) -> [String] {
        let url = folder.appendingPathComponent(name)
        do {
            if name.hasSuffix(".json") {
                let bytes = try [UInt8](Data(contentsOf: url))
                _ = try PlanFileLoader.loadJSON(bytes: bytes, file: name)
            } else {
                func file(_ table: String) -> (file: String, bytes: [UInt8])? {
                    guard let data = try? Data(contentsOf: url.appendingPathComponent(table)) else { return nil }
                    return ("\(name)/\(table)", [UInt8](data))
                }
                guard let targets = file("targets.csv"), let observations = file("observations.csv") else {
                    _ = try PlanFileLoader.loadCSV(folder: url.path)
                    return []
                }
                _ = try PlanFileLoader.loadCSV(
                    targets: targets, observations: observations, sources: file("sources.csv"),
                    milestones: file("milestones.csv"))
            }
            return []
        } catch let error as PlanFileError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    @Test func thereAreAtLeastSixtyFixtures() {
        #expect(Self.fixtureNames.count >= 60)
    }

    @Test(arguments: fixtureNames)
    func fixtureGivesItsExpectedProblems(_ name: String) throws {
        let expectedURL = Self.folder.appendingPathComponent(
            name.hasSuffix(".json") ? String(name.dropLast(5)) + ".expected" : name + ".expected")
        let actual = Self.problems(name).map { $0.replacingOccurrences(of: Self.folder.path + "/", with: "") }
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8))?
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(!actual.isEmpty, "\(name) must be rejected")
        if actual != expected, let folder = ProcessInfo.processInfo.environment["ERQI_DUMP_PROBLEMS"] {
            // For reviewing a change: writes what the loader said, outside the fixtures, for a human to compare.
            let dump = URL(fileURLWithPath: folder).appendingPathComponent(expectedURL.lastPathComponent)
            try actual.map { $0 + "\n" }.joined().write(to: dump, atomically: true, encoding: .utf8)
        }
        #expect(actual == expected, "\(name) gave:\n\(actual.joined(separator: "\n"))")
    }

    @Test func aTenMegabyteLineIsReadAndItsProblemFound() {
        let id = String(repeating: "x", count: 10 * 1024 * 1024)
        let text = "{\"erqiPlanFormat\": 1, \"sources\": [{\"id\": \"\(id)\", \"title\": 5, \"locator\": \"l\"}]}\n"
        do {
            _ = try PlanFileLoader.loadJSON(bytes: Array(text.utf8), file: "long.json")
            Issue.record("the long line was accepted")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "long.json:1:\(10 * 1024 * 1024 + 55): sources[0].title: expected text or an object with \"zh\" and \"en\", found a number"
                ])
        }
    }

    @Test func deepNestingIsRefusedWithoutExhaustingTheStack() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try PlanFileLoader.loadJSON(bytes: Array(text.utf8), file: "deep.json")
            Issue.record("deep nesting was accepted")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "deep.json:1:201: nesting deeper than 200 levels; plan files nest at most 200 levels"
                ])
        }
    }
}
