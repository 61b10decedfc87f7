import ErqiCore
import ErqiPlanFiles
import ErqiReporting
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options of the scorecard command, parsed by hand (the package has no dependencies).
struct CommandLineOptions {
    var asOf: CalendarDate?
    var plans: [Plan.ID] = []
    var theme: Theme.ID?
    var format = "text"
    var language = Language.zh
    var plainNumbers = false
    var decimalPlaces: Int?
    /// `--bom`: start CSV output with the UTF-8 byte-order mark (for Excel on Chinese Windows).
    var byteOrderMark = false
    /// `--no-achievements`: leave out the achievements without a target.
    var noAchievements = false
    /// `--detail`: list every note (figures not used) and each theme's rollup.
    var detail = false
    var output: String?
    /// The `--data` files, in the order given: several are merged into one dataset; none is the bundled one.
    var data: [String] = []
    var jobs: Int?
    /// `--max-input-size`: the largest plan file read, in bytes; `nil` is the loader's default (2 GiB).
    var maxInputSize: Int?
    var help = false
    /// `erqi diff`: the earlier and the later as-of day.
    var from: CalendarDate?
    var to: CalendarDate?
    /// `erqi diff`: the earlier and the later dataset.
    var before: String?
    var after: String?
    /// `erqi compare`: the column to sort by, and the direction.
    var sort: String?
    var descending = false

    /// The options of the scorecard command.
    static let scorecardOptions: Set<String> = [
        "--help", "-h", "--as-of", "--plan", "--theme", "--format", "--lang", "--plain", "--places", "--output", "-o",
        "--data", "--jobs", "-j", "--bom", "--no-achievements", "--detail", "--max-input-size",
    ]
    /// The options of `erqi diff`.
    static let diffOptions: Set<String> = [
        "--help", "-h", "--from", "--to", "--before", "--after", "--plan", "--theme", "--format", "--lang", "--plain",
        "--places", "--output", "-o", "--data", "--jobs", "-j", "--bom", "--max-input-size",
    ]

    /// The options of `erqi compare`.
    static let compareOptions: Set<String> = [
        "--help", "-h", "--as-of", "--sort", "--descending", "--plan", "--format", "--lang", "--plain", "--places",
        "--output", "-o", "--data", "--jobs", "-j", "--bom", "--max-input-size",
    ]

    /// Every option of any command: one of these given to a command that does not take it is "not for this
    /// command"; anything else is an unknown argument.
    static let knownOptions = scorecardOptions.union(diffOptions).union(compareOptions)

    /// The report options these command-line options ask for; colour only on a terminal without `--output`.
    ///
    /// The byte-order mark is only written when `--bom` asks for it, whether the CSV goes to a file or to standard
    /// output: the same command writes the same bytes wherever they go, and the tools that read CSV in scripts
    /// (Python's csv, cut, awk, databases' COPY) would take the mark as part of the first column's name. Excel on
    /// Chinese Windows, which needs the mark to read UTF-8, is the case `--bom` is for.
    ///
    /// Achievements without a target: none with `--no-achievements`; with `--plan` or `--theme`, only those of the
    /// indicators the shown targets track, so that figures of other plans and themes stay out; else all.
    var reportOptions: ReportOptions {
        ReportOptions(
            language: language, numberStyle: plainNumbers ? .plain : .report, decimalPlaces: decimalPlaces,
            colour: output == nil
                && ReportOptions.colourWanted(
                    isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment),
            byteOrderMark: byteOrderMark,
            achievements: noAchievements ? .none : (plans.isEmpty && theme == nil ? .all : .shownTargets),
            detail: detail
        )
    }

    /// How the plan files are read: `--max-input-size`, named by the message that refuses a larger file.
    var loaderOptions: PlanFileLoader.Options {
        PlanFileLoader.Options(
            maximumFileSize: maxInputSize ?? PlanFileLoader.defaultMaximumFileSize,
            maximumFileSizeSetting: "--max-input-size SIZE")
    }

    /// A command-line mistake, reported with exit code 64.
    struct UsageError: Error {
        var message: String
    }

    static func parse(_ arguments: [String], allowed: Set<String>? = nil) throws(UsageError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var index = 0
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(message: "\(option) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            if let allowed, !allowed.contains(argument), knownOptions.contains(argument) {
                throw UsageError(message: "unknown option '\(argument)' for this command; see erqi --help")
            }
            func next() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                return try value(for: argument)
            }
            switch argument {
            case "--help", "-h":
                options.help = true
            case "--as-of", "--from", "--to":
                let text = try next()
                let day: CalendarDate
                do {
                    day = try CalendarDate(iso: text)
                } catch {
                    throw UsageError(message: "\(argument): \(error.description)")
                }
                switch argument {
                case "--from": options.from = day
                case "--to": options.to = day
                default: options.asOf = day
                }
            case "--before":
                options.before = try next()
            case "--after":
                options.after = try next()
            case "--sort":
                options.sort = try next()
            case "--descending":
                options.descending = true
            case "--plan":
                options.plans.append(Plan.ID(try next()))
            case "--theme":
                options.theme = Theme.ID(try next())
            case "--format":
                options.format = try next()
            case "--lang":
                let text = try next()
                guard let language = Language(rawValue: text) else {
                    throw UsageError(message: "--lang takes zh or en, not '\(text)'")
                }
                options.language = language
            case "--bom":
                options.byteOrderMark = true
            case "--no-achievements":
                options.noAchievements = true
            case "--detail":
                options.detail = true
            case "--plain":
                options.plainNumbers = true
            case "--places":
                let text = try next()
                guard let places = Int(text), (0...12).contains(places) else {
                    throw UsageError(message: "--places takes a whole number from 0 to 12, not '\(text)'")
                }
                options.decimalPlaces = places
            case "--output", "-o":
                options.output = try next()
            case "--data":
                options.data.append(try next())
            case "--jobs", "-j":
                let text = try next()
                guard let jobs = Int(text), (1...256).contains(jobs) else {
                    throw UsageError(message: "--jobs takes a whole number from 1 to 256, not '\(text)'")
                }
                options.jobs = jobs
            case "--max-input-size":
                options.maxInputSize = try ByteSizeText.bytes(try next(), option: argument)
            default:
                throw UsageError(message: "unknown argument '\(argument)'; see erqi --help")
            }
            index += 1
        }
        return options
    }
}
