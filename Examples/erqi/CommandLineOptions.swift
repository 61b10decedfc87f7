import ErqiCore

/// The options of the scorecard command, parsed by hand (the package has no dependencies).
struct CommandLineOptions {
    var asOf: CalendarDate?
    var plans: [Plan.ID] = []
    var theme: Theme.ID?
    var format = "text"
    var language = Language.zh
    var plainNumbers = false
    var decimalPlaces: Int?
    var output: String?
    var data: String?
    var jobs: Int?
    var help = false

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
            if let allowed, !allowed.contains(argument) {
                throw UsageError(message: "unknown option '\(argument)' for this command; see erqi --help")
            }
            func next() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                return try value(for: argument)
            }
            switch argument {
            case "--help", "-h":
                options.help = true
            case "--as-of":
                let text = try next()
                do {
                    options.asOf = try CalendarDate(iso: text)
                } catch {
                    throw UsageError(message: "--as-of: \(error.description)")
                }
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
                options.data = try next()
            case "--jobs", "-j":
                let text = try next()
                guard let jobs = Int(text), (1...256).contains(jobs) else {
                    throw UsageError(message: "--jobs takes a whole number from 1 to 256, not '\(text)'")
                }
                options.jobs = jobs
            default:
                throw UsageError(message: "unknown argument '\(argument)'; see erqi --help")
            }
            index += 1
        }
        return options
    }
}
