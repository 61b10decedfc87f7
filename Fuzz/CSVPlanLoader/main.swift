// libFuzzer target for the CSV plan loader. Built and run by `scripts/fuzz csv-plan-loader SECONDS`.
//
// Input layout: the files of a CSV plan set, separated by NUL bytes (0x00), at most four parts:
//
//     targets.csv \0 observations.csv [\0 sources.csv [\0 milestones.csv]]
//
// Further NUL bytes stay inside milestones.csv (where the loader must report them as an encoding problem).
// A missing observations part is an empty file; an empty sources or milestones part means "no such file".
// NUL is never valid inside a plan file, so the separator costs no coverage.
//
// The parts go to `PlanFileLoader.loadCSV(targets:observations:sources:milestones:)`; nothing may trap.
// - On success the dataset is evaluated as of its latest date (or 2025-12-31 when it has none).
// - On failure the error must hold at least one problem, and every problem must name one of the files given,
//   with line ≥ 1 and column ≥ 1 (and the line within that file's line count), and a non-empty message and
//   description.
// A violated check is a deliberate trap, so libFuzzer records the input as a crash.

import ErqiCore
import ErqiPlanFiles

private let fallbackDay: CalendarDate = {
    guard let day = try? CalendarDate(2025, 12, 31) else { fatalError("2025-12-31 must exist") }
    return day
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func csvPlanLoaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    let parts = input.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Array($0) }
    let targets = (file: "targets.csv", bytes: parts[0])
    let observations = (file: "observations.csv", bytes: parts.count > 1 ? parts[1] : [])
    let sources = parts.count > 2 && !parts[2].isEmpty ? (file: "sources.csv", bytes: parts[2]) : nil
    let milestones = parts.count > 3 && !parts[3].isEmpty ? (file: "milestones.csv", bytes: parts[3]) : nil
    do {
        let dataset = try PlanFileLoader.loadCSV(
            targets: targets, observations: observations, sources: sources, milestones: milestones)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: dataset.latestDate ?? fallbackDay)
        guard scorecard.plans.count == dataset.plans.count else {
            fatalError("scorecard has \(scorecard.plans.count) plans, dataset \(dataset.plans.count)")
        }
    } catch {
        var files: [String: [UInt8]] = [targets.file: targets.bytes, observations.file: observations.bytes]
        if let sources { files[sources.file] = sources.bytes }
        if let milestones { files[milestones.file] = milestones.bytes }
        checkProblems(error.problems, files: files)
    }
    return 0
}

private func checkProblems(_ problems: [PlanFileProblem], files: [String: [UInt8]]) {
    guard !problems.isEmpty else { fatalError("PlanFileError without problems") }
    // Lines end at LF, CR or CRLF; counting every CR and LF bounds the number of lines from above.
    let lineCounts = files.mapValues { bytes in bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 } }
    for problem in problems {
        guard let lines = lineCounts[problem.file] else { fatalError("problem in an unknown file: \(problem)") }
        guard problem.line >= 1, problem.column >= 1, problem.line <= lines, !problem.message.isEmpty,
            !problem.description.isEmpty
        else { fatalError("bad problem (file has \(lines) lines): \(problem)") }
    }
}
