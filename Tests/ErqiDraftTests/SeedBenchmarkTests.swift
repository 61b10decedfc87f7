import ErqiCore
import ErqiDraft
import ErqiPlanFiles
import Foundation
import Testing

/// Measures the drafter against the hand-made dataset: the five seed texts are read at test time from
/// `../shared/seeds` (beside the package root) and never copied into the project.
///
/// A figure counts when its kind (target or observation), source file, line, value, unit and comparator (for a
/// target) or approximation (for an observation) are right. The floors are the figures recorded in README.md;
/// the test fails when the drafter falls below them.
struct SeedBenchmarkTests {
    /// The package root, from this file's path (Tests/ErqiDraftTests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The seed texts, beside the package root.
    static let seedsFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var seedsPresent: Bool {
        FileManager.default.fileExists(atPath: seedsFolder.appendingPathComponent("000_826ee21fad1d1fe9.txt").path)
    }

    /// Recorded floors, in basis points (9090 is 90.90%): recall and precision of targets and of observations.
    static let targetRecallFloor = 9090
    static let targetPrecisionFloor = 8695
    static let observationRecallFloor = 9636
    static let observationPrecisionFloor = 9695

    /// One figure as the comparison sees it.
    struct Figure: Hashable {
        var kind: FigureKind
        var file: String
        var line: Int
        var quantity: Quantity
        var qualifier: String
    }

    struct Score {
        var expected = 0
        var drafted = 0
        var matched = 0
        var misses: [Figure] = []
        var extras: [Figure] = []

        func basisPoints(_ part: Int, of whole: Int) -> Int { whole == 0 ? 0 : part * 10000 / whole }
        var recall: Int { basisPoints(matched, of: expected) }
        var precision: Int { basisPoints(matched, of: drafted) }
    }

    @Test(
        .enabled(
            if: seedsPresent,
            "skipped: the seed texts are not in ../shared/seeds beside the package root (CI has them)"))
    func drafterMeetsRecordedPrecisionAndRecallOnSeeds() throws {
        let dataset = try PlanFileLoader.load(
            path: Self.packageRoot.appendingPathComponent("seeds/erqi-district.json").path)
        let expected = Self.expectedFigures(dataset)
        var drafted: [Figure] = []
        for source in dataset.sources {
            let url = Self.seedsFolder.appendingPathComponent(source.locator)
            let text = try String(contentsOf: url, encoding: .utf8)
            let draft = ReportDrafter(publicationYear: source.publishedOn?.year).draft(text)
            for figure in draft.figures {
                drafted.append(
                    Figure(
                        kind: figure.kind, file: source.locator, line: figure.line, quantity: figure.quantity,
                        qualifier: figure.kind == .target
                            ? (figure.comparator ?? .atLeast).rawValue : figure.approximation.rawValue))
            }
        }
        var scores: [FigureKind: Score] = [:]
        for kind in FigureKind.allCases {
            var remaining = drafted.filter { $0.kind == kind }
            var score = Score(expected: 0, drafted: remaining.count)
            for figure in expected where figure.kind == kind {
                score.expected += 1
                if let index = remaining.firstIndex(of: figure) {
                    score.matched += 1
                    remaining.remove(at: index)
                } else {
                    score.misses.append(figure)
                }
            }
            score.extras = remaining
            scores[kind] = score
        }
        let targets = scores[.target] ?? Score()
        let observations = scores[.observation] ?? Score()
        for (name, score) in [("targets", targets), ("observations", observations)] {
            print(
                "draft benchmark: \(name): \(score.matched) of \(score.expected) found, \(score.drafted) drafted; "
                    + "recall \(Self.percent(score.recall)), precision \(Self.percent(score.precision))")
            for miss in score.misses { print("  missed \(miss.file):\(miss.line) \(miss.quantity) \(miss.qualifier)") }
            for extra in score.extras {
                print("  extra  \(extra.file):\(extra.line) \(extra.quantity) \(extra.qualifier)")
            }
        }
        #expect(targets.expected == 22)
        #expect(observations.expected == 165)
        #expect(targets.recall >= Self.targetRecallFloor)
        #expect(targets.precision >= Self.targetPrecisionFloor)
        #expect(observations.recall >= Self.observationRecallFloor)
        #expect(observations.precision >= Self.observationPrecisionFloor)
    }

    /// Every target and observation of the dataset with a citation, as the comparison sees it.
    static func expectedFigures(_ dataset: Dataset) -> [Figure] {
        let locators = Dictionary(uniqueKeysWithValues: dataset.sources.map { ($0.id, $0.locator) })
        var figures: [Figure] = []
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets {
                    guard let citation = target.citation, let line = citation.line,
                        let file = locators[citation.source]
                    else { continue }
                    figures.append(
                        Figure(
                            kind: .target, file: file, line: line, quantity: target.requirement.value,
                            qualifier: target.requirement.comparator.rawValue))
                }
            }
        }
        for observation in dataset.observations {
            guard let citation = observation.citation, let line = citation.line, let file = locators[citation.source]
            else { continue }
            figures.append(
                Figure(
                    kind: .observation, file: file, line: line, quantity: observation.value,
                    qualifier: observation.approximation.rawValue))
        }
        return figures
    }

    static func percent(_ basisPoints: Int) -> String {
        let fraction = basisPoints % 100
        return "\(basisPoints / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
