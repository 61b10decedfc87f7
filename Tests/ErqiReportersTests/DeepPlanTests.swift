import ErqiCore
import ErqiPlanFiles
import ErqiReporting
import Foundation
import Testing

/// Issue #13, point 1: a plan nested as deep as the loaders accept goes through the whole report path (the
/// evaluator's theme assembly and every reporter's walk over themes) without exhausting the stack.
struct DeepPlanTests {
    static func deepScorecard(levels: Int) throws -> Scorecard {
        let path = [String](repeating: "a", count: levels).joined(separator: "/")
        let targets =
            "plan,plan_period,theme,id,title,title_en,indicator,unit,period,requirement\n"
            + "p2020,2020,\(path),c,小区,Old compounds,compounds,count:个,2020,357\n"
        let observations = "id,indicator,period,value\nh1,compounds,2020-H1,103\n"
        let dataset = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Array(targets.utf8)), observations: ("observations.csv", Array(observations.utf8)))
        return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
    }

    @Test(arguments: ReporterConformanceTests.reporters.indices)
    func point1EveryReporterWritesAPlanAtTheDepthLimit(_ index: Int) throws {
        let reporter = ReporterConformanceTests.reporters[index]
        let scorecard = try Self.deepScorecard(levels: 199)
        let output = try reporter.render(scorecard)
        // Every level is written (a narrow text report may cut the deepest titles, but never a theme's line).
        #expect(output.split(separator: "\n").count > 199 || output.components(separatedBy: "a").count > 199)
        if reporter.format.name != "text" {
            #expect(
                output.contains("小区") || output.contains("Old compounds"), "\(reporter.format.name) lost the target")
        }
    }

    /// What a thread reports back.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.withLock { values.append(value) } }
        var all: [String] { lock.withLock { values } }
    }

    /// The reporters whose walk over themes is checked on a small stack: every built-in one except JSON, whose
    /// Codable encoding nests about 80 theme levels deep on 512 KiB in a debug build (it is checked on the
    /// default stack by ``point1EveryReporterWritesAPlanAtTheDepthLimit(_:)``).
    static let smallStackReporters = ReporterConformanceTests.reporters.filter { $0.format.name != "json" }

    @Test func point1APlanAtTheDepthLimitIsEvaluatedAndReportedOnASmallThreadStack() throws {
        // 512 KiB is the stack of a worker thread on macOS, where `erqi` evaluates and reports; the recursive theme
        // assembly took about 9 KiB a level in a debug build and crashed there past about 55 levels.
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { done.signal() }
            do {
                let scorecard = try Self.deepScorecard(levels: NestingLimit.maximumDepth)
                outcome.add("targets \(scorecard.allTargetEvaluations.count)")
                for reporter in Self.smallStackReporters {
                    outcome.add(
                        "\(reporter.format.name) \(try reporter.render(scorecard).isEmpty ? "empty" : "written")")
                }
            } catch {
                outcome.add("error: \(error)")
            }
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(outcome.all == ["targets 1"] + Self.smallStackReporters.map { "\($0.format.name) written" })
    }
}
