import ErqiCore
import ErqiPlanFiles
import Testing

/// Issue #15, point 4: a dataset built in code is checked as a plan file is, with every problem located.
struct DatasetValidationTests {
    /// The line (from 1) of the first line of `text` at or after `after` that contains `needle`.
    static func line(of needle: String, after: String? = nil, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        if let after, let found = lines.firstIndex(where: { $0.contains(after) }) { start = found }
        return lines[start...].firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    @Test func aValidDatasetHasNoProblems() throws {
        let dataset = try PlanFileWriterTests.everyField()
        #expect(dataset.validationProblems().isEmpty)
        try dataset.validate()
    }

    @Test func aDatasetBuiltInCodeGetsEveryProblemLocatedInItsPlanFile() throws {
        let compounds = Indicator(id: "compounds", name: "老旧小区", unit: .count(measureWord: "个"))
        let target = Target(
            id: "t", title: "改造", indicator: compounds.id, period: try .year(2020),
            requirement: .atLeast(Quantity(357, .count(measureWord: "个"))),
            citation: SourceCitation(source: "nowhere"))
        let dataset = Dataset(
            indicators: [compounds],
            plans: [
                Plan(
                    id: "p", title: "计划", period: try .year(2020),
                    themes: [Theme(id: "th", title: "主题", targets: [target])])
            ],
            observations: [
                Observation(
                    id: "o1", indicator: compounds.id, period: try .year(2020),
                    value: try Quantity("388.1", .yuan, scale: 100_000_000)),
                Observation(
                    id: "o1", indicator: "missing", period: try .year(2020),
                    value: Quantity(3, .count(measureWord: "个"))),
                Observation(
                    id: "bad\u{200B}id", indicator: compounds.id, period: try .year(2020),
                    value: Quantity(-4, .count(measureWord: "个"))),
            ])
        let text = String(decoding: PlanFileWriter.json(dataset), as: UTF8.self)
        let problems = dataset.validationProblems(file: "built.json")
        #expect(
            problems.map(\.kind) == [.unknownID, .unitMismatch, .duplicateID, .unknownID, .invalidID])
        #expect(
            problems.map(\.field) == [
                "plans[0].themes[0].targets[0].citation", "observations[0].value", "observations[1].id",
                "observations[1].indicator", "observations[2].id",
            ])
        #expect(problems.allSatisfy { $0.file == "built.json" })
        #expect(problems[0].line == Self.line(of: "\"citation\"", in: text))
        #expect(problems[1].line == Self.line(of: "\"value\": {", after: "\"o1\"", in: text))
        #expect(problems[3].line == Self.line(of: "\"indicator\": \"missing\"", in: text))
        #expect(problems[1].message == "the value is in CNY but indicator 'compounds' is in count:个")
        #expect(throws: PlanFileError(problems: problems)) { try dataset.validate(file: "built.json") }
    }
}
