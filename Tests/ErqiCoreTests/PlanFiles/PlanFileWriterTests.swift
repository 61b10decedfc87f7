import ErqiCore
import ErqiPlanFiles
import Foundation
import Testing

/// Issue #15, point 4: a dataset written as a JSON plan file loads back equal, in the same bytes every time.
struct PlanFileWriterTests {
    /// A dataset that sets every field the plan format has, with text a JSON writer must escape.
    static func everyField() throws -> Dataset {
        let households = QuantityUnit.count(measureWord: "户")
        let investment = Indicator(id: "investment", name: LocalizedText(zh: "固定资产投资", en: "Investment"), unit: .yuan)
        let homes = Indicator(id: "homes", name: "惠及居民", unit: households, direction: .higherIsBetter, kind: .stock)
        let prices = Indicator(id: "prices", name: "物价涨幅", unit: .percent, direction: .band, kind: .rate)
        let debt = Indicator(id: "debt", name: "债务", unit: .yuan, direction: .lowerIsBetter)
        let citation = SourceCitation(source: "plan", line: 12, literal: "518亿元以上")
        let target = Target(
            id: "invest", title: LocalizedText(zh: "年度投资", en: "Annual \"investment\""),
            indicator: investment.id, period: try .year(2020),
            requirement: try Requirement(reading: "确保518亿元以上", for: investment),
            baseline: Baseline(
                value: try Quantity("-1.5", .yuan), date: try CalendarDate(2019, 12, 31),
                citation: SourceCitation(source: "plan")),
            deadline: try CalendarDate(2020, 11, 30),
            revisions: [
                TargetRevision(
                    effectiveOn: try CalendarDate(2020, 7, 30),
                    requirement: try Requirement(reading: "力争500亿元左右", for: investment), citation: citation,
                    reason: "tab\there, line\nbreak, back\\slash")
            ],
            trajectory: Trajectory(checkpoints: [
                Trajectory.Checkpoint(date: try CalendarDate(2020, 6, 30), share: try Quantity("0.5", .percent).value)
            ]),
            weight: try Quantity("2.5", .multiple).value, citation: citation,
            note: "零宽\u{200B}空格, BOM \u{FEFF}, NEL \u{85}, LS \u{2028}")
        let band = Target(
            id: "prices", title: "物价", indicator: prices.id, period: try .half(2021, 1),
            requirement: try Requirement(reading: "2%至3%", for: prices))
        let cap = Target(
            id: "debt", title: "债务", indicator: debt.id, period: try Period(parsing: "2020-03-05..2020-09-17"),
            requirement: try Requirement(reading: "控制在3亿元以内", for: debt))
        let milestone = Milestone(
            id: "start", title: "全部开工", due: try CalendarDate(2020, 6, 30),
            evidence: [
                Milestone.Evidence(date: try CalendarDate(2020, 5, 1), isDone: false),
                Milestone.Evidence(date: try CalendarDate(2020, 6, 1), isDone: true, citation: citation),
            ],
            weight: try Quantity("0", .multiple).value, citation: citation)
        return Dataset(
            sources: [
                Source(
                    id: "plan", title: LocalizedText(zh: "计划", en: "Plan"), publishedOn: try CalendarDate(2020, 1, 15),
                    locator: "plan.txt", note: "control \u{1} character"),
                Source(id: "report", title: "报告", locator: "https://example.org/report?a=1&b=\"2\""),
            ],
            indicators: [investment, homes, prices, debt],
            plans: [
                Plan(
                    id: "p2020", title: "2020年", period: try .years(2020, through: 2021), source: "plan",
                    themes: [
                        Theme(
                            id: "outer", title: "外层", weight: try Quantity("3", .multiple).value,
                            themes: [Theme(id: "inner", title: "内层", targets: [target, band, cap])],
                            milestones: [milestone]),
                        Theme(id: "empty", title: "空"),
                    ]),
                Plan(id: "empty-plan", title: "空计划", period: try .quarter(2021, 3), themes: []),
            ],
            observations: [
                try Observation(
                    id: "homes-1", indicator: homes, period: try .month(2020, 7), reading: "13.2万余户",
                    quality: .preliminary, citation: SourceCitation(source: "report", line: 3, literal: "13.2万余户")),
                try Observation(
                    id: "homes-2", indicator: homes, period: try .month(2020, 7), reading: "近14万户",
                    quality: .estimate, supersedes: ["homes-1"]),
                try Observation(id: "prices-1", indicator: prices, period: try .quarter(2021, 1), reading: "约2.5%"),
                Observation(
                    id: "invest-1", indicator: investment.id, period: try .half(2020, 1),
                    value: try Quantity("388.1", .yuan, scale: 100_000_000), approximation: .exact,
                    comparabilityNote: "含房地产", note: "单位：亿元", supersedes: []),
            ])
    }

    @Test func aDatasetWithEveryFieldLoadsBackEqual() throws {
        let dataset = try Self.everyField()
        let bytes = PlanFileWriter.json(dataset)
        let loaded = try PlanFileLoader.loadJSON(bytes: bytes, file: "every-field.json")
        #expect(loaded == dataset)
        #expect(loaded.plans[0].themes[0].themes[0].targets[0].requirement.commitment == .ensure)
        #expect(loaded.plans[0].themes[0].themes[0].targets[0].revisions[0].requirement.commitment == .strive)
        #expect(loaded.observations.map(\.approximation) == [.moreThan, .nearly, .about, .exact])
        #expect(loaded.sources[0].note == "control \u{1} character")
    }

    @Test func theSameDatasetIsWrittenInTheSameBytes() throws {
        let first = PlanFileWriter.json(try Self.everyField())
        let second = PlanFileWriter.json(try Self.everyField())
        #expect(first == second)
        var appended: [UInt8] = Array("prefix".utf8)
        PlanFileWriter.writeJSON(try Self.everyField(), into: &appended)
        #expect(appended == Array("prefix".utf8) + first)
    }

    @Test func invisibleAndControlCharactersAreEscaped() throws {
        let text = String(decoding: PlanFileWriter.json(try Self.everyField()), as: UTF8.self)
        #expect(text.contains(#""note": "零宽\#u{200B}空格, BOM \ufeff, NEL \u0085, LS \u2028""#))
        #expect(text.contains(#""note": "control \u0001 character""#))
        #expect(text.contains(#""reason": "tab\there, line\nbreak, back\\slash""#))
        #expect(text.contains(#""en": "Annual \"investment\"""#))
        #expect(!text.utf8.contains(0x0D) && !text.utf8.contains(0x09))
        #expect(!text.unicodeScalars.contains { $0 == "\u{FEFF}" || $0 == "\u{85}" || $0 == "\u{2028}" })
    }

    @Test func aSmallPlanIsWrittenInTheDocumentedForm() throws {
        let compounds = Indicator(id: "compounds", name: "老旧小区改造", unit: .count(measureWord: "个"))
        let dataset = Dataset(
            indicators: [compounds],
            plans: [
                Plan(
                    id: "p", title: "计划", period: try .year(2020),
                    themes: [
                        Theme(
                            id: "t", title: "主题",
                            targets: [
                                Target(
                                    id: "c", title: "改造", indicator: compounds.id, period: try .year(2020),
                                    requirement: try Requirement(reading: "357个以上", for: compounds))
                            ])
                    ])
            ],
            observations: [
                try Observation(id: "o", indicator: compounds, period: try .half(2020, 1), reading: "103个")
            ])
        let expected = """
            {
              "erqiPlanFormat": 1,
              "sources": [],
              "indicators": [
                {
                  "id": "compounds",
                  "name": "老旧小区改造",
                  "unit": "count:个",
                  "direction": "higherIsBetter",
                  "kind": "flow"
                }
              ],
              "plans": [
                {
                  "id": "p",
                  "title": "计划",
                  "period": "2020",
                  "themes": [
                    {
                      "id": "t",
                      "title": "主题",
                      "targets": [
                        {
                          "id": "c",
                          "title": "改造",
                          "indicator": "compounds",
                          "period": "2020",
                          "requirement": {
                            "comparator": "atLeast",
                            "value": {
                              "value": "357",
                              "unit": "count:个"
                            }
                          }
                        }
                      ]
                    }
                  ]
                }
              ],
              "observations": [
                {
                  "id": "o",
                  "indicator": "compounds",
                  "period": "2020-H1",
                  "value": {
                    "value": "103",
                    "unit": "count:个"
                  },
                  "approximation": "exact",
                  "quality": "final"
                }
              ]
            }

            """
        #expect(String(decoding: PlanFileWriter.json(dataset), as: UTF8.self) == expected)
    }

    /// Before the writer, the object form of a requirement had no place for 确保 or 力争: a commitment read from
    /// report text was lost (or, written as a key, refused) when the plan was saved and loaded again.
    @Test func aRequirementObjectKeepsItsCommitment() throws {
        let json = """
            {"erqiPlanFormat": 1, "indicators": [{"id": "i", "name": "投资", "unit": "CNY"}],
             "plans": [{"id": "p", "title": "计划", "period": "2020", "themes": [{"id": "t", "title": "主题",
               "targets": [{"id": "x", "title": "投资", "indicator": "i", "period": "2020",
                 "requirement": {"comparator": "atLeast", "value": "518亿元", "commitment": "strive"}}]}]}]}
            """
        let dataset = try PlanFileLoader.loadJSON(bytes: Array(json.utf8), file: "commitment.json")
        let requirement = dataset.plans[0].themes[0].targets[0].requirement
        #expect(requirement.commitment == .strive)
        #expect(requirement.value == (try Quantity("518", .yuan, scale: 100_000_000)))
        let wrong = json.replacingOccurrences(of: "\"strive\"", with: "\"maybe\"")
        #expect {
            try PlanFileLoader.loadJSON(bytes: Array(wrong.utf8), file: "commitment.json")
        } throws: { error in
            let problems = (error as? PlanFileError)?.problems ?? []
            return problems.map(\.field) == ["plans[0].themes[0].targets[0].requirement.commitment"]
                && problems.map(\.kind) == [.unparseableValue]
        }
    }
}
