import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
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

    /// A requirement's literal, read as the wording of a requirement, and the requirement the dataset stores.
    struct RequirementFigure: Sendable, CustomTestStringConvertible {
        var owner: String
        var literal: String
        var requirement: Requirement
        var testDescription: String { "\(owner): \(literal)" }
    }

    static var requirementFigures: [RequirementFigure] {
        guard
            let dataset = try? PlanFileLoader.loadJSON(
                bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        else { return [] }
        var figures: [RequirementFigure] = []
        for plan in dataset.plans {
            plan.forEachTheme { theme in
                for target in theme.targets {
                    if let literal = target.citation?.literal {
                        figures.append(
                            RequirementFigure(
                                owner: "target \(target.id)", literal: literal, requirement: target.requirement))
                    }
                    for revision in target.revisions {
                        if let literal = revision.citation?.literal {
                            figures.append(
                                RequirementFigure(
                                    owner: "revision of \(target.id)", literal: literal,
                                    requirement: revision.requirement))
                        }
                    }
                }
            }
        }
        return figures
    }

    /// No requirement in the dataset hardens its wording: a literal with a qualifier (以上, 左右, a range…) reads,
    /// as a requirement, to exactly the comparator and values stored; a bare literal takes the stored comparator.
    @Test(arguments: requirementFigures)
    func seedRequirementsReadAsTheirWording(_ figure: RequirementFigure) throws {
        if Self.wordLiterals.contains(figure.literal) || Self.restatedUnits[figure.literal] != nil { return }
        let parsed = try QuantityLanguage.parse(figure.literal)
        let read = try Requirement(reading: parsed, defaultComparator: figure.requirement.comparator)
        #expect(read.comparator == figure.requirement.comparator)
        #expect(read.value.value == figure.requirement.value.value)
        #expect(read.upperValue?.value == figure.requirement.upperValue?.value)
    }

    /// Every observation keeps the approximation its literal states (13.2万余户 and 超100万人次 are more than, 近一倍
    /// nearly), and no observation's literal is a range or a change.
    @Test func observationsKeepTheApproximationOfTheirLiterals() throws {
        let dataset = try PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        var checked = 0
        for observation in dataset.observations {
            guard let literal = observation.citation?.literal, !Self.wordLiterals.contains(literal) else { continue }
            let parsed = try QuantityLanguage.parse(literal)
            // 超/超过 on a reported figure (超100万人次) says the figure is passed: an observation's "more than".
            let stated = parsed.comparator == .greaterThan ? .moreThan : parsed.approximation
            #expect(stated == observation.approximation, "observation \(observation.id): \(literal)")
            #expect(parsed.upperQuantity == nil && parsed.change == nil, "observation \(observation.id): \(literal)")
            checked += 1
        }
        #expect(checked >= 100)
    }

    @Test func theDatasetHasFiguresWithLiterals() {
        #expect(Self.figures.count >= 150)
        #expect(Self.requirementFigures.count >= 20)
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
