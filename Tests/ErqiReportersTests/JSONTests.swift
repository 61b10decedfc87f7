import ErqiCore
import ErqiJSONReporter
import ErqiReporting
import Foundation
import Testing

struct JSONTests {
    private func decode(_ text: String) throws -> Scorecard {
        try JSONDecoder().decode(Scorecard.self, from: Data(text.utf8))
    }

    @Test func fixedScorecardsRoundTrip() throws {
        for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
            #expect(try decode(try JSONReporter().render(scorecard)) == scorecard)
            #expect(try decode(try JSONReporter(prettyPrinted: false).render(scorecard)) == scorecard)
        }
    }

    @Test(arguments: 0..<200)
    func randomScorecardsRoundTrip(_ seed: Int) throws {
        var generator = RandomScorecards(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D &+ 7)
        let scorecard = generator.scorecard()
        let json = try JSONReporter().render(scorecard)
        let back = try decode(json)
        #expect(back == scorecard, "seed \(seed) does not round-trip")
        #expect(try JSONReporter().render(back) == json, "seed \(seed): re-encoding differs")
    }

    @Test func writesExactDecimalsWithoutExponents() throws {
        let json = try JSONReporter().render(ReporterFixtures.erqi2020)
        #expect(json.contains("\"completion\": 0.7492277992277992278"))
        #expect(json.contains("\"value\": \"51800000000\""))
        let hostile = try JSONReporter().render(ReporterFixtures.hostile)
        #expect(hostile.contains("\"value\": \"0.00000000000000000001\""))
        #expect(hostile.contains("\"value\": \"12345678901234567890123456789012345678\""))
        #expect(!hostile.contains("e+"))
    }

    @Test func keysFollowDeclarationOrderAndSchemaVersionComesFirst() throws {
        let json = try JSONReporter().render(ReporterFixtures.erqi2020)
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2020-12-31\",\n  \"policy\": {"))
        let plans = try #require(json.range(of: "\"plans\""))
        let rollup = try #require(json.range(of: "\n  \"rollup\""))
        #expect(plans.lowerBound < rollup.lowerBound)
        #expect(JSONReporter.schemaVersion == ReporterFixtures.erqi2020.schemaVersion)
    }

    @Test func escapesControlsAndLineSeparators() throws {
        var scorecard = ReporterFixtures.erqi2020
        scorecard.sources[0].note = "a\u{0}b\u{1F}c\u{2028}d\"e\\f\ng"
        let json = try JSONReporter().render(scorecard)
        #expect(json.contains(#""zh": "a\u0000b\u001fc\u2028d\"e\\f\ng""#))
        #expect(try decode(json) == scorecard)
    }

    @Test func refusesNonFiniteNumbers() throws {
        var scorecard = ReporterFixtures.erqi2020
        var evaluation = scorecard.plans[0].themes[0].targets[0]
        evaluation.figures.growth = try GrowthAssessment(observedRate: .infinity, requiredRate: 0.05)
        scorecard.plans[0].themes[0].targets[0] = evaluation
        #expect(throws: JSONReporterError.self) { try JSONReporter().render(scorecard) }
    }
}
