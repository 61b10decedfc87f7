import ErqiCSVReporter
import ErqiCore
import ErqiDistrictDataset
import ErqiPlanFiles
import ErqiReporting
import Foundation
import Testing

@testable import ErqiXLSXReporter

/// `Fixtures/xlsx-words.json`: the words the workbook writes, per language, for the CSV's column names and codes, so
/// that `scripts/check-xlsx` and `scripts/check-compare` can compare a workbook with the CSV report of the same
/// scorecard cell by cell. `scripts/regenerate-goldens` writes it (through ``GoldenExport``); the test below fails
/// when it is out of date.
enum XLSXWordsFile {
    static let file = "xlsx-words.json"

    /// The units whose words the file lists: every unit but counts, and the counts of the bundled dataset.
    static func units() -> [QuantityUnit] {
        let fixed: [QuantityUnit] = [
            .yuan, .count(measureWord: nil), .percent, .percentagePoints, .multiple, .days, .months, .years,
            .squareMetres, .squareKilometres, .mu, .metres, .kilometres, .hectares, .cubicMetres, .tonnes, .kilograms,
            .microgramsPerCubicMetre,
        ]
        let dataset = try? PlanFileLoader.loadJSON(bytes: ErqiDistrictDataset.bytes, file: ErqiDistrictDataset.fileName)
        var counts = Set(dataset?.indicators.map(\.unit) ?? [])
        func visit(_ themes: [Theme]) {
            for theme in themes {
                for target in theme.targets {
                    counts.insert(target.requirement.unit)
                    if let baseline = target.baseline { counts.insert(baseline.value.unit) }
                }
                visit(theme.themes)
            }
        }
        for plan in dataset?.plans ?? [] { visit(plan.themes) }
        return fixed + counts.filter { $0.measureWord != nil }.sorted { $0.code < $1.code }
    }

    /// The file's text: a JSON object per language, keys sorted, written here so that it is the same on every
    /// platform.
    static func json() -> String {
        var text = "{\n"
        for (offset, language) in [Language.en, .zh].enumerated() {
            let options = ReportOptions(language: language)
            let reporter = XLSXReporter(options: options)
            func table<T>(_ values: [T], _ key: (T) -> String, _ word: (T) -> String) -> [String: String] {
                Dictionary(values.map { (key($0), word($0)) }, uniquingKeysWith: { first, _ in first })
            }
            let units = table(units(), \.code, options.unitText)
            let approximations = table(Approximation.allCases, \.rawValue, options.approximationText)
            let comparators = table(ComparisonOperator.allCases, \.rawValue, options.comparatorText)
            let codes: [String: [String: String]] = [
                "status": table(EvaluationStatus.allCases, \.rawValue, options.statusText),
                "status_reason": table(StatusReason.allCases, \.rawValue, options.reasonText),
                "comparator": comparators, "original_comparator": comparators,
                "target_unit": units, "baseline_unit": units, "actual_unit": units,
                "actual_approximation": approximations, "progress_approximation": approximations,
                "shortfall_approximation": approximations,
                "actual_quality": table(ObservationQuality.allCases, \.rawValue, options.qualityText),
                "data_is_stale": table([true, false], { String($0) }, options.yesNoText),
            ]
            let columns: [String: [String: String]] = [
                "targetColumns": table(TargetColumnLabel.allCases, \.rawValue) { $0.text(in: language) },
                "sourceColumns": table(SourceColumnLabel.allCases, \.rawValue) { $0.text(in: language) },
                "comparisonColumns": Dictionary(
                    uniqueKeysWithValues: zip(CSVReporter.comparisonColumns, reporter.comparisonColumnHeads)),
                "worstTargetColumns": Dictionary(
                    uniqueKeysWithValues: zip(XLSXReporter.worstTargetColumns, reporter.worstTargetColumnHeads)),
            ]
            text += "  \(quoted(language.rawValue)): {\n"
            text += "    \"codes\": {\n"
            text += codes.keys.sorted().map { "      \(quoted($0)): \(object(codes[$0] ?? [:]))" }.joined(
                separator: ",\n")
            text += "\n    },\n"
            for key in columns.keys.sorted() { text += "    \(quoted(key)): \(object(columns[key] ?? [:])),\n" }
            text +=
                "    \"comparisonSheets\": [\(reporter.comparisonSheetNames.map(quoted).joined(separator: ", "))],\n"
            text += "    \"sheets\": [\(reporter.sheetNames.map(quoted).joined(separator: ", "))]\n"
            text += offset == 0 ? "  },\n" : "  }\n"
        }
        return text + "}\n"
    }

    private static func object(_ table: [String: String]) -> String {
        "{" + table.keys.sorted().map { "\(quoted($0)): \(quoted(table[$0] ?? ""))" }.joined(separator: ", ") + "}"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

struct XLSXWordsFileTests {
    @Test func wordsFileIsCurrent() throws {
        let url = GoldenCase.fixturesDirectory.appendingPathComponent(XLSXWordsFile.file)
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "missing \(XLSXWordsFile.file): run scripts/regenerate-goldens")
        #expect(
            XLSXWordsFile.json() == expected, "\(XLSXWordsFile.file) is out of date: run scripts/regenerate-goldens")
    }

    @Test func wordsFileIsJSONWithEveryColumnAndCode() throws {
        let object = try JSONSerialization.jsonObject(with: Data(XLSXWordsFile.json().utf8)) as? [String: Any]
        for language in ["zh", "en"] {
            let words = try #require(object?[language] as? [String: Any])
            let columns = try #require(words["targetColumns"] as? [String: String])
            #expect(Set(columns.keys) == Set(CSVReporter.columns))
            let codes = try #require(words["codes"] as? [String: [String: String]])
            #expect(codes["status"]?.count == EvaluationStatus.allCases.count)
            #expect(codes["target_unit"]?["CNY"] == (language == "zh" ? "元" : "yuan"))
        }
    }
}
