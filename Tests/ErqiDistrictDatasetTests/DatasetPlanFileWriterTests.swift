import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import Testing

/// Issue #15, point 4: the bundled dataset written by `PlanFileWriter` loads back equal and evaluates the same.
struct DatasetPlanFileWriterTests {
    @Test func theBundledDatasetWrittenAsAPlanFileLoadsBackEqual() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let written = PlanFileWriter.json(dataset)
        let loaded = try PlanFileLoader.loadJSON(bytes: written, file: "written.json")
        #expect(loaded == dataset)
        #expect(loaded.observations.count == 165)
        #expect(loaded.indicators.count == 134)
        #expect(PlanFileWriter.json(loaded) == written)
        let asOf = try CalendarDate(2021, 12, 31)
        #expect(Evaluator(dataset: loaded).scorecard(asOf: asOf) == Evaluator(dataset: dataset).scorecard(asOf: asOf))
        #expect(dataset.validationProblems().isEmpty)
    }

    /// The seed file is in the writer's form already: writing the loaded dataset gives back its very bytes, so
    /// the writer's key order, indentation and number text are those of a file people edit by hand.
    @Test func theBundledDatasetIsWrittenBackInTheSeedFilesOwnBytes() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        let same = PlanFileWriter.json(dataset) == ErqiDistrictDataset.bytes
        #expect(
            same,
            "PlanFileWriter no longer writes seeds/erqi-district.json as it is; if the seed file was edited by hand, write it with PlanFileWriter (and run scripts/embed-seeds)"
        )
    }
}
