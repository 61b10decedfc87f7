import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #15, point 4, from outside the package: `import ErqiCore` without `@testable`, as any user would.
///
/// A plan built in code from report text is validated, written as a plan file in a temporary folder, loaded back
/// equal and evaluated, with the statuses and figures of Erqi District's 2020 work.
struct PlanInCodeTests {
    static let compoundUnit = QuantityUnit.count(measureWord: "个")
    static let investment = Indicator(id: "investment", name: "固定资产投资", unit: .yuan)
    static let compounds = Indicator(id: "compounds", name: "老旧小区改造", unit: compoundUnit)
    static let households = Indicator(id: "households", name: "惠及居民", unit: .count(measureWord: "户"))
    static let projects = Indicator(id: "projects", name: "重点项目", unit: .count(measureWord: "项"))

    static func plan() throws -> Dataset {
        let year = try Period.year(2020)
        let citation = SourceCitation(source: "plan-2020", line: 12, literal: "518亿元以上")
        let targets = [
            Target(
                id: "investment-2020", title: "年度投资", indicator: investment.id, period: year,
                requirement: try Requirement(reading: "确保518亿元以上", for: investment), citation: citation),
            Target(
                id: "compounds-2020", title: "老旧小区改造", indicator: compounds.id, period: year,
                requirement: try Requirement(reading: "357个", for: compounds),
                revisions: [
                    TargetRevision(
                        effectiveOn: try CalendarDate(2020, 7, 30),
                        requirement: try Requirement(reading: "297个", for: compounds),
                        citation: SourceCitation(source: "midyear-2020", line: 67, literal: "297"),
                        reason: "年中调整")
                ]),
            Target(
                id: "households-2020", title: "惠及居民", indicator: households.id, period: year,
                requirement: try Requirement(reading: "13.2万户以上", for: households)),
            Target(
                id: "projects-2020", title: "重点项目", indicator: projects.id, period: year,
                requirement: try Requirement(reading: "200项以上", for: projects)),
        ]
        let milestone = Milestone(
            id: "all-started", title: "新建项目全部开工", due: try CalendarDate(2020, 6, 30),
            evidence: [Milestone.Evidence(date: try CalendarDate(2020, 6, 15), isDone: true)])
        return Dataset(
            sources: [
                Source(id: "plan-2020", title: "2020年工作部署", locator: "plan-2020.txt"),
                Source(id: "midyear-2020", title: "年中会议", publishedOn: try CalendarDate(2020, 7, 30), locator: "m.txt"),
            ],
            indicators: [investment, compounds, households, projects],
            plans: [
                Plan(
                    id: "p2020", title: "2020年工作", period: year, source: "plan-2020",
                    themes: [Theme(id: "key-work", title: "重点工作", targets: targets, milestones: [milestone])])
            ],
            observations: [
                try Observation(id: "investment", indicator: investment, period: year, reading: "388.1亿元"),
                try Observation(id: "compounds-h1", indicator: compounds, period: try .half(2020, 1), reading: "103个"),
                try Observation(id: "compounds", indicator: compounds, period: year, reading: "236个"),
                try Observation(id: "households", indicator: households, period: year, reading: "13.2万余户"),
                try Observation(id: "projects", indicator: projects, period: year, reading: "近200项"),
            ])
    }

    @Test func aPlanBuiltInCodeIsValidatedWrittenLoadedBackEqualAndEvaluated() throws {
        let dataset = try Self.plan()
        try dataset.validate(file: "plan-2020.json")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erqi-external-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan-2020.json")
        try Data(PlanFileWriter.json(dataset)).write(to: file)
        let loaded = try PlanFileLoader.load(path: file.path)
        #expect(loaded == dataset)

        let evaluator = Evaluator(dataset: loaded)
        let yearEnd = try CalendarDate(2020, 12, 31)
        let targets = loaded.plans[0].themes[0].targets
        let evaluations = targets.map { evaluator.evaluate($0, asOf: yearEnd) }
        #expect(evaluations.map(\.status) == [.missed, .missed, .achieved, .missed])

        let investment = evaluations[0]
        #expect(investment.requirementInForce.commitment == .ensure)
        #expect(investment.actual == (try Quantity("388.1", .yuan, scale: 100_000_000)).value)
        #expect(investment.figures.shortfall == (try Quantity("129.9", .yuan, scale: 100_000_000)).value)

        let compounds = evaluations[1]
        #expect(compounds.revisionInForce == 0)
        #expect(compounds.requirementInForce == .atLeast(Quantity(297, Self.compoundUnit)))
        #expect(compounds.actual == Quantity(236, Self.compoundUnit).value)
        #expect(compounds.figures.shortfall == Quantity(61, Self.compoundUnit).value)

        #expect(evaluations[2].actualApproximation == .moreThan)
        #expect(evaluations[3].actualApproximation == .nearly)

        // At mid-year the first-half figure, 103 of the 357 then in force, is far behind a linear pace.
        let midYear = evaluator.evaluate(targets[1], asOf: try CalendarDate(2020, 6, 30))
        #expect(midYear.status == .offTrack)
        #expect(midYear.revisionInForce == nil)
        #expect(midYear.actual == Quantity(103, Self.compoundUnit).value)

        let milestone = evaluator.evaluate(loaded.plans[0].themes[0].milestones[0], asOf: yearEnd)
        #expect(milestone.status == .done)
    }

    @Test func aPlanBuiltInCodeWithMistakesGetsEveryProblemLocated() throws {
        var dataset = try Self.plan()
        dataset.observations.append(
            Observation(
                id: "projects", indicator: Self.projects.id, period: try .year(2020),
                value: try Quantity("5", .yuan), approximation: .exact))
        dataset.plans[0].themes[0].targets[0].citation = SourceCitation(source: "no-such-source")
        let problems = dataset.validationProblems(file: "plan-2020.json")
        #expect(problems.map(\.kind) == [.unknownID, .duplicateID, .unitMismatch])
        #expect(
            problems.map(\.field) == [
                "plans[0].themes[0].targets[0].citation", "observations[5].id", "observations[5].value",
            ])
        #expect(problems.allSatisfy { $0.file == "plan-2020.json" && $0.line > 1 && $0.column > 1 })
        #expect(problems[2].message == "the value is in CNY but indicator 'projects' is in count:项")
    }

    /// Fixtures/rich-plan.json sets every field of the format in report text: written in the object form, with
    /// 确保 and 力争 kept as commitments, it loads back equal.
    @Test func aPlanFileWithEveryFieldIsWrittenAndLoadedBackEqual() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/rich-plan.json")
        let dataset = try PlanFileLoader.load(path: fixture.path)
        let written = PlanFileWriter.json(dataset)
        #expect(try PlanFileLoader.loadJSON(bytes: written, file: "rich-plan-written.json") == dataset)
        let target = dataset.plans[0].themes[0].themes[0].targets[0]
        #expect(target.requirement.commitment == .ensure)
        #expect(target.revisions[0].requirement.commitment == .strive)
        #expect(target.revisions[0].requirement.comparator == .between)
        #expect(
            target.revisions[0].requirement.upperValue == (try Quantity("525", .yuan, scale: 100_000_000)))
        #expect(dataset.observations.map(\.approximation) == [.about, .exact, .moreThan, .nearly])
    }

    @Test func reportTextThatIsNoRequirementOrFigureIsATypedError() {
        #expect(throws: ReportTextError.notAFigure(text: "518亿元以上", .atLeast)) {
            try Observation(id: "o", indicator: Self.investment, period: try .year(2020), reading: "518亿元以上")
        }
        #expect(throws: ReportTextError.self) { try Requirement(reading: "近200项", for: Self.projects) }
    }
}
