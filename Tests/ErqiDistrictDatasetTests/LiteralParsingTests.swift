import ErqiCore
import ErqiDistrictDataset
import Foundation
import Testing

/// Every figure in the dataset keeps its literal as the source writes it; the quantity language must read that
/// literal back to exactly the stored value.
struct LiteralParsingTests {
    struct Figure: Sendable, CustomTestStringConvertible {
        var owner: String
        var literal: String
        var value: Quantity
        var testDescription: String { "\(owner): \(literal)" }
    }

    static var figures: [Figure] {
        guard
            let dataset = try? PlanFileLoader.loadJSON(
                bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        else { return [] }
        var figures: [Figure] = []
        func add(_ owner: String, _ citation: SourceCitation?, _ value: Quantity) {
            if let literal = citation?.literal { figures.append(Figure(owner: owner, literal: literal, value: value)) }
        }
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets {
                    add("target \(target.id)", target.citation, target.requirement.value)
                    for revision in target.revisions {
                        add("revision of \(target.id)", revision.citation, revision.requirement.value)
                    }
                }
            }
        }
        for observation in dataset.observations {
            add("observation \(observation.id)", observation.citation, observation.value)
        }
        return figures
    }

    /// Literals that are words, not numbers: the value is recorded with its reason in the dataset's notes.
    static let wordLiterals: Set<String> = ["全覆盖"]

    /// Figures stored in their indicator's unit rather than the literal's, each for a stated reason.
    static let restatedUnits: [String: (from: QuantityUnit, to: QuantityUnit, reason: String)] = [
        // The service items are counted with 个 in the report but 项 in the target; both figures carry a
        // comparability note, so they are never compared.
        "1054个": (.count(measureWord: "个"), .count(measureWord: "项"), "items counted with the target's 项"),
        "1161个": (.count(measureWord: "个"), .count(measureWord: "项"), "items counted with the target's 项"),
        // 增长一倍 (grew by one times) is growth of 100%: the indicator is a growth rate in percent.
        "一倍": (.multiple, .percent, "growth by one times is 100%"),
        "近一倍": (.multiple, .percent, "growth by nearly one times is nearly 100%"),
    ]

    @Test func theDatasetHasFiguresWithLiterals() {
        #expect(Self.figures.count >= 150)
    }

    @Test(arguments: figures)
    func literalParsesToTheStoredValue(_ figure: Figure) throws {
        if Self.wordLiterals.contains(figure.literal) { return }
        let parsed = try QuantityLanguage.parse(figure.literal)
        #expect(parsed.quantity.value == figure.value.value)
        // A bare number ("297", with its measure word on the next line) takes the indicator's unit.
        if let restated = Self.restatedUnits[figure.literal] {
            #expect(parsed.quantity.unit == restated.from && figure.value.unit == restated.to)
        } else if parsed.quantity.unit != .count(measureWord: nil) {
            #expect(parsed.quantity.unit == figure.value.unit)
        }
    }
}
