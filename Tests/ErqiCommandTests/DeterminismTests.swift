import Foundation
import Testing

/// Same input, same bytes out: for every format, whatever the machine's time zone, locale or core count.
@Suite(.serialized) struct DeterminismTests {
    static let formats = ["text", "csv", "json", "markdown", "html"]

    static let environments: [[String: String]] = [
        ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"],
        ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"],
        ["TZ": "America/Los_Angeles", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"],
        ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"],
    ]

    @Test(arguments: formats)
    func sameBytesAcrossTimeZonesLocalesAndJobs(format: String) throws {
        var outputs: [Data] = []
        for (index, environment) in Self.environments.enumerated() {
            for jobs in ["1", "2", "7"] where index == 0 || jobs == "2" {
                let result = try CommandRunner.run(
                    ["--format", format, "--as-of", "2020-06-30", "--jobs", jobs, "--lang", "en"],
                    environment: environment)
                #expect(result.status == 0, "\(environment) jobs \(jobs): \(result.standardError)")
                outputs.append(result.outputBytes)
            }
        }
        #expect(outputs.count == 6)
        #expect(Set(outputs).count == 1, "\(format) output differs between runs")
        #expect(outputs[0].count > 1000)
    }

    @Test func repeatedRunsOfTheDefaultScorecardAreIdentical() throws {
        let first = try CommandRunner.run([], environment: ["TZ": "UTC"])
        let second = try CommandRunner.run([], environment: ["TZ": "Asia/Tokyo", "LANG": "ja_JP.UTF-8"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.outputBytes == second.outputBytes)
    }

    @Test func theReadmeExamplePlanIsValid() throws {
        let readme = try String(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let parts = readme.components(separatedBy: "```json\n")
        let example = try #require(parts.dropFirst().first?.components(separatedBy: "```").first)
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("myplan.json")
        try example.write(to: file, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["check", file.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("ok: 1 plans, 1 targets, 0 milestones, 1 observations"))
        let csv = try CommandRunner.run(["--data", file.path, "--as-of", "2025-06-30", "--format", "csv"])
        #expect(csv.status == 0)
        // 58 of 120 by 30 June is 48.3% against 181/365 = 49.6% of the year: pace 0.975, on track.
        #expect(csv.standardOutput.contains("compounds-2025"))
        #expect(csv.standardOutput.contains(",onTrack,"))
        #expect(csv.standardOutput.contains("0.97467771639042357274"))
    }
}
