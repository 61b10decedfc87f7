import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// What changed in the 2020 plan between the mid-year and the year end, on the bundled dataset.
struct DatasetDiffTests {
    static func diff(plans: Set<Plan.ID> = ["p2020"]) throws -> ScorecardDiff {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let evaluator = Evaluator(dataset: dataset)
        return ScorecardDiff(
            before: evaluator.scorecard(asOf: try CalendarDate(iso: "2020-06-30"), plans: plans),
            after: evaluator.scorecard(asOf: try CalendarDate(iso: "2020-12-31"), plans: plans))
    }

    static func compounds(_ diff: ScorecardDiff) throws -> TargetChange {
        try #require(diff.targets.first { $0.target == "p2020-old-compounds-renovated" })
    }

    @Test func theCompoundTargetIsRevisedFrom357To297() throws {
        let change = try Self.compounds(try Self.diff())
        #expect(change.requirementBefore?.value.value == 357)
        #expect(change.requirementAfter?.value.value == 297)
        #expect(change.revisions.count == 1)
        let revisedOn = try CalendarDate(iso: "2020-07-30")
        #expect(change.revisions.first?.effectiveOn == revisedOn)
        #expect(change.revisions.first?.citation?.source == "src-2020-midyear")
        #expect(change.isChanged)
    }

    @Test func theCompoundTargetChangesStatusWithTheYearEndFigure() throws {
        let change = try Self.compounds(try Self.diff())
        #expect(change.statusBefore != nil && change.statusAfter == .missed)
        #expect(change.statusBefore != change.statusAfter)
        #expect(change.actualAfter == 236)
        #expect(change.newObservations.map(\.value.value).contains(236))
    }

    @Test func onlyTargetsThatChangedAreListedAndEveryTargetIsKept() throws {
        let diff = try Self.diff()
        #expect(diff.targets.allSatisfy { $0.plan == "p2020" })
        #expect(diff.changedTargets.allSatisfy { $0.isChanged })
        #expect(diff.targets.count > diff.changedTargets.count || diff.targets.allSatisfy { $0.isChanged })
        #expect(diff.rollups.last?.plan == nil)
        #expect(diff.rollups.first?.plan == "p2020")
    }

    @Test func sameDayGivesNoChanges() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        let diff = ScorecardDiff(before: scorecard, after: scorecard)
        #expect(diff.changedTargets.isEmpty)
        #expect(diff.changedMilestones.isEmpty)
        #expect(diff.targets.count == scorecard.allTargetEvaluations.count)
    }

    @Test(arguments: Language.allCases)
    func everyFormatShowsTheRevisionAndTheStatusChange(language: Language) throws {
        let diff = try Self.diff()
        let options = ReportOptions(language: language)
        let missed = options.statusText(.missed)
        for reporter in [
            TextReporter(options: options) as any Reporter, MarkdownReporter(options: options),
            HTMLReporter(options: options),
        ] {
            let text = try reporter.render(diff)
            #expect(text.contains("297"), "\(reporter.format.name)")
            #expect(text.contains("357"), "\(reporter.format.name)")
            #expect(text.contains("2020-07-30"), "\(reporter.format.name)")
            #expect(text.contains("→ \(missed)"), "\(reporter.format.name)")
            #expect(text.contains(options.diffLabel(.title)), "\(reporter.format.name)")
        }
        let csv = try CSVReporter(options: options).render(diff)
        let row = try #require(csv.split(separator: "\r\n").first { $0.contains("p2020-old-compounds-renovated") })
        #expect(row.contains(",changed,"))
        #expect(row.contains(",atLeast,357,,atLeast,297,,count:个,2020-07-30 atLeast 297,"))
        #expect(row.contains(",missed,"))
        let json = try JSONReporter(options: options).render(diff)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let targets = try #require(object["targets"] as? [[String: Any]])
        let compounds = try #require(targets.first { $0["target"] as? String == "p2020-old-compounds-renovated" })
        #expect(compounds["statusAfter"] as? String == "missed")
        #expect((compounds["revisions"] as? [Any])?.count == 1)
    }

    @Test func aReporterWithoutDiffsSaysSo() throws {
        struct Plain: Reporter {
            var format: ReportFormat { ReportFormat(name: "plain", fileExtension: "txt", mediaType: "text/plain") }
            func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {}
        }
        let diff = try Self.diff()
        #expect(throws: ReporterError.diffNotSupported(format: "plain")) { try Plain().render(diff) }
    }
}
