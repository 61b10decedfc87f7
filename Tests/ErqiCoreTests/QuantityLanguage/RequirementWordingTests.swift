import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #14, point 6: what each wording of a target asks, and that an approximate target is never hardened
/// into "≥". docs/plan-format.md has the same table with its reasons.
struct RequirementWordingTests {
    struct Wording: Sendable, CustomTestStringConvertible {
        var text: String
        var comparator: ComparisonOperator
        var value: String
        var upper: String? = nil
        var commitment: Commitment? = nil
        var testDescription: String { text }
    }

    /// Each wording with the indicator's default comparator ≥ (higher is better).
    static let wordings: [Wording] = [
        // Approximate figures are a band of ± 5% of the figure, both ends included.
        Wording(text: "6%左右", comparator: .between, value: "0.057", upper: "0.063"),
        Wording(text: "约6%", comparator: .between, value: "0.057", upper: "0.063"),
        Wording(text: "大约6%", comparator: .between, value: "0.057", upper: "0.063"),
        Wording(text: "6%上下", comparator: .between, value: "0.057", upper: "0.063"),
        Wording(text: "约500亿元", comparator: .between, value: "47500000000", upper: "52500000000"),
        Wording(text: "控制在5.5%左右", comparator: .between, value: "0.05225", upper: "0.05775"),
        // 以上, 以内, 不低于, 不超过 include the figure (Civil Code art. 1259).
        Wording(text: "6%以上", comparator: .atLeast, value: "0.06"),
        Wording(text: "6%及以上", comparator: .atLeast, value: "0.06"),
        Wording(text: "不低于6%", comparator: .atLeast, value: "0.06"),
        Wording(text: "不少于50家", comparator: .atLeast, value: "50"),
        Wording(text: "3%以内", comparator: .atMost, value: "0.03"),
        Wording(text: "3%以下", comparator: .atMost, value: "0.03"),
        Wording(text: "不超过3%", comparator: .atMost, value: "0.03"),
        Wording(text: "控制在3%以内", comparator: .atMost, value: "0.03"),
        Wording(text: "控制在3%", comparator: .atMost, value: "0.03"),
        // Strict comparators.
        Wording(text: "超过100个", comparator: .greaterThan, value: "100"),
        Wording(text: "100余个", comparator: .greaterThan, value: "100"),
        Wording(text: "不到5%", comparator: .lessThan, value: "0.05"),
        // Ranges are bands.
        Wording(text: "2%至3%", comparator: .between, value: "0.02", upper: "0.03"),
        Wording(text: "6%-6.5%", comparator: .between, value: "0.06", upper: "0.065"),
        Wording(text: "控制在2%至3%", comparator: .between, value: "0.02", upper: "0.03"),
        // A change is compared as its signed value: a fall of at least 3% is a change of at most −3%.
        Wording(text: "下降3%以上", comparator: .atMost, value: "-0.03"),
        Wording(text: "下降2%至3%", comparator: .between, value: "-0.03", upper: "-0.02"),
        // 确保 and 力争 are commitments, kept beside the comparator they do not change.
        Wording(text: "确保518亿元以上", comparator: .atLeast, value: "51800000000", commitment: .ensure),
        Wording(text: "力争518亿元以上", comparator: .atLeast, value: "51800000000", commitment: .strive),
        Wording(text: "力争增长8%", comparator: .atLeast, value: "0.08", commitment: .strive),
        Wording(text: "确保6%左右", comparator: .between, value: "0.057", upper: "0.063", commitment: .ensure),
        // A bare figure takes the indicator's direction.
        Wording(text: "8%", comparator: .atLeast, value: "0.08"),
    ]

    @Test(arguments: wordings)
    func approximateRequirementsAreNeverHardened(_ wording: Wording) throws {
        let value = try ReportValue.parse(wording.text).get()
        let requirement = try value.requirement(defaultComparator: .atLeast).get()
        #expect(requirement.comparator == wording.comparator)
        #expect(ExactDecimal.plainText(requirement.value.value) == wording.value)
        #expect(requirement.upperValue.map { ExactDecimal.plainText($0.value) } == wording.upper)
        #expect(requirement.commitment == wording.commitment)
    }

    @Test func aBareFigureFollowsTheIndicatorsDirection() throws {
        let requirement = try ReportValue.parse("3%").get().requirement(defaultComparator: .atMost).get()
        #expect(requirement == .atMost(Quantity(value: try ExactDecimal.parse("0.03"), unit: .percent)))
    }

    @Test(arguments: [
        ("近200项", "not what is required"),
        ("约6%以上", "is ambiguous"),
        ("约2%至3%", "unclear ends"),
        ("0左右", "has no tolerance"),
    ])
    func requirementsThatStateNoCheckableBoundAreLocatedErrors(text: String, reason: String) throws {
        let value = try ReportValue.parse(text).get()
        switch value.requirement(defaultComparator: .atLeast) {
        case .success(let requirement): Issue.record("'\(text)' was read as \(requirement)")
        case .failure(let failure):
            #expect(failure.message.contains("'\(text)'"))
            #expect(failure.message.contains(reason))
        }
    }

    @Test func theToleranceIsAParameter() throws {
        let parsed = try QuantityLanguage.parse("6%左右")
        let requirement = try Requirement(
            reading: parsed, defaultComparator: .atLeast, tolerance: try ExactDecimal.parse("0.1"))
        #expect(ExactDecimal.plainText(requirement.value.value) == "0.054")
        #expect(requirement.upperValue.map { ExactDecimal.plainText($0.value) } == "0.066")
        #expect(try Requirement.approximateTolerance == ExactDecimal.parse("0.05"))
    }

    @Test func aCommitmentSurvivesEncoding() throws {
        let requirement = try Requirement(.atLeast, Quantity(8, .percent), commitment: .strive)
        let data = try JSONEncoder().encode(requirement)
        #expect(String(decoding: data, as: UTF8.self).contains("\"commitment\":\"strive\""))
        #expect(try JSONDecoder().decode(Requirement.self, from: data) == requirement)
        let plain = try JSONEncoder().encode(Requirement.atLeast(Quantity(8, .percent)))
        #expect(!String(decoding: plain, as: UTF8.self).contains("commitment"))
    }
}
