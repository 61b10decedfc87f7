import ErqiCore
import Foundation
import Testing

/// Issue #14, points 8 and 9: the quantity language keeps what the text means (a change keeps its direction, a
/// range is one quantity, a unit is a unit) and reads colloquial elisions as they are spoken.
struct QuantityMeaningTests {
    // MARK: - Point 9: colloquial elisions

    /// One rule for both digit systems: a lone digit right after 百, 千, 万 or 亿 (no 零 between) is one place
    /// lower, as spoken; two or more Arabic digits, or a 零, are taken as written.
    static let elisions: [(text: String, value: String)] = [
        ("1万5", "15000"), ("一万五", "15000"), ("1万5千", "15000"), ("一万五千", "15000"),
        ("3千5", "3500"), ("三千五", "3500"), ("3千5百", "3500"), ("2亿5", "250000000"), ("两亿五", "250000000"),
        ("2亿5千万", "250000000"), ("3百5", "350"), ("三百五", "350"), ("1万5人", "15000"), ("3千5元", "3500"),
        ("１万５", "15000"),
        // As written: a 零, or an Arabic part of two or more digits.
        ("1万零5", "10005"), ("一万零五", "10005"), ("1万05", "10005"), ("1万600", "10600"), ("1万50", "10050"),
        ("3千05", "3005"), ("十5", "15"), ("十五", "15"),
    ]

    @Test(arguments: elisions)
    func colloquialElisionsReadAsSpoken(text: String, value: String) throws {
        let parsed = try QuantityLanguage.parse(text)
        #expect(ExactDecimal.plainText(parsed.quantity.value) == value)
        if text.allSatisfy({ !"人元".contains($0) }) {
            #expect(ExactDecimal.plainText(try QuantityLanguage.parseNumber(text)) == value)
        }
    }

    @Test func colloquialElisionsReadAsSpokenInRunningText() {
        let found = QuantityLanguage.extract(from: "全年接待游客1万5千人次，新增就业3千5人")
        #expect(found.map(\.text) == ["1万5千人次", "3千5人"])
        #expect(found.map { ExactDecimal.plainText($0.quantity.value) } == ["15000", "3500"])
    }

    // MARK: - Point 8: changes

    struct ChangeCase: Sendable, CustomTestStringConvertible {
        var text: String
        var value: String
        var unit: String
        var direction: ChangeDirection?
        var comparator: ComparisonOperator? = nil
        var approximation: Approximation = .exact
        var yearOnYear = false
        var testDescription: String { text }
    }

    static let changes: [ChangeCase] = [
        ChangeCase(text: "下降3%", value: "-0.03", unit: "percent", direction: .decrease),
        ChangeCase(text: "增长8%", value: "0.08", unit: "percent", direction: .increase),
        ChangeCase(text: "增长了8%", value: "0.08", unit: "percent", direction: .increase),
        ChangeCase(text: "同比增长6.1%", value: "0.061", unit: "percent", direction: .increase, yearOnYear: true),
        ChangeCase(text: "比上年下降5.2%", value: "-0.052", unit: "percent", direction: .decrease, yearOnYear: true),
        ChangeCase(text: "减少1.2万吨", value: "-12000", unit: "t", direction: .decrease),
        ChangeCase(text: "压缩15%", value: "-0.15", unit: "percent", direction: .decrease),
        ChangeCase(text: "增加3000人", value: "3000", unit: "count:人", direction: .increase),
        ChangeCase(text: "提高2个百分点", value: "0.02", unit: "pp", direction: .increase),
        ChangeCase(text: "降低0.5个百分点", value: "-0.005", unit: "pp", direction: .decrease),
        ChangeCase(text: "翻一番", value: "2", unit: "multiple", direction: .increase),
        ChangeCase(text: "翻了一番", value: "2", unit: "multiple", direction: .increase),
        ChangeCase(text: "翻两番", value: "4", unit: "multiple", direction: .increase),
        ChangeCase(text: "翻番", value: "2", unit: "multiple", direction: .increase),
        ChangeCase(text: "增长一倍", value: "1", unit: "multiple", direction: .increase),
        // A comparison on a decrease is mirrored: a fall of at least 3% is a change of at most −3%.
        ChangeCase(text: "下降3%以上", value: "-0.03", unit: "percent", direction: .decrease, comparator: .atMost),
        ChangeCase(text: "下降不超过3%", value: "-0.03", unit: "percent", direction: .decrease, comparator: .atLeast),
        ChangeCase(text: "增长8%以上", value: "0.08", unit: "percent", direction: .increase, comparator: .atLeast),
        ChangeCase(text: "增长至少8%", value: "0.08", unit: "percent", direction: .increase, comparator: .atLeast),
        // So is 多/近: a fall of more than 3% lies just below −3%.
        ChangeCase(
            text: "下降3%多", value: "-0.03", unit: "percent", direction: .decrease, approximation: .nearly),
        ChangeCase(
            text: "下降近3%", value: "-0.03", unit: "percent", direction: .decrease, approximation: .moreThan),
        ChangeCase(text: "下降约3%", value: "-0.03", unit: "percent", direction: .decrease, approximation: .about),
        // A change word with 到/至 names the level reached, not a change.
        ChangeCase(text: "提高到80%", value: "0.8", unit: "percent", direction: nil),
        ChangeCase(text: "下降至3%", value: "0.03", unit: "percent", direction: nil),
    ]

    @Test(arguments: changes)
    func changesKeepTheirDirection(_ example: ChangeCase) throws {
        let parsed = try QuantityLanguage.parse(example.text)
        #expect(ExactDecimal.plainText(parsed.quantity.value) == example.value)
        #expect(parsed.quantity.unit.code == example.unit)
        #expect(parsed.comparator == example.comparator)
        #expect(parsed.approximation == example.approximation)
        #expect(parsed.change?.direction == example.direction)
        #expect((parsed.change?.isYearOnYear ?? false) == example.yearOnYear)
    }

    @Test func changesKeepTheirDirectionInRunningText() {
        let found = QuantityLanguage.extract(from: "PM2.5平均浓度同比下降3%，新增就业1.2万人，能耗降低0.5个百分点")
        #expect(found.map(\.text) == ["同比下降3%", "1.2万人", "降低0.5个百分点"])
        #expect(found.map { ExactDecimal.plainText($0.quantity.value) } == ["-0.03", "12000", "-0.005"])
        #expect(found.map { $0.change?.direction } == [.decrease, nil, .decrease])
    }

    @Test func aDecreaseOfANegativeFigureIsAContradiction() {
        #expect(throws: QuantityParseError.conflictingQualifier(offset: 2)) { try QuantityLanguage.parse("下降-3%") }
    }

    // MARK: - Point 8: ranges

    static let ranges: [(text: String, lower: String, upper: String, unit: String)] = [
        ("2%至3%", "0.02", "0.03", "percent"), ("2至3%", "0.02", "0.03", "percent"),
        ("2%到3%", "0.02", "0.03", "percent"), ("2%-3%", "0.02", "0.03", "percent"),
        ("2%～3%", "0.02", "0.03", "percent"), ("2%~3%", "0.02", "0.03", "percent"),
        ("2%—3%", "0.02", "0.03", "percent"), ("2% 至 3%", "0.02", "0.03", "percent"),
        ("百分之二到百分之三", "0.02", "0.03", "percent"), ("两到三年", "2", "3", "year"),
        ("2至3万元", "20000", "30000", "CNY"), ("两到三百人", "200", "300", "count:人"),
        ("5000至3万", "5000", "30000", "count"), ("1.5至2亿元", "150000000", "200000000", "CNY"),
        ("下降2%至3%", "-0.03", "-0.02", "percent"), ("增长6%-6.5%", "0.06", "0.065", "percent"),
        ("35至45微克/立方米", "35", "45", "ug/m3"), ("控制在2%至3%", "0.02", "0.03", "percent"),
    ]

    @Test(arguments: ranges)
    func rangesAreOneQuantity(text: String, lower: String, upper: String, unit: String) throws {
        let parsed = try QuantityLanguage.parse(text)
        #expect(parsed.comparator == .between)
        #expect(ExactDecimal.plainText(parsed.quantity.value) == lower)
        #expect(parsed.upperQuantity.map { ExactDecimal.plainText($0.value) } == upper)
        #expect(parsed.quantity.unit.code == unit && parsed.upperQuantity?.unit.code == unit)
        #expect(parsed.text == text)
    }

    @Test func rangesAreOneQuantityInRunningText() {
        let found = QuantityLanguage.extract(from: "预期增长6%-6.5%，1~6月完成2至3万元，2021-2025年")
        #expect(found.map(\.text) == ["增长6%-6.5%", "2至3万元"])
        #expect(found.map { $0.upperQuantity.map { ExactDecimal.plainText($0.value) } } == ["0.065", "30000"])
    }

    @Test(arguments: [
        ("3%至2%", QuantityParseError.invertedRange(offset: 3)),
        ("2%至3年", QuantityParseError.rangeUnitsDiffer(offset: 3)),
        ("2%以上至3%", QuantityParseError.conflictingQualifier(offset: 0)),
        ("2%至", QuantityParseError.missingNumber(offset: 3)),
    ])
    func rangesThatContradictThemselvesAreErrors(text: String, error: QuantityParseError) {
        #expect(throws: error) { try QuantityLanguage.parse(text) }
    }

    // MARK: - Point 8: units

    static let units: [(text: String, value: String, unit: String)] = [
        ("45微克/立方米", "45", "ug/m3"), ("45微克每立方米", "45", "ug/m3"), ("35μg/m³", "35", "ug/m3"),
        ("5吨", "5", "t"), ("1.2万吨", "12000", "t"), ("300公斤", "300", "kg"), ("100亩", "100", "mu"),
        ("3万亩", "30000", "mu"), ("50公顷", "50", "ha"), ("1.5万公顷", "15000", "ha"),
        ("68.45平方公里", "68.45", "km2"), ("280万平方米", "2800000", "m2"), ("50公里", "50", "km"),
        ("2000立方米", "2000", "m3"), ("13.2万人次", "132000", "count:人次"), ("10辆", "10", "count:辆"),
        ("500张床位", "500", "count:床位"), ("800床", "800", "count:床位"), ("500个床位", "500", "count:床位"),
        ("1.2万人", "12000", "count:人"), ("不满18岁", "18", "count:岁"),
    ]

    @Test(arguments: units)
    func unitsOfEnvironmentLandAndPopulationAreUnits(text: String, value: String, unit: String) throws {
        let parsed = try QuantityLanguage.parse(text)
        #expect(ExactDecimal.plainText(parsed.quantity.value) == value)
        #expect(parsed.quantity.unit.code == unit)
    }

    @Test func unitsOfEnvironmentAreFoundInRunningText() {
        let found = QuantityLanguage.extract(from: "PM2.5平均浓度45微克/立方米，造林1.5万亩、50公顷")
        #expect(found.map(\.text) == ["45微克/立方米", "1.5万亩", "50公顷"])
        #expect(found.map(\.quantity.unit.code) == ["ug/m3", "mu", "ha"])
    }

    @Test(arguments: [
        ("45微克", QuantityParseError.unknownUnit("微克", offset: 2)),
        ("5 apples", QuantityParseError.unknownUnit("apples", offset: 2)),
        ("30毫克/升以下", QuantityParseError.unknownUnit("毫克/升", offset: 2)),
        ("12abc", QuantityParseError.unknownUnit("abc", offset: 2)),
    ])
    func anUnknownUnitAfterANumberIsAnErrorNamingTheText(text: String, error: QuantityParseError) {
        #expect(throws: error) { try QuantityLanguage.parse(text) }
        #expect(error.description.contains("'\(String(text.dropFirst(error.offset)).prefix(while: { $0 != "以" }))'"))
    }

    @Test func runningTextStillSkipsNumbersThatAreNoQuantities() {
        // Dates, ordinals and words are not quantities, and an unknown word after a number is no error there.
        let found = QuantityLanguage.extract(from: "2020年7月30日，第3季度，中国500强，1~6月")
        #expect(found.map(\.text) == ["500"])
    }
}
