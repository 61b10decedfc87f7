import ErqiCore
import ErqiReporting
import Foundation
import Testing

/// A reporter written against the public API only, as a plugin in another package would be.
struct StatusLineReporter: Reporter {
    var format: ReportFormat { ReportFormat(name: "status-lines", fileExtension: "txt", mediaType: "text/plain") }

    func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        output.write("as of \(scorecard.asOf)\n")
        for plan in scorecard.plans {
            output.write("\(plan.id) \(plan.rollup.counts.nonZero.map { "\($0.status.rawValue)=\($0.count)" })\n")
            for evaluation in plan.themes.flatMap(\.allTargetEvaluations) {
                let actual = evaluation.actual.map(ExactDecimal.plainText) ?? "-"
                output.write("\(evaluation.target.id)\t\(evaluation.status.rawValue)\t\(actual)\n")
            }
        }
        for observation in scorecard.achievements {
            output.write("achievement \(observation.id)\t\(observation.value)\n")
        }
    }
}

struct ReporterSeamTests {
    @Test func aPluginReporterSeesTheScorecard() throws {
        let scorecard = Evaluator(dataset: Fixtures.erqi2020).scorecard(asOf: Fixtures.date("2020-12-31"))
        let text = try StatusLineReporter().render(scorecard)
        #expect(
            text == """
                as of 2020-12-31
                plan ["missed=2"]
                invest-2020\tmissed\t38810000000
                compounds-2020\tmissed\t236

                """)
    }

    @Test func scorecardRoundTripsThroughJSONExactly() throws {
        let scorecard = Evaluator(dataset: Fixtures.erqi2020).scorecard(asOf: Fixtures.date("2020-06-30"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(scorecard)
        let decoded = try JSONDecoder().decode(Scorecard.self, from: data)
        #expect(decoded == scorecard)
        #expect(try encoder.encode(decoded) == data)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let outputs = try (0..<3).map { _ in
            try encoder.encode(Evaluator(dataset: Fixtures.erqi2020).scorecard(asOf: Fixtures.date("2020-12-31")))
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    }
}
