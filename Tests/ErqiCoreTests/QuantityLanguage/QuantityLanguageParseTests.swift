import ErqiCore
import Foundation
import Testing

/// One row of the parse table: what is written and what it must mean, exactly.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let input: String
    let value: String
    let unit: String
    let comparator: ComparisonOperator?
    let approximation: Approximation

    var testDescription: String { String(input.map { $0 == "\n" ? "⏎" : $0 }) }
}

private func row(
    _ input: String, _ value: String, _ unit: String = "count", _ comparator: ComparisonOperator? = nil,
    _ approximation: Approximation = .exact
) -> ParseCase {
    ParseCase(input: input, value: value, unit: unit, comparator: comparator, approximation: approximation)
}

private func row(_ input: String, _ value: String, _ unit: String, _ approximation: Approximation) -> ParseCase {
    ParseCase(input: input, value: value, unit: unit, comparator: nil, approximation: approximation)
}

enum ParseTable {
    /// The examples of the issue.
    static let issue: [ParseCase] = [
        row("1.2万", "12000"), row("16.4亿", "1640000000"), row("3.1千万", "31000000"),
        row("1,234,567", "1234567"), row("１２３", "123"), row("１２．５％", "0.125", "percent"),
        row("１，２３４", "1234"), row("三万五", "35000"), row("一百二", "120"), row("两千六", "2600"),
        row("十一万三", "113000"), row("一千零十", "1010"), row("一万零五", "10005"), row("十万零一千", "101000"),
        row("100万三千", "1003000"), row("1万600", "10600"), row("一点五亿", "150000000"),
        row("百分之五点二", "0.052", "percent"), row("1.64倍", "1.64", "multiple"),
        row("三分之一", "0.33333333333333333333", "multiple", .about),
        row("四分之三", "0.75", "multiple"), row("千分之五", "0.005", "multiple"), row("百分之百", "1", "percent"),
        row("负一点五", "-1.5"), row("13.2万余户", "132000", "count:户", .moreThan),
        row("两亿三千万", "230000000"), row("一亿五", "150000000"), row("一千二万", "12000000"),
    ]

    /// Cases from cn2an's tests and issues (cn2an computed through floats: 16.4亿 came out 1639999999 and
    /// 1.23456万 came out 12345).
    static let cn2an: [ParseCase] = [
        row("零", "0"), row("一", "1"), row("两", "2"), row("十", "10"), row("十一", "11"), row("一十一", "11"),
        row("二十", "20"), row("二十一", "21"), row("一百", "100"), row("一百零一", "101"), row("一百一十", "110"),
        row("一百一十一", "111"), row("一千", "1000"), row("一千一百", "1100"), row("一千一百一十", "1110"),
        row("一千一百一十一", "1111"), row("一千零一十", "1010"), row("一千零一十一", "1011"), row("一千零一", "1001"),
        row("一千一百零一", "1101"), row("一万一千一百一十一", "11111"), row("一十一万一千一百一十一", "111111"),
        row("一百一十一万一千一百一十一", "1111111"), row("一千一百一十一万一千一百一十一", "11111111"),
        row("一亿一千一百一十一万一千一百一十一", "111111111"),
        row("一十一亿一千一百一十一万一千一百一十一", "1111111111"),
        row("一百一十一亿一千一百一十一万一千一百一十一", "11111111111"),
        row("一千一百一十一亿一千一百一十一万一千一百一十一", "111111111111"),
        row("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"),
        row("壹", "1"), row("拾", "10"), row("拾壹", "11"), row("壹拾壹", "11"), row("壹佰壹拾壹", "111"),
        row("壹仟壹佰壹拾壹", "1111"), row("壹万壹仟壹佰壹拾壹", "11111"), row("壹拾壹万壹仟壹佰壹拾壹", "111111"),
        row("壹佰壹拾壹万壹仟壹佰壹拾壹", "1111111"), row("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "11111111"),
        row("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111"),
        row("壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111111"),
        row("十万", "100000"), row("十万零一", "100001"), row("一万零一", "10001"), row("一万零一十一", "10011"),
        row("一万零一百一十一", "10111"), row("一十万零一", "100001"), row("一百万零一", "1000001"),
        row("一千万零一", "10000001"), row("一千零一万一千零一", "10011001"), row("一千零一万零一", "10010001"),
        row("一亿零一", "100000001"), row("一十亿零一", "1000000001"), row("一百亿零一", "10000000001"),
        row("一千零一亿一千零一万一千零一", "100110011001"), row("一千亿一千万一千零一", "100010001001"),
        row("一千亿零一", "100000000001"), row("十亿零一万零一", "1000010001"), row("拾万零壹", "100001"),
        row("拾亿零壹万零壹", "1000010001"),
        row("零点零零零零零零零零零零零零零零一", "0.000000000000001"), row("零点零零一", "0.001"),
        row("零点零一", "0.01"), row("零点一", "0.1"), row("零点零", "0"), row("负零点一零", "-0.1"),
        row("负一", "-1"), row("负二", "-2"), row("负十", "-10"), row("负十一", "-11"), row("负一十一", "-11"),
        row("廿二", "22"), row("卅", "30"), row("100万", "1000000"), row("200亿零四千230", "20000004230"),
        row("一百点123", "100.123"), row("10.1万", "101000"), row("-10.1万", "-101000"), row("35.1亿", "3510000000"),
        row("1.23456万", "12345.6"), row("0.3亿", "30000000"), row("4.35亿", "435000000"), row("2.675万", "26750"),
        row("19.99亿", "1999000000"), row("1.005万", "10050"), row("0.07%", "0.0007", "percent"),
        row("33.33%", "0.3333", "percent"), row("9007199254740993", "9007199254740993"),
        row("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
        row("1.5万亿", "1500000000000"), row("3万亿", "3000000000000"), row("一万亿零一", "1000000000001"),
        row("12000万元", "120000000", "CNY"), row("1,234.5", "1234.5"), row("12,345.678", "12345.678"),
    ]

    /// Every figure of the five source texts (typed in; the tests never read the sources).
    static let sources: [ParseCase] = [
        // 2020 mid-year meeting
        row("33个", "33", "count:个"), row("260\n个", "260", "count:个"), row("297个", "297", "count:个"),
        row("200米", "200", "m"), row("103个", "103", "count:个"), row("两万多名", "20000", "count:名", .moreThan),
        row("340.64亿元", "34064000000", "CNY"), row("7.4%", "0.074", "percent"), row("2.3%", "0.023", "percent"),
        row("29.9亿元", "2990000000", "CNY"), row("0.82%", "0.0082", "percent"),
        row("217.21亿元", "21721000000", "CNY"), row("72个", "72", "count:个"), row("212.1亿元", "21210000000", "CNY"),
        row("222.6亿元", "22260000000", "CNY"), row("47.7万余\n件", "477000", "count:件", .moreThan),
        row("47万人次", "470000", "count:人次"), row("99.35%", "0.9935", "percent"), row("16类", "16", "count:类"),
        row("117个", "117", "count:个"), row("31.5万人", "315000", "count:人"), row("1.49万人", "14900", "count:人"),
        row("6所", "6", "count:所"), row("8所", "8", "count:所"), row("937个", "937", "count:个"),
        row("八个", "8", "count:个"),
        // 2020 annual report
        row("773亿元", "77300000000", "CNY"), row("1.2%", "0.012", "percent"), row("11.1%", "0.111", "percent"),
        row("4.7%", "0.047", "percent"), row("55.2亿元", "5520000000", "CNY"), row("480亿元", "48000000000", "CNY"),
        row("4年", "4", "year"), row("26次", "26", "count:次"), row("40余场", "40", "count:场", .moreThan),
        row("600余场", "600", "count:场", .moreThan), row("6万余人次", "60000", "count:人次", .moreThan),
        row("175个", "175", "count:个"), row("3000户", "3000", "count:户"), row("1万人", "10000", "count:人"),
        row("500平方米以上", "500", "m2", .atLeast), row("559个", "559", "count:个"), row("110名", "110", "count:名"),
        row("388.1亿元", "38810000000", "CNY"), row("367亿元", "36700000000", "CNY"),
        row("362亿元", "36200000000", "CNY"), row("超10亿元", "1000000000", "CNY", .greaterThan),
        row("两个", "2", "count:个"), row("3078家", "3078", "count:家"), row("5.58万人", "55800", "count:人"),
        row("18.5亿元", "1850000000", "CNY"), row("17.76亿元", "1776000000", "CNY"), row("两年", "2", "year"),
        row("17条", "17", "count:条"), row("100余条", "100", "count:条", .moreThan),
        row("4万多户", "40000", "count:户", .moreThan), row("13座", "13", "count:座"), row("102项", "102", "count:项"),
        row("27处", "27", "count:处"), row("1.2万个", "12000", "count:个"), row("41万户", "410000", "count:户"),
        row("近200项", "200", "count:项", .nearly), row("120万余件", "1200000", "count:件", .moreThan),
        row("140万人次", "1400000", "count:人次"), row("99.62%", "0.9962", "percent"),
        row("234天", "234", "day"), row("280万平方米", "2800000", "m2"), row("50公里", "50", "km"),
        row("41.36%", "0.4136", "percent"), row("36亿元", "3600000000", "CNY"), row("74.4%", "0.744", "percent"),
        row("13.2万人次", "132000", "count:人次"), row("5.9亿元", "590000000", "CNY"),
        row("2.5万人次", "25000", "count:人次"), row("1.01万个", "10100", "count:个"), row("14830套", "14830", "count:套"),
        row("82.25万平方米", "822500", "m2"), row("122条", "122", "count:条"),
        // 2019 mid-year meeting
        row("9项", "9", "count:项"), row("323.3亿元", "32330000000", "CNY"), row("8%", "0.08", "percent"),
        row("17.8亿元", "1780000000", "CNY"), row("13%", "0.13", "percent"), row("9.4%", "0.094", "percent"),
        row("274亿元", "27400000000", "CNY"), row("9.5%", "0.095", "percent"), row("6项", "6", "count:项"),
        // 2020 plan
        row("15%", "0.15", "percent"), row("至少\n300项", "300", "count:项", .atLeast),
        row("518亿元以上", "51800000000", "CNY", .atLeast), row("518亿\n元以上", "51800000000", "CNY", .atLeast),
        row("13所", "13", "count:所"), row("15项", "15", "count:项"), row("357个", "357", "count:个"),
        row("六个", "6", "count:个"), row("七项", "7", "count:项"),
        // 2016–2020 review and 2021–2025 plan
        row("760亿元", "76000000000", "CNY"), row("68.45平方公里", "68.45", "km2"),
        row("近一倍", "1", "multiple", .nearly), row("1161个", "1161", "count:个"),
        row("超100万人次", "1000000", "count:人次", .greaterThan), row("14.7万户", "147000", "count:户"),
        row("4.6倍", "4.6", "multiple"), row("2600亿元", "260000000000", "CNY"), row("2840亿元", "284000000000", "CNY"),
        row("15万", "150000"), row("26亿元", "2600000000", "CNY"), row("5.9万个", "59000", "count:个"),
        row("317张", "317", "count:张"), row("3平方公里", "3", "km2"), row("6万余人", "60000", "count:人", .moreThan),
        row("42.8万人", "428000", "count:人"), row("9.8万", "98000"), row("13.1万人次", "131000", "count:人次"),
        row("10天", "10", "day"), row("80多万", "800000", "count", .moreThan), row("5万余", "50000", "count", .moreThan),
        row("24小时", "24", "count:小时"), row("6600多人", "6600", "count:人", .moreThan),
        row("4.6万余人", "46000", "count:人", .moreThan), row("5封", "5", "count:封"),
        row("300个以上", "300", "count:个", .atLeast), row("2500亿元以上", "250000000000", "CNY", .atLeast),
        row("60个以上", "60", "count:个", .atLeast), row("五年", "5", "year"),
    ]

    /// Qualifiers, units and forms not covered above.
    static let qualifiersAndUnits: [ParseCase] = [
        row("不少于50家", "50", "count:家", .atLeast), row("不超过5%", "0.05", "percent", .atMost),
        row("3%以内", "0.03", "percent", .atMost), row("10个以下", "10", "count:个", .atMost),
        row("不满18岁", "18", "count:岁", .lessThan), row("不到1万人", "10000", "count:人", .lessThan),
        row("超过3000户", "3000", "count:户", .greaterThan), row("将近3000户", "3000", "count:户", .nearly),
        row("约5亿元", "500000000", "CNY", .about), row("300左右", "300", "count", .about),
        row("20%上下", "0.2", "percent", .about), row("300个及以上", "300", "count:个", .atLeast),
        row("3年多", "3", "year", .moreThan), row("一倍多", "1", "multiple", .moreThan),
        row("6个月", "6", "month"), row("100亩", "100", "mu"), row("3万亩", "30000", "mu"), row("5千米", "5", "km"),
        row("2.5公里", "2.5", "km"), row("12平方千米", "12", "km2"), row("1.5万元", "15000", "CNY"),
        row("3千元", "3000", "CNY"), row("贰拾万元", "200000", "CNY"), row("5吨", "5", "t"),
        row("10辆", "10", "count:辆"), row("5 个", "5", "count:个"), row("13.2万\n余户", "132000", "count:户", .moreThan),
        row("3个百分点", "0.03", "pp"), row("0.5个百分点", "0.005", "pp"), row("十多万", "100000", "count", .moreThan),
        row("两千多万", "20000000", "count", .moreThan), row("一万多亿元", "1000000000000", "CNY", .moreThan),
        row("  518亿元 ", "51800000000", "CNY"), row("51,800,000,000 yuan", "51800000000", "CNY"),
        row("51.8 billion yuan", "51800000000", "CNY"), row("3 percentage points", "0.03", "pp"),
        row("more than 132,000 户", "132000", "count:户", .moreThan), row("-5%", "-0.05", "percent"),
        row("约-3.5", "-3.5", "count", .about), row("负百分之五", "-0.05", "percent"),
    ]

    static let all = issue + cn2an + sources + qualifiersAndUnits
}

struct QuantityLanguageParseTests {
    @Test func theTableHasAtLeast150Cases() {
        #expect(ParseTable.all.count >= 150)
    }

    @Test(arguments: ParseTable.all)
    func parsesExactly(_ expected: ParseCase) throws {
        let parsed = try QuantityLanguage.parse(expected.input)
        #expect(ExactDecimal.plainText(parsed.quantity.value) == expected.value)
        #expect(parsed.quantity.unit.code == expected.unit)
        #expect(parsed.comparator == expected.comparator)
        #expect(parsed.approximation == expected.approximation)
    }

    @Test func theWholeInputIsTheRangeWithoutSurroundingSpace() throws {
        let parsed = try QuantityLanguage.parse("  518亿元以上\n")
        #expect(parsed.text == "518亿元以上")
        #expect(parsed.range == 2..<9)
    }

    @Test func theMeasureWordIsKept() throws {
        #expect(try QuantityLanguage.parse("13.2万余户").quantity.unit.measureWord == "户")
        #expect(try QuantityLanguage.parse("47万人次").quantity.unit.measureWord == "人次")
        #expect(try QuantityLanguage.parse("518亿元").quantity.unit.measureWord == nil)
    }

    @Test(arguments: [
        ("16.4亿", "1640000000"), ("一万零五", "10005"), ("负一点五", "-1.5"), ("百分之五点二", "0.052"),
        ("1,234.5", "1234.5"), ("四分之三", "0.75"), ("3.1千万", "31000000"),
    ])
    func parsesNumbers(text: String, value: String) throws {
        #expect(ExactDecimal.plainText(try QuantityLanguage.parseNumber(text)) == value)
    }
}
