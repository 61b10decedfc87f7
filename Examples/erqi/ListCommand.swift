import ErqiCore
import ErqiReporting

/// `erqi list`: the plans with their themes, and the sources, of a dataset.
enum ListCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(
                arguments, allowed: ["--data", "--lang", "--help", "-h", "--max-input-size"])
        } catch {
            return Console.usage(error.message)
        }
        if options.help {
            return Console.out("usage: erqi list [--data FILE] [--lang zh|en] [--max-input-size SIZE]\n")
        }
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(options.data, options: options.loaderOptions)
        } catch {
            return Console.report(error)
        }
        let language = options.language
        // Ids, titles and locators come from data: a control character in them is shown, never sent to the terminal.
        let safe = TerminalSafeText.escaped
        var text = "Plans\n"
        for plan in dataset.plans {
            text += "  \(safe(plan.id.rawValue))  \(safe(plan.title.text(in: language)))  (\(plan.period))\n"
            func themes(_ list: [Theme], depth: Int) {
                for theme in list {
                    let indent = String(repeating: "  ", count: depth)
                    text += "\(indent)\(safe(theme.id.rawValue))  \(safe(theme.title.text(in: language)))"
                    text += "  [\(theme.targets.count) targets, \(theme.milestones.count) milestones]\n"
                    themes(theme.themes, depth: depth + 1)
                }
            }
            themes(plan.themes, depth: 2)
        }
        text += "Sources\n"
        for source in dataset.sources {
            let date = source.publishedOn.map { " \($0)" } ?? ""
            text +=
                "  \(safe(source.id.rawValue))  \(safe(source.title.text(in: language)))\(date)  \(safe(source.locator))\n"
        }
        return Console.out(text)
    }
}
