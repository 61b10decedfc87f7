import ErqiCore
import ErqiDraft
import ErqiPlanFiles
import Testing

/// Merging a draft into an existing dataset: revisions, supersessions, new observations. The dataset and the
/// report are our own small fixtures.
struct DraftMergerTests {
    static let datasetJSON = """
        {"erqiPlanFormat": 1,
         "sources": [{"id": "s1", "title": "plan", "locator": "plan.txt"}],
         "indicators": [
           {"id": "compounds", "name": "老旧小区改造", "unit": "count:个"},
           {"id": "output", "name": "地区生产总值", "unit": "CNY"},
           {"id": "parks", "name": "口袋公园", "unit": "count:个"}],
         "plans": [{"id": "p", "title": "plan", "period": "2022", "themes": [{"id": "t", "title": "t", "targets": [
           {"id": "p-compounds", "title": "改造小区", "indicator": "compounds", "period": "2022",
            "requirement": "400个"}]}]}],
         "observations": [
           {"id": "o-output", "indicator": "output", "period": "2022", "value": "810亿元", "quality": "preliminary"},
           {"id": "o-parks", "indicator": "parks", "period": "2022-H1", "value": "5个"}]}
        """

    static func dataset() throws -> Dataset {
        try PlanFileLoader.loadJSON(bytes: Array(datasetJSON.utf8), file: "data.json")
    }

    static func proposals(_ report: String) throws -> [DraftProposal] {
        let draft = ReportDrafter(year: 2022).draft(report)
        return DraftMerger(dataset: try dataset()).proposals(for: draft)
    }

    @Test func laterTargetIsProposedAsRevision() throws {
        let proposal = try #require(try Self.proposals("全年确保老旧小区改造320个。").first)
        guard case .reviseTarget(let target, let from, let to) = proposal.change else {
            Issue.record("expected a revision, got \(proposal.change)")
            return
        }
        #expect(target.rawValue == "p-compounds")
        #expect(from.value == Quantity(400, .count(measureWord: "个")))
        #expect(to.value == Quantity(320, .count(measureWord: "个")))
        #expect(proposal.summary.contains("revise target p-compounds"))
    }

    @Test func finalFigureSupersedesPreliminary() throws {
        let proposal = try #require(try Self.proposals("全年地区生产总值完成了800亿元。").first)
        guard case .supersedeObservation(let observation, let from, let to) = proposal.change else {
            Issue.record("expected a supersession, got \(proposal.change)")
            return
        }
        #expect(observation.rawValue == "o-output")
        #expect(from == Quantity(81_000_000_000, .yuan))
        #expect(to == Quantity(80_000_000_000, .yuan))
    }

    @Test func figureOfKnownIndicatorForNewPeriodIsNewObservation() throws {
        let proposal = try #require(try Self.proposals("全年累计建成口袋公园12个。").first)
        #expect(proposal.change == .newObservation(indicator: "parks"))
    }

    @Test func sameFigureIsAlreadyRecorded() throws {
        let proposal = try #require(try Self.proposals("上半年累计建成口袋公园5个。").first)
        #expect(proposal.change == .alreadyRecorded(indicator: "parks"))
    }

    @Test func unknownNameOrUnitNeedsNewIndicator() throws {
        let proposals = try Self.proposals("累计新增就业岗位3000人。上半年老旧小区改造完成了40%。")
        #expect(proposals.map(\.change) == [.newIndicator, .newIndicator])
    }
}
