import Foundation
import Testing

/// `erqi compare` through the built program, on the bundled dataset's four plans.
struct CompareCommandTests {
    static let plans = ["p2019", "p2020", "p2020mid", "p2021-2025"]

    /// The scorecard's own JSON rollup of a plan, to check the comparison against.
    static func rollups(language: String) throws -> [String: [String: Any]] {
        let result = try CommandRunner.run(["--format", "json", "--lang", language])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputBytes) as? [String: Any])
        let plans = try #require(object["plans"] as? [[String: Any]])
        var rollups: [String: [String: Any]] = [:]
        for plan in plans {
            rollups[try #require(plan["id"] as? String)] = try #require(plan["rollup"] as? [String: Any])
        }
        return rollups
    }

    @Test(arguments: ["zh", "en"])
    func compareJSONAgreesWithTheScorecardsRollups(language: String) throws {
        let result = try CommandRunner.run(["compare", "--format", "json", "--lang", language])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputBytes) as? [String: Any])
        #expect(object["asOf"] as? String == "2021-12-31")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["plan"] as? String } == Self.plans)
        let rollups = try Self.rollups(language: language)
        for row in rows {
            let plan = try #require(row["plan"] as? String)
            let rollup = try #require(rollups[plan])
            #expect((row["meanProgress"] as? NSNumber) == (rollup["meanProgress"] as? NSNumber), "\(plan)")
            #expect(row["targetsWithProgress"] as? Int == rollup["progressCount"] as? Int, "\(plan)")
            let targets = try #require(row["targetCounts"] as? [String: Int])
            let milestones = try #require(row["milestoneCounts"] as? [String: Int])
            let counts = try #require(rollup["counts"] as? [String: Int])
            for (status, count) in counts {
                #expect((targets[status] ?? 0) + (milestones[status] ?? 0) == count, "\(plan) \(status)")
            }
        }
        let p2020 = try #require(rows.first { $0["plan"] as? String == "p2020" })
        #expect((p2020["targetCounts"] as? [String: Int])?["missed"] == 3)
        let worst = try #require(p2020["worstTargets"] as? [[String: Any]])
        #expect(worst.compactMap { $0["target"] as? String }.first == "p2020-district-roads")
        #expect(worst.first?["status"] as? String == "missed")
    }

    @Test(arguments: [("zh", "计划对比", "未达成 3", "75.7%"), ("en", "Plans side by side", "missed 3", "75.7%")])
    func compareWritesEveryTextFormatInOneLanguage(language: String, title: String, missed: String, mean: String)
        throws
    {
        for format in ["text", "markdown", "html"] {
            let result = try CommandRunner.run(["compare", "--format", format, "--lang", language])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            let text = result.standardOutput
            #expect(text.contains(title), "\(format)")
            #expect(text.contains(missed) && text.contains(mean), "\(format)")
            for plan in Self.plans { #expect(text.contains(plan), "\(format) \(plan)") }
            for raw in ["noData", "notComparable", "offTrack", "onTrack", "atRisk"] {
                #expect(!text.contains(raw), "\(format): \(raw) reached the report")
            }
        }
    }

    @Test(arguments: ["zh", "en"])
    func compareCSVSortsByAColumnWithTiesByPlanID(language: String) throws {
        let result = try CommandRunner.run([
            "compare", "--format", "csv", "--lang", language, "--sort", "mean_progress", "--descending",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("plan_id,plan_title,targets,targets_with_progress,mean_progress,") == true)
        // p2020mid 94.9% and p2020 75.7% have a mean; p2019 and p2021-2025 have none and follow by plan id.
        #expect(
            lines.dropFirst().map { String($0.prefix { $0 != "," }) } == ["p2020mid", "p2020", "p2019", "p2021-2025"])
        let p2020 = try #require(lines.first { $0.hasPrefix("p2020,") })
        #expect(p2020.contains(",13,4,0.757388719888719888"))
        let ascending = try CommandRunner.run(["compare", "--format", "csv", "--sort", "targets", "--lang", language])
        let order = ascending.standardOutput.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { String($0.prefix { $0 != "," }) }
        #expect(order == ["p2019", "p2021-2025", "p2020mid", "p2020"])
    }

    @Test(arguments: ["zh", "en"])
    func compareWorkbookHasTheCSVsPlansAsNumbersAndTheSameBytesEveryTime(language: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("compare.xlsx").path
        let result = try CommandRunner.run(["compare", "--format", "xlsx", "--lang", language, "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["compare.xlsx"])
        // Entries are stored, so the sheet's XML is in the file as written: p2020 is row 3, its target count
        // (column C) and mean progress (column E) are numbers.
        let xml = String(decoding: bytes, as: UTF8.self)
        for plan in Self.plans { #expect(xml.contains("<t>\(plan)</t>"), "\(plan)") }
        #expect(xml.range(of: #"<c r="C3" s="\d+"><v>13</v></c>"#, options: .regularExpression) != nil)
        #expect(xml.range(of: #"<c r="E3" s="\d+"><v>0\.757388719888"#, options: .regularExpression) != nil)
        #expect(xml.contains("<autoFilter ref=\"A1:") && xml.contains("state=\"frozen\""))
        #expect(xml.contains(language == "zh" ? "计划对比" : "Plans"))
        let again = try CommandRunner.run(["compare", "--format", "xlsx", "--lang", language])
        #expect(again.status == 0)
        #expect(again.outputBytes == bytes, "same input, same bytes, to a file or to standard output")
    }

    @Test(arguments: [
        (
            ["compare", "--sort", "mean"],
            "erqi: unknown sort column 'mean'; choose one of plan_id, plan_title, targets, targets_with_progress, "
        ),
        (["compare", "--descending"], "erqi: --descending needs --sort COLUMN"),
        (["compare", "--theme", "x"], "erqi: unknown option '--theme' for this command; see erqi --help"),
        (["compare", "--plan", "nope"], "erqi: unknown plan 'nope'; erqi list shows the plans"),
        (["--sort", "targets"], "erqi: unknown option '--sort' for this command; see erqi --help"),
    ])
    func compareMistakesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func comparePlanOptionKeepsOnlyThosePlans() throws {
        let result = try CommandRunner.run(["compare", "--format", "csv", "--plan", "p2020mid", "--plan", "p2019"])
        #expect(result.status == 0, "\(result.standardError)")
        let order = result.standardOutput.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { String($0.prefix { $0 != "," }) }
        #expect(order == ["p2019", "p2020mid"])
    }
}
