import ErqiCore
import Testing

/// A line shaped like the source texts (figures and layout kept, wording shortened so that no sentence is
/// copied) and the quantities it holds: text as written, value, unit code.
struct ExtractionCase: Sendable, CustomTestStringConvertible {
    let line: String
    let expected: [Found]

    struct Found: Sendable, Equatable {
        var text: String
        var value: String
        var unit: String
        var comparator: ComparisonOperator? = nil
        var approximation: Approximation = .exact
        /// The upper end of a range, as exact text.
        var upper: String? = nil
        /// The direction of a change.
        var change: ChangeDirection? = nil
    }

    var testDescription: String {
        let flat = String(line.map { $0 == "\n" ? "⏎" : $0 })
        return flat.count > 24 ? String(flat.prefix(24)) + "…" : flat
    }
}

private typealias Found = ExtractionCase.Found

struct QuantityLanguageExtractionTests {
    static let cases: [ExtractionCase] = [
        ExtractionCase(
            line: "确保年度投资完成518亿元以上",
            expected: [Found(text: "518亿元以上", value: "51800000000", unit: "CNY", comparator: .atLeast)]),
        ExtractionCase(
            line: "高质量完成297\n个老旧小区改造任务；探索建",
            expected: [Found(text: "297\n个", value: "297", unit: "count:个")]),
        ExtractionCase(
            line: "全力推进 33个省市\n重点项目、22个出彩项目、260\n个亿元以上重大项目建设；打",
            expected: [
                Found(text: "33个", value: "33", unit: "count:个"), Found(text: "22个", value: "22", unit: "count:个"),
                Found(text: "260\n个", value: "260", unit: "count:个"),
            ]),
        ExtractionCase(
            line: "新开工项目72个、完成投资212.1亿元。\n新签约项目12\n个、投资额222.6亿元。",
            expected: [
                Found(text: "72个", value: "72", unit: "count:个"),
                Found(text: "212.1亿元", value: "21210000000", unit: "CNY"),
                Found(text: "12\n个", value: "12", unit: "count:个"),
                Found(text: "222.6亿元", value: "22260000000", unit: "CNY"),
            ]),
        ExtractionCase(
            line: "办成”服务集成创新，1~6月，累\n计受理各类审批事项 47.7万余\n件、服务企业群众47万人次、满\n意率达 99.35%，",
            expected: [
                Found(text: "47.7万余\n件", value: "477000", unit: "count:件", approximation: .moreThan),
                Found(text: "47万人次", value: "470000", unit: "count:人次"),
                Found(text: "99.35%", value: "0.9935", unit: "percent"),
            ]),
        ExtractionCase(
            line: "7月30日上午，区委十一届十次全会（扩大）\n开会", expected: []),
        ExtractionCase(
            line: "2020年,生产总值预计773亿元,同比增长1.2%",
            expected: [
                Found(text: "773亿元", value: "77300000000", unit: "CNY"),
                Found(text: "同比增长1.2%", value: "0.012", unit: "percent", change: .increase),
            ]),
        ExtractionCase(
            line: "“1369”治污模式,PM10、PM2.5下降;优良天数234天,全市第一。连续5年获奖",
            expected: [
                Found(text: "234天", value: "234", unit: "day"), Found(text: "5年", value: "5", unit: "year"),
            ]),
        ExtractionCase(
            line: "免交执照的事项136个,15个部门117个事项近200项材料容缺办。",
            expected: [
                Found(text: "136个", value: "136", unit: "count:个"), Found(text: "15个", value: "15", unit: "count:个"),
                Found(text: "117个", value: "117", unit: "count:个"),
                Found(text: "近200项", value: "200", unit: "count:项", approximation: .nearly),
            ]),
        ExtractionCase(
            line: "2020年以来办理事项120万余件,服务140万人次,满意率99.62%;市场主体13.2万余户",
            expected: [
                Found(text: "120万余件", value: "1200000", unit: "count:件", approximation: .moreThan),
                Found(text: "140万人次", value: "1400000", unit: "count:人次"),
                Found(text: "99.62%", value: "0.9962", unit: "percent"),
                Found(text: "13.2万余户", value: "132000", unit: "count:户", approximation: .moreThan),
            ]),
        ExtractionCase(
            line: "新签主导产业项目12个,签约额362亿元;投资超10亿元的项目两个。",
            expected: [
                Found(text: "12个", value: "12", unit: "count:个"),
                Found(text: "362亿元", value: "36200000000", unit: "CNY"),
                Found(text: "超10亿元", value: "1000000000", unit: "CNY", comparator: .greaterThan),
                Found(text: "两个", value: "2", unit: "count:个"),
            ]),
        ExtractionCase(
            line: "189个工程类项目完成102项,659项管理类项目全部完成。完成安置房网签14830套82.25万平方米",
            expected: [
                Found(text: "189个", value: "189", unit: "count:个"), Found(text: "102项", value: "102", unit: "count:项"),
                Found(text: "659项", value: "659", unit: "count:项"),
                Found(text: "14830套", value: "14830", unit: "count:套"),
                Found(text: "82.25万平方米", value: "822500", unit: "m2"),
            ]),
        ExtractionCase(
            line: "此后一个月,80多万居民居家,2万多名干部、5万余志愿者在一线",
            expected: [
                Found(text: "80多万", value: "800000", unit: "count", approximation: .moreThan),
                Found(text: "2万多名", value: "20000", unit: "count:名", approximation: .moreThan),
                Found(text: "5万余", value: "50000", unit: "count", approximation: .moreThan),
            ]),
        ExtractionCase(
            line: "2020年生产总值760亿元,是2015年的1.64倍,连续五年考核靠前。建成区68.45平方公里,五年间增加近一倍",
            expected: [
                Found(text: "760亿元", value: "76000000000", unit: "CNY"),
                Found(text: "1.64倍", value: "1.64", unit: "multiple"), Found(text: "五年", value: "5", unit: "year"),
                Found(text: "68.45平方公里", value: "68.45", unit: "km2"),
                Found(text: "五年", value: "5", unit: "year"),
                Found(text: "增加近一倍", value: "1", unit: "multiple", approximation: .nearly, change: .increase),
            ]),
        ExtractionCase(
            line: "加快推进“一网通办、一次办\n成”，确保今年高频服务事项至少\n300项一次办成；",
            expected: [Found(text: "至少\n300项", value: "300", unit: "count:项", comparator: .atLeast)]),
        ExtractionCase(
            line: "投资、工业增加值分别增长 7.4%、\n2.3%，六区第一。",
            expected: [
                Found(text: "增长 7.4%", value: "0.074", unit: "percent", change: .increase),
                Found(text: "2.3%", value: "0.023", unit: "percent"),
            ]),
        ExtractionCase(
            line: "二七区定下\"1346\"总体发展布局。\"3\",就是坚定3个路径",
            expected: [Found(text: "3个", value: "3", unit: "count:个")]),
        ExtractionCase(
            line: "完成297\n30个项目",
            expected: [
                Found(text: "297", value: "297", unit: "count"), Found(text: "30个", value: "30", unit: "count:个"),
            ]),
        ExtractionCase(
            line: "今后五年(2021-2025年),第3批、第十一届、几十家、2022年7月底前",
            expected: [
                Found(text: "五年", value: "5", unit: "year")
            ]),
        ExtractionCase(
            line: "床位317张,医养服务覆盖3平方公里6万余人;建成11个多功能养老“便利店”",
            expected: [
                Found(text: "317张", value: "317", unit: "count:张"),
                Found(text: "3平方公里", value: "3", unit: "km2"),
                Found(text: "6万余人", value: "60000", unit: "count:人", approximation: .moreThan),
                Found(text: "11个", value: "11", unit: "count:个"),
            ]),
        ExtractionCase(
            line: "完成投资３８８．１亿元，确保到2025年实现新开工项目300个以上,完成投资总额2500亿元以上",
            expected: [
                Found(text: "３８８．１亿元", value: "38810000000", unit: "CNY"),
                Found(text: "300个以上", value: "300", unit: "count:个", comparator: .atLeast),
                Found(text: "2500亿元以上", value: "250000000000", unit: "CNY", comparator: .atLeast),
            ]),
        ExtractionCase(
            line: "按“一个方向、三个坚持、五个注重、六字要求、八个方面”统揽,“六稳”“六保”",
            expected: [
                Found(text: "三个", value: "3", unit: "count:个"), Found(text: "五个", value: "5", unit: "count:个"),
                Found(text: "八个", value: "8", unit: "count:个"),
            ]),
        ExtractionCase(
            line: "增长-3.2%，10%—15%，最近3年，百分之八十多，第1季度，5G网络，（1）加强，十分重要，上午10点，1-2个",
            expected: [
                // An increase of −3.2% is a change of −3.2%.
                Found(text: "增长-3.2%", value: "-0.032", unit: "percent", change: .increase),
                Found(text: "10%—15%", value: "0.1", unit: "percent", comparator: .between, upper: "0.15"),
                Found(text: "3年", value: "3", unit: "year"),
                Found(text: "百分之八十多", value: "0.8", unit: "percent", approximation: .moreThan),
                Found(text: "1-2个", value: "1", unit: "count:个", comparator: .between, upper: "2"),
            ]),
        ExtractionCase(
            line: "1. 完成1,234个项目\n2、新增百分之五点二",
            expected: [
                Found(text: "1,234个", value: "1234", unit: "count:个"),
                Found(text: "百分之五点二", value: "0.052", unit: "percent"),
            ]),
    ]

    @Test(arguments: cases)
    func extractsEveryQuantityOfTheLine(_ example: ExtractionCase) {
        let found = QuantityLanguage.extract(from: example.line).map {
            Found(
                text: $0.text, value: ExactDecimal.plainText($0.quantity.value), unit: $0.quantity.unit.code,
                comparator: $0.comparator, approximation: $0.approximation,
                upper: $0.upperQuantity.map { ExactDecimal.plainText($0.value) }, change: $0.change?.direction)
        }
        #expect(found == example.expected)
    }

    @Test(arguments: cases)
    func rangesPointAtTheTextAsWritten(_ example: ExtractionCase) {
        let characters = Array(example.line)
        var previousEnd = 0
        for quantity in QuantityLanguage.extract(from: example.line) {
            #expect(quantity.range.lowerBound >= previousEnd)
            #expect(String(characters[quantity.range]) == quantity.text)
            previousEnd = quantity.range.upperBound
        }
    }

    @Test func offsetsCountCharactersNotBytes() throws {
        let found = QuantityLanguage.extract(from: "确保年度投资完成518亿元以上")
        let first = try #require(found.first)
        #expect(first.range == 8..<15)
    }

    @Test func textWithoutQuantitiesGivesNothing() {
        #expect(QuantityLanguage.extract(from: "").isEmpty)
        #expect(QuantityLanguage.extract(from: "二七区委常委会坚持稳中求进，一网通办、一次办成").isEmpty)
    }
}
