import ErqiCore
import ErqiDraft
import ErqiPlanFiles
import ErqiReporting
import Foundation

/// `erqi draft REPORT.txt [--source-id ID] [--published-on DATE] [--period YEAR] [--output FILE] [--lang zh|en]`
/// writes a draft plan file (JSON, docs/plan-format.md) of a report; `erqi draft --merge DATASET.json REPORT.txt`
/// writes what the report's figures would change in an existing dataset.
///
/// Undecided figures carry a `"review"` key, which `erqi check` refuses until it is resolved and deleted. The
/// numbers left out (dates, ordinals, names, counts of themes, thresholds, vague amounts, repeats) are listed on
/// standard error, one a line with its category in words (``DraftLeftOutWords``) in the language of `--lang`
/// (Chinese by default, as every report), with a summary line.
enum DraftCommand {
    static let usage = """
        usage: erqi draft REPORT.txt [--source-id ID] [--published-on YYYY-MM-DD] [--period YEAR] [--output FILE]
                          [--lang zh|en]
               erqi draft --merge DATASET.json REPORT.txt [--source-id ID] [--published-on DATE] [--period YEAR]
                          [--output FILE] [--lang zh|en]
          Drafts the targets and observations of a report as a JSON plan file. Figures the drafter cannot decide
          carry "review": "…"; resolve each one and delete the key, then run erqi check FILE. Numbers left out are
          listed on standard error with their category in words, in --lang (default zh; en adds the drafter's
          reason). With --merge, writes the proposed changes to DATASET instead. REPORT.txt may be - for standard
          input.

        """

    struct Options {
        var report: String?
        var sourceID: String?
        var publishedOn: CalendarDate?
        var year: Int?
        var output: String?
        var merge: String?
        var language = Language.zh
    }

    static func run(_ arguments: [String]) -> ExitCode {
        if arguments.contains("-h") || arguments.contains("--help") { return Console.out(usage) }
        let options: Options
        switch parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let message): return Console.usage(message)
        }
        guard let report = options.report else { return Console.usage("draft needs a report: erqi draft REPORT.txt") }
        let readsStandardInput = report == "-"
        let locator = readsStandardInput ? "stdin" : report.split(separator: "/").last.map(String.init) ?? report
        let sourceID = options.sourceID ?? "src-" + locator.split(separator: ".").first.map(String.init).orEmpty
        if let problem = IdentifierRule.violation(in: sourceID) {
            return Console.usage("--source-id '\(sourceID)': \(problem)")
        }
        let inputs = (readsStandardInput ? [] : [report]) + (options.merge.map { [$0] } ?? [])
        return DraftDelivery.deliver(to: options.output, inputs: inputs, readsStandardInput: readsStandardInput) {
            let text: String
            do throws(PlanFileError) {
                text = try reportText(report)
            } catch {
                return .failure(Console.report(error))
            }
            let drafter = ReportDrafter(year: options.year, publicationYear: options.publishedOn?.year)
            let draft = drafter.draft(text)
            let name = TerminalSafeText.escaped(report)
            for figure in draft.leftOut {
                Console.error(
                    "erqi draft: \(name):\(figure.line): \(DraftLeftOutWords.line(figure, in: options.language))")
            }
            Console.error("erqi draft: \(name): \(DraftSummaryWords.line(draft, in: options.language))")
            guard let merge = options.merge else {
                return .success(
                    DraftPlanFile(draft: draft, sourceID: sourceID, locator: locator, publishedOn: options.publishedOn)
                        .text)
            }
            let dataset: Dataset
            do throws(PlanFileError) {
                dataset = try PlanFileLoader.load(path: merge)
            } catch {
                return .failure(Console.report(error))
            }
            return .success(DraftProposalFile(proposals: DraftMerger(dataset: dataset).proposals(for: draft)).text)
        }
    }

    /// The report's text: UTF-8, a leading byte-order mark dropped.
    private static func reportText(_ path: String) throws(PlanFileError) -> String {
        var bytes = try PlanFileLoader.read(path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw PlanFileError(problems: [
                PlanFileProblem(
                    kind: .encoding, file: path, line: 1, column: 1, field: "",
                    message: "the report is not UTF-8 text; convert it to UTF-8 first")
            ])
        }
        return text
    }

    private enum Parsed {
        case success(Options)
        case failure(String)
    }

    private static func parse(_ arguments: [String]) -> Parsed {
        var options = Options()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let takesValue = ["--source-id", "--published-on", "--period", "--output", "-o", "--merge", "--lang"]
            if takesValue.contains(argument) {
                guard index + 1 < arguments.count else { return .failure("\(argument) needs a value") }
                let value = arguments[index + 1]
                index += 2
                switch argument {
                case "--source-id": options.sourceID = value
                case "--published-on":
                    guard let date = try? CalendarDate(iso: value) else {
                        return .failure("--published-on '\(value)' is not a day (YYYY-MM-DD)")
                    }
                    options.publishedOn = date
                case "--period":
                    guard value.count == 4, let year = Int(value), (1949...2100).contains(year) else {
                        return .failure("--period '\(value)' is not a year from 1949 to 2100 (e.g. 2025)")
                    }
                    options.year = year
                case "--merge": options.merge = value
                case "--lang":
                    guard let language = Language(rawValue: value) else {
                        return .failure("--lang takes zh or en, not '\(value)'")
                    }
                    options.language = language
                default: options.output = value
                }
                continue
            }
            if argument.hasPrefix("-"), argument != "-" {
                return .failure("unknown option '\(argument)' for erqi draft; see erqi draft --help")
            }
            if options.report != nil { return .failure("draft takes one report; '\(argument)' is a second one") }
            options.report = argument
            index += 1
        }
        return .success(options)
    }
}

extension Optional where Wrapped == String {
    /// The string, or an empty one.
    fileprivate var orEmpty: String { self ?? "" }
}
