// libFuzzer target for the JSON plan loader. Built and run by `scripts/fuzz json-plan-loader SECONDS`.
//
// Every input goes to `PlanFileLoader.loadJSON(bytes:file:)`; nothing may trap.
// - On success the dataset is evaluated as of its latest date (or 2025-12-31 when it has none), so the
//   evaluator runs on every dataset the loader accepts; and it is written with `PlanFileWriter`, which must
//   give a file that loads back equal.
// - On failure the error must hold at least one problem, and every problem must name the file, point at a
//   line and column that exist (line ≥ 1, column ≥ 1, line within the input's line count), and have a
//   non-empty message and description.
// A violated check is a deliberate trap, so libFuzzer records the input as a crash.

import ErqiCore
import ErqiPlanFiles

private let fileName = "fuzz.json"
private let fallbackDay: CalendarDate = {
    guard let day = try? CalendarDate(2025, 12, 31) else { fatalError("2025-12-31 must exist") }
    return day
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonPlanLoaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let dataset = try PlanFileLoader.loadJSON(bytes: bytes, file: fileName)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: dataset.latestDate ?? fallbackDay)
        guard scorecard.plans.count == dataset.plans.count else {
            fatalError("scorecard has \(scorecard.plans.count) plans, dataset \(dataset.plans.count)")
        }
        let written = PlanFileWriter.json(dataset)
        do {
            let again = try PlanFileLoader.loadJSON(bytes: written, file: fileName)
            guard again == dataset else { fatalError("the written plan file loads back different") }
        } catch {
            fatalError("the written plan file does not load: \(error)")
        }
    } catch {
        checkProblems(error.problems, bytes: bytes)
    }
    return 0
}

private func checkProblems(_ problems: [PlanFileProblem], bytes: [UInt8]) {
    guard !problems.isEmpty else { fatalError("PlanFileError without problems") }
    // Lines end at LF, CR or CRLF; counting every CR and LF bounds the number of lines from above.
    var lines = 1
    for byte in bytes where byte == 0x0A || byte == 0x0D { lines += 1 }
    for problem in problems {
        guard problem.file == fileName, problem.line >= 1, problem.column >= 1, problem.line <= lines,
            !problem.message.isEmpty, !problem.description.isEmpty
        else { fatalError("bad problem (input has \(lines) lines): \(problem)") }
    }
}
