import ErqiCore
import ErqiPlanFiles
import Testing

/// Issue #15 point 1, in the plan file: notes, revision reasons and comparability notes are text in Chinese and
/// English, written either as `{"zh": …, "en": …}` or, as older files write them, as a plain string (Chinese).
struct LocalizedNoteLoadingTests {
    static func json(note: String, reason: String, comparability: String) -> [UInt8] {
        Array(
            """
            {"erqiPlanFormat": 1,
             "sources": [{"id": "s", "title": "报告", "locator": "a.txt", "note": \(note)}],
             "indicators": [{"id": "n", "name": "小区", "unit": "count:个", "kind": "flow"}],
             "plans": [{"id": "p", "title": "计划", "period": "2020", "themes": [{"id": "t", "title": "主题",
               "targets": [{"id": "g", "title": "改造小区", "indicator": "n", "period": "2020",
                            "requirement": "357个以上", "note": \(note),
                            "revisions": [{"effectiveOn": "2020-07-30", "requirement": "297个以上",
                                           "reason": \(reason)}]}]}]}],
             "observations": [
               {"id": "o", "indicator": "n", "period": "2020", "value": "12个", "note": \(note),
                "comparabilityNote": \(comparability)}]}
            """.utf8)
    }

    @Test func notesLoadInChineseAndEnglish() throws {
        let dataset = try PlanFileLoader.loadJSON(
            bytes: Self.json(
                note: #"{"zh": "备注", "en": "remark"}"#, reason: #"{"zh": "年中调减", "en": "cut at mid-year"}"#,
                comparability: #"{"zh": "口径较宽", "en": "a wider measure"}"#),
            file: "plan.json")
        let target = try #require(dataset.plans.first?.themes.first?.targets.first)
        #expect(dataset.sources.first?.note == LocalizedText(zh: "备注", en: "remark"))
        #expect(target.note == LocalizedText(zh: "备注", en: "remark"))
        #expect(target.revisions.first?.reason == LocalizedText(zh: "年中调减", en: "cut at mid-year"))
        #expect(dataset.observations.first?.note == LocalizedText(zh: "备注", en: "remark"))
        #expect(dataset.observations.first?.comparabilityNote == LocalizedText(zh: "口径较宽", en: "a wider measure"))
    }

    @Test func notesWrittenAsPlainStringsStillLoad() throws {
        let dataset = try PlanFileLoader.loadJSON(
            bytes: Self.json(note: #""备注""#, reason: #""年中调减""#, comparability: #""口径较宽""#), file: "plan.json")
        let target = try #require(dataset.plans.first?.themes.first?.targets.first)
        #expect(target.note == LocalizedText(zh: "备注"))
        #expect(target.revisions.first?.reason == LocalizedText(zh: "年中调减"))
        #expect(dataset.observations.first?.comparabilityNote == LocalizedText(zh: "口径较宽"))
    }

    @Test func aNoteOfAnotherTypeIsALocatedError() throws {
        do {
            _ = try PlanFileLoader.loadJSON(
                bytes: Self.json(note: "3", reason: #""年中调减""#, comparability: #""口径较宽""#), file: "plan.json")
            Issue.record("a number loaded as a note")
        } catch {
            let fields = error.problems.map(\.description)
            #expect(fields.count == 3)
            #expect(
                fields.first
                    == "plan.json:2:69: sources[0].note: expected text or an object with \"zh\" and \"en\", found a number"
            )
        }
    }
}
