import ErqiCore
import Testing

@testable import ErqiPlanFiles

/// In a large dataset the search for repeated ids runs beside the other checks; the problems, their places and
/// their order are those of the serial checks, also when ids are repeated (issue #18, loading the national plan).
struct ConcurrentValidationTests {
    static func dataset() throws -> Dataset {
        let compounds = Indicator(id: "compounds", name: "老旧小区", unit: .count(measureWord: "个"))
        let target = Target(
            id: "t", title: "改造", indicator: compounds.id, period: try .year(2020),
            requirement: .atLeast(Quantity(357, .count(measureWord: "个"))), citation: SourceCitation(source: "plan"))
        let straddling = try Period(start: CalendarDate(iso: "2019-07-01"), end: CalendarDate(iso: "2020-06-30"))
        var observations: [Observation] = []
        for number in 0..<300 {
            // Every 7th observation uses the id o3 again, every 11th observation names an unknown indicator, every 13th is
            // negative, every 17th straddles the target's period and every 19th cites an unknown source.
            let id = Observation.ID(number % 7 == 3 && number > 7 ? "o3" : "o\(number)")
            observations.append(
                Observation(
                    id: id, indicator: number % 11 == 0 ? "missing" : compounds.id,
                    period: number % 17 == 0 ? straddling : try .year(2020),
                    value: Quantity(number % 13 == 0 ? -1 : number, .count(measureWord: "个")),
                    citation: SourceCitation(source: number % 19 == 0 ? "nowhere" : "plan")))
        }
        return Dataset(
            sources: [Source(id: "plan", title: "计划", locator: "plan.txt")], indicators: [compounds],
            plans: [
                Plan(
                    id: "p", title: "计划", period: try .year(2020),
                    themes: [Theme(id: "th", title: "主题", targets: [target])])
            ],
            observations: observations)
    }

    @Test func theConcurrentChecksFindTheProblemsOfTheSerialOnes() throws {
        let dataset = try Self.dataset()
        let text = PlanFileWriter.json(dataset)
        // Placed in the JSON file the writer makes, so that every problem names its own line.
        let locations = try #require(Self.locations(of: text))
        let serial = DatasetValidator(dataset: dataset, locations: locations, concurrentCheckThreshold: .max)
        let concurrent = DatasetValidator(dataset: dataset, locations: locations, concurrentCheckThreshold: 0)
        let serialProblems = serial.problems().map(\.description)
        #expect(serialProblems.count(where: { $0.contains("is used twice") }) == 42)
        #expect(serialProblems.count(where: { $0.contains("unknown indicator") }) == 28)
        #expect(serialProblems.count(where: { $0.contains("straddles") }) > 10)
        #expect(serialProblems.count(where: { $0.contains("unknown source") }) > 10)
        #expect(concurrent.problems().map(\.description) == serialProblems)
        #expect(Set(serialProblems).count == serialProblems.count)
    }

    @Test func withoutRepeatedIdsTheConcurrentChecksAgreeToo() throws {
        var dataset = try Self.dataset()
        for index in dataset.observations.indices {
            dataset.observations[index].id = Observation.ID("unique\(index)")
        }
        let serial = DatasetValidator(dataset: dataset, locations: PlanFileLocations(), concurrentCheckThreshold: .max)
        let concurrent = DatasetValidator(dataset: dataset, locations: PlanFileLocations(), concurrentCheckThreshold: 0)
        let problems = serial.problems().map(\.description)
        #expect(!problems.isEmpty && !problems.contains { $0.contains("is used twice") })
        #expect(concurrent.problems().map(\.description) == problems)
    }

    /// Where the JSON decoder recorded each item of the written file.
    static func locations(of bytes: [UInt8]) -> PlanFileLocations? {
        let text = SourceText(file: "plan.json", bytes: bytes)
        guard case .success(let root) = JSONDocumentParser.parse(text) else { return nil }
        var decoder = PlanFileJSONDecoder(text: text)
        _ = decoder.decode(root)
        return decoder.locations
    }
}
