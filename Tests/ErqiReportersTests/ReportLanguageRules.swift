import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import Foundation

/// What the one-language tests of the readable reports (`DatasetReportLanguageTests`) and of the workbooks
/// (`XLSXLanguageTests`) share: the bundled dataset, the days that reach every verdict, the texts a report keeps as
/// they are in either language, and pattern matching.
enum ReportLanguageRules {
    static let dataset: Dataset? = try? PlanFileLoader.loadJSON(
        bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)

    /// Days that reach every kind of verdict in the dataset: mid-2020 (pace), end of 2020 (verdicts), the latest.
    static let days = ["2020-06-30", "2020-12-31", "2021-12-31"]

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
}
