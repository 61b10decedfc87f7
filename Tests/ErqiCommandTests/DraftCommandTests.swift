import Foundation
import Testing

/// `erqi draft`: a draft plan file that `erqi check` refuses while review marks are open and accepts once they are
/// resolved; `--merge` proposals; the output's safety. Reports are our own short sentences.
struct DraftCommandTests {
    static let report = """
        2022年工作安排

        全年确保新建学校6所，力争引进企业12家以上。

        上半年，税收同比增长7.5%，累计建成公园9个。

        新区公园3个。
        """

    /// Deletes every `"review"` key, as a reviewer does once each mark is resolved.
    static func resolvingReviewMarks(_ data: Data) throws -> Data {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "review" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: data)
        return try JSONSerialization.data(withJSONObject: strip(object), options: [.sortedKeys])
    }

    @Test func checkRefusesOpenReviewMarksAndAcceptsResolvedDraft() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reportURL = folder.appendingPathComponent("report.txt")
        try Self.report.write(to: reportURL, atomically: true, encoding: .utf8)
        let draftURL = folder.appendingPathComponent("draft.json")
        let drafted = try CommandRunner.run(
            ["draft", reportURL.path, "--published-on", "2022-01-20", "--output", draftURL.path])
        #expect(drafted.status == 0, "\(drafted.standardError)")
        #expect(drafted.standardError.contains("目标 2 个，实际数 3 个，待复核 1 个"))
        let draft = try String(contentsOf: draftURL, encoding: .utf8)
        #expect(draft.contains("\"review\": \"Target or achievement?"))

        let refused = try CommandRunner.run(["check", draftURL.path])
        #expect(refused.status == 65)
        let reviewLine = try #require(draft.split(separator: "\n").firstIndex { $0.contains("\"review\"") })
        #expect(refused.standardError.contains("draft.json:\(reviewLine + 1):"))
        #expect(refused.standardError.contains("a review mark left by erqi draft is still open"))
        #expect(refused.standardError.contains("delete the \"review\" key"))

        try Self.resolvingReviewMarks(Data(contentsOf: draftURL)).write(to: draftURL)
        let accepted = try CommandRunner.run(["check", draftURL.path])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(accepted.standardOutput.contains("1 plans, 2 targets, 0 milestones, 3 observations"))
    }

    @Test func draftListsLeftOutNumbersOnStandardError() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reportURL = folder.appendingPathComponent("report.txt")
        try "会议于7月30日召开，部署七项重点工作。\n确保新建学校6所。\n".write(
            to: reportURL, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["draft", reportURL.path, "--period", "2022"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("report.txt:1: 未采用 7月（日期或时间，只用来定期间）"))
        #expect(result.standardError.contains("report.txt:1: 未采用 七项（报告自身主题或条目的计数）"))
        #expect(result.standardOutput.contains("\"literal\": \"6所\""))
        let english = try CommandRunner.run(["draft", reportURL.path, "--period", "2022", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.standardError.contains("report.txt:1: left out 7月 (a date or a time): "))
        #expect(english.standardError.contains("report.txt:1: left out 七项 (a count of the report's themes or items): "))
    }

    /// A report whose numbers reach most categories of left-out numbers.
    static let leftOutReport = """
        2022年7月30日召开会议，部署七项重点工作。
        第二批项目开工，引进500强企业3家，新增亿元以上项目12个。
        “1346”布局推进，几十家企业参加，确保新建学校6所。
        确保新建学校6所。
        """

    /// Issue #15, erqi draft: the category of a number left out is printed in words of the chosen language, never as
    /// its code (`themeCount`); in Chinese the line holds no English word at all.
    @Test(arguments: ["zh", "en"])
    func leftOutCategoriesAreInWordsNeverCodes(language: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reportURL = folder.appendingPathComponent("report.txt")
        try Self.leftOutReport.write(to: reportURL, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["draft", reportURL.path, "--period", "2022", "--lang", language])
        #expect(result.status == 0, "\(result.standardError)")
        let marker = language == "zh" ? ": 未采用 " : ": left out "
        let lines = result.standardError.split(separator: "\n").compactMap { line in
            line.range(of: marker).map { String(line[$0.upperBound...]) }
        }
        #expect(lines.count >= 6, "\(result.standardError)")
        let codes = ["date", "ordinal", "name", "themeCount", "threshold", "vagueAmount", "repeatedFigure", "noUnit"]
        for line in lines {
            for code in codes {
                #expect(!line.contains("(\(code))") && !line.contains("（\(code)）"), "\(line)")
            }
            #expect(line.range(of: "[a-z]+[A-Z][A-Za-z]*", options: .regularExpression) == nil, "\(line)")
            if language == "zh" {
                #expect(line.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(line)")
            }
        }
        let summary = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
        if language == "zh" {
            #expect(summary.hasSuffix("；年份 2022"), "\(summary)")
            let words = summary.replacingOccurrences(of: reportURL.path, with: "").replacingOccurrences(
                of: "erqi draft", with: "")
            #expect(words.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(summary)")
        } else {
            #expect(summary.contains("numbers left out; year 2022"), "\(summary)")
        }
    }

    @Test func draftNeverOverwritesItsReport() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reportURL = folder.appendingPathComponent("report.txt")
        try Self.report.write(to: reportURL, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["draft", reportURL.path, "--output", reportURL.path])
        #expect(result.status != 0)
        #expect(try String(contentsOf: reportURL, encoding: .utf8) == Self.report)
    }

    @Test func draftReadsStandardInput() throws {
        let result = try CommandRunner.run(["draft", "-", "--period", "2022"], input: "确保新建学校6所。\n")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"id\": \"src-stdin\""))
        #expect(result.standardOutput.contains("\"locator\": \"stdin\""))
        #expect(result.standardOutput.contains("\"literal\": \"6所\""))
    }

    @Test(arguments: [["--period", "20x5"], ["--published-on", "2022-02-30"], ["--bogus"]])
    func badOptionIsUsageError(options: [String]) throws {
        let result = try CommandRunner.run(["draft", "report.txt"] + options)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("erqi: "))
    }

    @Test func mergeProposesRevisionAndSupersession() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataURL = folder.appendingPathComponent("data.json")
        try """
        {"erqiPlanFormat": 1, "sources": [], "indicators": [
          {"id": "compounds", "name": "老旧小区改造", "unit": "count:个"},
          {"id": "output", "name": "地区生产总值", "unit": "CNY"}],
         "plans": [{"id": "p", "title": "plan", "period": "2022", "themes": [{"id": "t", "title": "t", "targets": [
          {"id": "p-compounds", "title": "改造", "indicator": "compounds", "period": "2022", "requirement": "400个"}]}]}],
         "observations": [
          {"id": "o-output", "indicator": "output", "period": "2022", "value": "810亿元", "quality": "preliminary"}]}
        """.write(to: dataURL, atomically: true, encoding: .utf8)
        let reportURL = folder.appendingPathComponent("report.txt")
        try "全年确保老旧小区改造320个。\n\n全年地区生产总值完成了800亿元。\n".write(
            to: reportURL, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["draft", "--merge", dataURL.path, reportURL.path, "--period", "2022"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"change\": \"reviseTarget\", \"target\": \"p-compounds\""))
        #expect(result.standardOutput.contains("\"change\": \"supersedeObservation\", \"observation\": \"o-output\""))
        #expect(result.standardOutput.contains("supersedes the preliminary observation o-output"))
    }

    /// The seed texts beside the package root (`../shared/seeds`); CI has them.
    static let seedsFolder = CommandRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/seeds")
    static var seedsPresent: Bool {
        FileManager.default.fileExists(atPath: seedsFolder.appendingPathComponent("000_826ee21fad1d1fe9.txt").path)
    }

    @Test(
        .enabled(if: seedsPresent, "skipped: the seed texts are not in ../shared/seeds beside the package root"),
        arguments: [
            "000_826ee21fad1d1fe9.txt", "001_9d785b2161a49b6a.txt", "002_60c54f5bb5a965bb.txt",
            "003_78a782e63aa22335.txt", "004_569e30ccd5f3cb3b.txt",
        ])
    func seedDraftPassesCheckOnceReviewed(file: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draftURL = folder.appendingPathComponent("draft.json")
        let drafted = try CommandRunner.run(
            ["draft", Self.seedsFolder.appendingPathComponent(file).path, "--output", draftURL.path])
        #expect(drafted.status == 0, "\(drafted.standardError)")
        try Self.resolvingReviewMarks(Data(contentsOf: draftURL)).write(to: draftURL)
        let checked = try CommandRunner.run(["check", draftURL.path])
        #expect(checked.status == 0, "\(checked.standardError)")
    }
}
