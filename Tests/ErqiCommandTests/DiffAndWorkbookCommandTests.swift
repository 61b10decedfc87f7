import Foundation
import Testing

/// `erqi diff` and `--format xlsx` through the built program.
struct DiffAndWorkbookCommandTests {
    static let midYearToYearEnd = ["diff", "--from", "2020-06-30", "--to", "2020-12-31", "--plan", "p2020"]

    @Test(arguments: [("zh", "未达成", "目标变化"), ("en", "missed", "Targets that changed")])
    func diffShowsTheCompoundRevisionAndStatusChange(language: String, missed: String, heading: String) throws {
        for format in ["text", "markdown", "html"] {
            let result = try CommandRunner.run(Self.midYearToYearEnd + ["--lang", language, "--format", format])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            let text = result.standardOutput
            #expect(text.contains(heading), "\(format)")
            #expect(text.contains("2020-07-30"), "\(format)")
            #expect(text.contains("357") && text.contains("297"), "\(format)")
            #expect(text.contains("→ \(missed)"), "\(format)")
        }
        let csv = try CommandRunner.run(Self.midYearToYearEnd + ["--lang", language, "--format", "csv"])
        #expect(csv.status == 0)
        let row = try #require(
            csv.standardOutput.components(separatedBy: "\r\n").first {
                $0.hasPrefix("p2020,p2020-old-compounds-renovated,")
            })
        #expect(
            row.contains(",changed,offTrack,missed,atLeast,357,,atLeast,297,,count:个,2020-07-30 atLeast 297,103,236,"))
        let json = try CommandRunner.run(Self.midYearToYearEnd + ["--lang", language, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.outputBytes) as? [String: Any])
        #expect(object["before"] as? String == "2020-06-30")
        #expect(object["after"] as? String == "2020-12-31")
        let targets = try #require(object["targets"] as? [[String: Any]])
        let compounds = try #require(targets.first { $0["target"] as? String == "p2020-old-compounds-renovated" })
        #expect(compounds["statusBefore"] as? String == "offTrack")
        #expect(compounds["statusAfter"] as? String == "missed")
        let revision = try #require((compounds["revisions"] as? [[String: Any]])?.first)
        #expect(revision["effectiveOn"] as? String == "2020-07-30")
    }

    @Test func diffOfTwoDatasetFilesComparesThem() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundled = CommandRunner.repositoryRoot.appendingPathComponent("seeds/erqi-district.json")
        let text = try String(contentsOf: bundled, encoding: .utf8)
        let before = folder.appendingPathComponent("before.json")
        let after = folder.appendingPathComponent("after.json")
        try text.write(to: before, atomically: true, encoding: .utf8)
        // The later dataset reports 250 compounds instead of 236.
        let changed = text.replacingOccurrences(of: "\"value\": \"236\"", with: "\"value\": \"250\"")
        #expect(changed != text)
        try changed.write(to: after, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run([
            "diff", "--before", before.path, "--after", after.path, "--from", "2020-12-31", "--to", "2020-12-31",
            "--plan", "p2020", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.components(separatedBy: "\r\n").filter { $0.contains(",changed,") }
        #expect(rows.count == 1)
        #expect(rows.first?.hasPrefix("p2020,p2020-old-compounds-renovated,") == true)
        #expect(rows.first?.contains(",236,250,") == true)
    }

    @Test(arguments: [
        (["diff"], "erqi: diff needs --from DATE (and --to DATE), or --before FILE and --after FILE"),
        (["diff", "--before", "a.json"], "erqi: diff compares two datasets with both --before FILE and --after FILE"),
        (["diff", "--from", "2020-12-31", "--to", "2020-06-30"], "erqi: --from 2020-12-31 is after --to 2020-06-30"),
        (
            ["diff", "--from", "2020-06-30", "--format", "xlsx"],
            "erqi: diff writes text, csv, json, markdown or html, not xlsx"
        ),
        (["diff", "--from", "2020-06-31"], "erqi: --from: 2020-06-31 does not exist in the Gregorian calendar"),
        (["--from", "2020-06-30"], "erqi: unknown option '--from' for this command; see erqi --help"),
    ])
    func diffMistakesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func workbookOutputIsAZipOfTheReportWrittenAtomically() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("scorecard.xlsx").path
        let result = try CommandRunner.run(["--format", "xlsx", "--as-of", "2020-12-31", "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["scorecard.xlsx"])
        let again = try CommandRunner.run(["--format", "xlsx", "--as-of", "2020-12-31"])
        #expect(again.status == 0)
        #expect(again.outputBytes == bytes, "same input, same bytes, to a file or to standard output")
    }
}

/// Issue #16, point 5: `--data` given more than once merges the files instead of keeping the last.
struct SeveralDataFilesCommandTests {
    @Test func aSecondDataFileAddsToTheFirst() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        let figures = folder.appendingPathComponent("figures.json")
        try MergeFixtures.plan.write(to: plan, atomically: true, encoding: .utf8)
        try MergeFixtures.figures.write(to: figures, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["--data", plan.path, "--data", figures.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let row = try #require(result.standardOutput.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row.hasPrefix("p2020,2020,key,重点,compounds-2020,"))
        #expect(row.contains(",missed,"))
        #expect(row.contains(",236,count:个,"))
    }

    @Test func anIdInTwoDataFilesExits65AndNamesTheLaterFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        try MergeFixtures.plan.write(to: plan, atomically: true, encoding: .utf8)
        let copy = folder.appendingPathComponent("copy.json")
        try MergeFixtures.plan.replacingOccurrences(of: "\"title\": \"2020\"", with: "\"title\": \"2020年\"")
            .write(to: copy, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.txt")
        let result = try CommandRunner.run(["--data", plan.path, "--data", copy.path, "--output", output.path])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains("erqi: \(copy.path):2:19: plans[0].id: the plan id 'p2020' is used twice"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// Two small plan files: a plan, and the year's figure with the same source and indicator.
enum MergeFixtures {
    static let plan = """
        {"erqiPlanFormat": 1, "sources": [{"id": "plan", "title": "计划", "locator": "plan.txt"}],
         "plans": [{"id": "p2020", "title": "2020", "period": "2020", "source": "plan", "themes": [
           {"id": "key", "title": "重点", "targets": [{"id": "compounds-2020", "title": "老旧小区",
             "indicator": "compounds", "period": "2020", "requirement": "357个以上"}]}]}],
         "indicators": [{"id": "compounds", "name": "老旧小区", "unit": "count:个"}]}
        """
    static let figures = """
        {"erqiPlanFormat": 1, "sources": [{"id": "plan", "title": "计划", "locator": "plan.txt"}],
         "indicators": [{"id": "compounds", "name": "老旧小区", "unit": "count:个"}], "plans": [],
         "observations": [{"id": "c-2020", "indicator": "compounds", "period": "2020", "value": "236个"}]}
        """
}
