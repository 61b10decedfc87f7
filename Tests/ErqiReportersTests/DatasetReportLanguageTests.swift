import ErqiCore
import ErqiDistrictDataset
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiPlanFiles
import ErqiReporting
import ErqiTextReporter
import Foundation
import Testing

/// Issue #15 point 1, one language per report: the bundled dataset rendered in Chinese and English in every
/// human-readable format carries no enum name, no English word in a Chinese report (outside identifiers and
/// source file names) and no Chinese in an English report (outside names that have no English).
struct DatasetReportLanguageTests {
    static let dataset = ReportLanguageRules.dataset

    /// The formats people read, each with the text a reader sees (markup taken away).
    static func readableTexts(_ scorecard: Scorecard, language: Language) throws -> [(String, String)] {
        let options = ReportOptions(language: language)
        return [
            ("text", try TextReporter(options: options).render(scorecard)),
            (
                "markdown",
                try MarkdownReporter(options: options).render(scorecard).replacingOccurrences(of: "\\", with: "")
            ),
            ("html", Self.visibleHTML(try HTMLReporter(options: options).render(scorecard))),
        ]
    }

    /// The text of an HTML page as a browser shows it: no style sheet, no tags, entities decoded.
    static func visibleHTML(_ page: String) -> String {
        var text = page.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The names of the enumerations a report words for people.
    static let enumNames: [String] =
        EvaluationStatus.allCases.map(\.rawValue) + StatusReason.allCases.map(\.rawValue)
        + ["preliminary", "estimate", "moreThan", "nearly", "atLeast", "atMost", "between", "exactly"]

    @Test(arguments: ReportLanguageRules.days)
    func chineseReportsHaveNoEnglishWordOutsideIdentifiers(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: asOf))
        let ids = ReportLanguageRules.identifiers(dataset)
        for (format, text) in try Self.readableTexts(scorecard, language: .zh) {
            let words = ReportLanguageRules.matches("[A-Za-z]{3,}", in: ReportLanguageRules.removing(ids, from: text))
            #expect(words.isEmpty, "zh \(format) as of \(asOf) has English words: \(words.prefix(20))")
            let camelCase = ReportLanguageRules.matches("\\b[a-z]+[A-Z][A-Za-z]*\\b", in: text)
            #expect(camelCase.isEmpty, "zh \(format) as of \(asOf) shows enum names: \(camelCase)")
        }
    }

    @Test(arguments: ReportLanguageRules.days)
    func englishReportsHaveNoChineseOutsideNames(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: asOf))
        let kept = ReportLanguageRules.identifiers(dataset) + ReportLanguageRules.untranslatedNames(dataset)
        for (format, text) in try Self.readableTexts(scorecard, language: .en) {
            let chinese = ReportLanguageRules.matches(
                "[\\p{Han}\\u3000-\\u303F\\uFF00-\\uFFEF]+", in: ReportLanguageRules.removing(kept, from: text))
            #expect(chinese.isEmpty, "en \(format) as of \(asOf) has Chinese: \(chinese.prefix(20))")
            let enums = Self.enumNames.filter { name in
                name.contains(where: \.isUppercase) && text.contains(name)
            }
            #expect(enums.isEmpty, "en \(format) as of \(asOf) shows enum names: \(enums)")
        }
    }

    @Test func englishCountsCarryAnEnglishUnitWordOrNone() {
        let english = ReportOptions(language: .en)
        #expect(english.quantityText(36, unit: .count(measureWord: "个")) == "36")
        #expect(english.requirementText(.atLeast(Quantity(36, .count(measureWord: "个")))) == "≥ 36")
        #expect(
            english.quantityText(132_000, unit: .count(measureWord: "户"), approximation: .moreThan)
                == "more than 132,000 households")
        #expect(english.quantityText(470_000, unit: .count(measureWord: "人次")) == "470,000 person-times")
        #expect(ReportOptions(language: .zh).quantityText(36, unit: .count(measureWord: "个")) == "36个")
        // The quantity language still writes what it reads back.
        #expect(english.quantityFormatter.string(Quantity(36, .count(measureWord: "个"))) == "36 个")
    }

    @Test func bundledNotesAreGivenInChineseAndEnglish() throws {
        let dataset = try #require(Self.dataset)
        var notes = dataset.sources.compactMap(\.note) + dataset.observations.compactMap(\.note)
        notes += dataset.observations.compactMap(\.comparabilityNote)
        func visit(_ themes: [Theme]) {
            for theme in themes {
                for target in theme.targets {
                    notes += [target.note].compactMap { $0 } + target.revisions.compactMap(\.reason)
                }
                visit(theme.themes)
            }
        }
        for plan in dataset.plans { visit(plan.themes) }
        #expect(notes.count == 79)
        for note in notes {
            #expect(note.en != nil, "\(note.zh) has no English")
            #expect(
                ReportLanguageRules.matches("[A-Za-z]{3,}", in: note.zh).allSatisfy { word in
                    note.zh.contains("p2020-") && "p2020-old-compounds-renovated".contains(word)
                }, "\(note.zh) is not Chinese")
        }
    }
}
