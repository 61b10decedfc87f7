// erqi-bench: times Erqi on a large CSV plan (see BENCHMARKS.md and scripts/bench-vs-pandas).
//
//   erqi-bench run DATA --as-of 2025-06-30 [--repeat 3] [--format-repeat N] [--out DIR] [--parallelism N]
//       Every phase: loading, evaluation (serial and parallel), each report format; medians of the repeats,
//       observations per second, the parallel speed-up, byte-identity of serial and parallel reports, peak RSS.
//   erqi-bench e2e DATA --as-of 2025-06-30 --out FILE.csv [--serial] [--parallelism N]
//       One pass as a user would run it: load, evaluate, write the CSV report; phase times and peak RSS.
import ErqiCSVReporter
import ErqiCore
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Command-line options.
struct Options {
    var command = ""
    var data = ""
    var asOf: CalendarDate?
    var repeats = 3
    var formatRepeats: Int?
    var out: String?
    var serial = false
    var parallelism = ProcessInfo.processInfo.activeProcessorCount
    var formats = ["csv", "json", "text", "markdown", "html"]

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var rest = arguments[...]
        guard let command = rest.popFirst(), let data = rest.popFirst() else { return nil }
        options.command = command
        options.data = data
        while let argument = rest.popFirst() {
            switch argument {
            case "--as-of":
                guard let text = rest.popFirst(), let date = try? CalendarDate(iso: text) else { return nil }
                options.asOf = date
            case "--repeat":
                guard let text = rest.popFirst(), let count = Int(text), count >= 1 else { return nil }
                options.repeats = count
            case "--format-repeat":
                guard let text = rest.popFirst(), let count = Int(text), count >= 1 else { return nil }
                options.formatRepeats = count
            case "--out":
                guard let path = rest.popFirst() else { return nil }
                options.out = path
            case "--serial":
                options.serial = true
            case "--parallelism":
                guard let text = rest.popFirst(), let count = Int(text), count >= 1 else { return nil }
                options.parallelism = count
            case "--formats":
                guard let text = rest.popFirst() else { return nil }
                options.formats = text.split(separator: ",").map(String.init)
            default:
                return nil
            }
        }
        return options
    }
}

/// A report file written through Erqi's buffered byte sink (`ReportOutput`, 64 KiB), as `erqi` writes one.
struct BufferedFileOutput {
    private let file: UnsafeMutablePointer<FILE>
    var sink: ReportOutput

    init?(path: String) {
        guard let file = fopen(path, "wb") else { return nil }
        self.file = file
        sink = ReportOutput { bytes in
            guard fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
    }

    /// The bytes written so far.
    var bytesWritten: Int { sink.count }

    mutating func close() {
        try? sink.finish()
        fclose(file)
    }
}

/// A text stream that keeps the UTF-8 bytes in memory, for byte-by-byte comparisons.
struct ByteOutput: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }
}

func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The peak resident set size of this process so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
        return Int(usage.ru_maxrss)
    #else
        return Int(usage.ru_maxrss) * 1024
    #endif
}

/// The current resident set size, in bytes (Linux; 0 elsewhere).
func currentResidentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func format(_ value: Double, _ places: Int = 3) -> String { String(format: "%.\(places)f", value) }

func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, 1) + " MiB" }

/// The input's size on disk: the CSV files of the folder.
func inputBytes(_ folder: String) -> Int {
    ["targets.csv", "observations.csv", "sources.csv", "milestones.csv"].reduce(0) { total, name in
        let path = (folder as NSString).appendingPathComponent(name)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        return total + size
    }
}

/// Times a body once.
func timed<Result>(_ body: () throws -> Result) rethrows -> (Result, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    return (result, seconds(clock.now - start))
}

/// Times an async body once.
func timedAsync<Result>(_ body: () async -> Result) async -> (Result, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = await body()
    return (result, seconds(clock.now - start))
}

func reporter(_ name: String) -> (any Reporter)? {
    switch name {
    case "csv": CSVReporter()
    case "json": JSONReporter()
    case "text": TextReporter(options: ReportOptions(colour: false))
    case "markdown": MarkdownReporter()
    case "html": HTMLReporter()
    default: nil
    }
}

func load(_ folder: String) -> Dataset? {
    do {
        return try PlanFileLoader.load(path: folder)
    } catch {
        for problem in error.problems.prefix(20) { standardError("\(problem)") }
        return nil
    }
}

func countObservations(_ dataset: Dataset) -> (targets: Int, observations: Int) {
    var targets = 0
    for plan in dataset.plans { plan.forEachTheme { targets += $0.targets.count } }
    return (targets, dataset.observations.count)
}

// MARK: - e2e

func endToEnd(_ options: Options, asOf: CalendarDate) async -> Int32 {
    guard let out = options.out else {
        standardError("erqi-bench e2e: --out FILE.csv is required")
        return 64
    }
    let (loaded, loadTime) = timed { load(options.data) }
    guard let dataset = loaded else { return 65 }
    let afterLoad = peakResidentBytes()
    let (scorecard, evaluateTime): (Scorecard, Double)
    if options.serial {
        (scorecard, evaluateTime) = timed { Evaluator(dataset: dataset).scorecard(asOf: asOf) }
    } else {
        (scorecard, evaluateTime) = await timedAsync {
            await Evaluator(dataset: dataset).scorecard(asOf: asOf, parallelism: options.parallelism)
        }
    }
    guard var file = BufferedFileOutput(path: out) else {
        standardError("erqi-bench: cannot write \(out)")
        return 74
    }
    let (_, writeTime) = timed {
        try? CSVReporter().write(scorecard, to: &file.sink)
        file.close()
    }
    let counts = countObservations(dataset)
    let input = inputBytes(options.data)
    let peak = peakResidentBytes()
    print("erqi-phase: load \(format(loadTime))")
    print(
        "erqi-phase: evaluate \(format(evaluateTime)) (\(options.serial ? "serial" : "parallelism \(options.parallelism)"))"
    )
    print("erqi-phase: write-csv \(format(writeTime))")
    print("erqi-phase: total \(format(loadTime + evaluateTime + writeTime))")
    print("erqi: \(counts.targets) targets, \(counts.observations) observations, input \(megabytes(input))")
    print(
        "erqi-memory: peak RSS \(megabytes(peak)) (after loading \(megabytes(afterLoad))), "
            + "\(format(Double(peak) / Double(max(input, 1)), 2))x the input")
    return 0
}

// MARK: - run

func runAll(_ options: Options, asOf: CalendarDate) async -> Int32 {
    let input = inputBytes(options.data)
    let baseline = currentResidentBytes()
    print("erqi-bench: \(options.data), input \(megabytes(input)), as of \(asOf), \(options.repeats) repeats (median)")
    print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; RSS at start \(megabytes(baseline))")
    print(
        "sizes (stride, bytes): Observation \(MemoryLayout<Observation>.stride), Target \(MemoryLayout<Target>.stride), "
            + "TargetEvaluation \(MemoryLayout<TargetEvaluation>.stride)")

    var loadTimes: [Double] = []
    var dataset: Dataset?
    for _ in 0..<options.repeats {
        dataset = nil  // free the previous copy first, so that the peak is one dataset
        let (loaded, time) = timed { load(options.data) }
        guard let loaded else { return 65 }
        dataset = loaded
        loadTimes.append(time)
    }
    guard let dataset else { return 65 }
    let peakAfterLoad = peakResidentBytes()
    let residentDataset = currentResidentBytes()
    let counts = countObservations(dataset)
    let loadMedian = median(loadTimes)
    print("")
    print("dataset: \(counts.targets) targets, \(counts.observations) observations")
    print(
        "load:                 \(format(loadMedian)) s  (\(format(Double(input) / 1_048_576 / loadMedian, 1)) MiB/s, "
            + "\(format(Double(counts.observations) / loadMedian / 1e6, 2)) M obs/s)   runs: "
            + loadTimes.map { format($0) }.joined(separator: " "))

    var indexTimes: [Double] = []
    var serialTimes: [Double] = []
    var serialCard: Scorecard?
    for _ in 0..<options.repeats {
        let (evaluator, indexTime) = timed { Evaluator(dataset: dataset) }
        let (card, time) = timed { evaluator.scorecard(asOf: asOf) }
        indexTimes.append(indexTime)
        serialTimes.append(time)
        serialCard = card
    }
    var parallelTimes: [Double] = []
    var parallelCard: Scorecard?
    for _ in 0..<options.repeats {
        let (card, time) = await timedAsync {
            await Evaluator(dataset: dataset).scorecard(asOf: asOf, parallelism: options.parallelism)
        }
        parallelTimes.append(time)
        parallelCard = card
    }
    guard let serialCard, let parallelCard else { return 70 }
    let index = median(indexTimes)
    let serial = median(serialTimes)
    let parallel = median(parallelTimes)
    let observations = Double(counts.observations)
    print(
        "index (Evaluator.init): \(format(index)) s   runs: " + indexTimes.map { format($0) }.joined(separator: " "))
    print(
        "evaluate serial:      \(format(serial)) s  (\(format(observations / serial / 1e6, 2)) M obs/s on one core; "
            + "with the index \(format(observations / (serial + index) / 1e6, 2)) M obs/s)   runs: "
            + serialTimes.map { format($0) }.joined(separator: " "))
    print(
        "evaluate parallel:    \(format(parallel)) s  (index included, parallelism \(options.parallelism); "
            + "speed-up \(format((serial + index) / parallel, 2))x over serial with index)   runs: "
            + parallelTimes.map { format($0) }.joined(separator: " "))

    var serialBytes = ByteOutput()
    var parallelBytes = ByteOutput()
    try? CSVReporter().write(serialCard, to: &serialBytes)
    try? CSVReporter().write(parallelCard, to: &parallelBytes)
    let identical = serialCard == parallelCard && serialBytes.bytes == parallelBytes.bytes
    print(
        "serial vs parallel:   scorecards \(serialCard == parallelCard ? "equal" : "DIFFERENT"), CSV reports "
            + "\(serialBytes.bytes == parallelBytes.bytes ? "byte-identical" : "DIFFERENT") (\(serialBytes.bytes.count) bytes)"
    )
    serialBytes = ByteOutput()
    parallelBytes = ByteOutput()

    let folder = options.out ?? NSTemporaryDirectory()
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for name in options.formats {
        guard let reporter = reporter(name) else {
            standardError("erqi-bench: unknown format \(name)")
            return 64
        }
        let path = (folder as NSString).appendingPathComponent("erqi-national.\(reporter.format.fileExtension)")
        var times: [Double] = []
        var size = 0
        for _ in 0..<(options.formatRepeats ?? options.repeats) {
            guard var file = BufferedFileOutput(path: path) else {
                standardError("erqi-bench: cannot write \(path)")
                return 74
            }
            let (_, time) = timed {
                try? reporter.write(parallelCard, to: &file.sink)
                file.close()
            }
            size = file.bytesWritten
            times.append(time)
        }
        print(
            "write \(name.padding(toLength: 9, withPad: " ", startingAt: 0)):      \(format(median(times))) s  "
                + "(\(megabytes(size)), \(format(Double(size) / 1_048_576 / median(times), 1)) MiB/s; "
                + "resident \(megabytes(currentResidentBytes())), peak so far \(megabytes(peakResidentBytes()))) "
                + "-> \(path)   runs: " + times.map { format($0) }.joined(separator: " "))
    }
    let peak = peakResidentBytes()
    print("")
    print(
        "memory: input \(megabytes(input)); resident after loading \(megabytes(residentDataset)); peak after loading "
            + "\(megabytes(peakAfterLoad)) (\(format(Double(peakAfterLoad) / Double(max(input, 1)), 2))x the input); "
            + "peak overall \(megabytes(peak)) (\(format(Double(peak) / Double(max(input, 1)), 2))x)")
    return identical ? 0 : 1
}

// MARK: - main

let usage = """
    usage: erqi-bench run DATA --as-of YYYY-MM-DD [--repeat N] [--format-repeat N] [--out DIR] [--parallelism N]
                          [--formats csv,json,text,markdown,html]
           erqi-bench e2e DATA --as-of YYYY-MM-DD --out FILE.csv [--serial] [--parallelism N]
    """
guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())), let asOf = options.asOf else {
    standardError(usage)
    exit(64)
}
switch options.command {
case "run": exit(await runAll(options, asOf: asOf))
case "e2e": exit(await endToEnd(options, asOf: asOf))
default:
    standardError(usage)
    exit(64)
}
