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
    static let dataset: Dataset? = try? PlanFileLoader.loadJSON(
        bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)

    /// Days that reach every kind of verdict in the dataset: mid-2020 (pace), end of 2020 (verdicts), the latest.
    static let days = ["2020-06-30", "2020-12-31", "2021-12-31"]

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

    /// Identifiers and source file names, which stay as they are in either language.
    static func identifiers(_ dataset: Dataset) -> [String] {
        var ids = dataset.sources.flatMap { [$0.id.rawValue, $0.locator] }
        ids += dataset.indicators.map(\.id.rawValue) + dataset.observations.map(\.id.rawValue)
        func visit(_ themes: [Theme]) {
            for theme in themes {
                ids.append(theme.id.rawValue)
                ids += theme.targets.map(\.id.rawValue) + theme.milestones.map(\.id.rawValue)
                visit(theme.themes)
            }
        }
        for plan in dataset.plans {
            ids.append(plan.id.rawValue)
            visit(plan.themes)
        }
        return ids.sorted { $0.count > $1.count }
    }

    /// Names that have no English, which an English report shows in Chinese.
    static func untranslatedNames(_ dataset: Dataset) -> [String] {
        var names = dataset.sources.map(\.title) + dataset.indicators.map(\.name) + dataset.plans.map(\.title)
        func visit(_ themes: [Theme]) {
            for theme in themes {
                names.append(theme.title)
                names += theme.targets.map(\.title) + theme.milestones.map(\.title)
                visit(theme.themes)
            }
        }
        for plan in dataset.plans { visit(plan.themes) }
        return names.filter { $0.en == nil }.map(\.zh).sorted { $0.count > $1.count }
    }

    static func removing(_ parts: [String], from text: String) -> String {
        parts.reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    /// Every match of a pattern, without repeats, in order of first appearance.
    static func matches(_ pattern: String, in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let range = rest.range(of: pattern, options: .regularExpression) {
            let match = String(rest[range])
            if !found.contains(match) { found.append(match) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The names of the enumerations a report words for people.
    static let enumNames: [String] =
        EvaluationStatus.allCases.map(\.rawValue) + StatusReason.allCases.map(\.rawValue)
        + ["preliminary", "estimate", "moreThan", "nearly", "atLeast", "atMost", "between", "exactly"]

    @Test(arguments: days)
    func chineseReportsHaveNoEnglishWordOutsideIdentifiers(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: asOf))
        let ids = Self.identifiers(dataset)
        for (format, text) in try Self.readableTexts(scorecard, language: .zh) {
            let words = Self.matches("[A-Za-z]{3,}", in: Self.removing(ids, from: text))
            #expect(words.isEmpty, "zh \(format) as of \(asOf) has English words: \(words.prefix(20))")
            let camelCase = Self.matches("\\b[a-z]+[A-Z][A-Za-z]*\\b", in: text)
            #expect(camelCase.isEmpty, "zh \(format) as of \(asOf) shows enum names: \(camelCase)")
        }
    }

    @Test(arguments: days)
    func englishReportsHaveNoChineseOutsideNames(asOf: String) throws {
        let dataset = try #require(Self.dataset)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: asOf))
        let kept = Self.identifiers(dataset) + Self.untranslatedNames(dataset)
        for (format, text) in try Self.readableTexts(scorecard, language: .en) {
            let chinese = Self.matches("[\\p{Han}\\u3000-\\u303F\\uFF00-\\uFFEF]+", in: Self.removing(kept, from: text))
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
                Self.matches("[A-Za-z]{3,}", in: note.zh).allSatisfy { word in
                    note.zh.contains("p2020-") && "p2020-old-compounds-renovated".contains(word)
                }, "\(note.zh) is not Chinese")
        }
    }
}
