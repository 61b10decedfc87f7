import ErqiCore
import ErqiPlanFiles
import ErqiReporting

/// `erqi check FILE`: validates a plan file and prints every problem.
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") {
            return Console.out(
                "usage: erqi check [--max-input-size SIZE] FILE\n"
                    + "  validates a JSON plan file, or a folder (or targets.csv) of the CSV format\n")
        }
        // `--max-input-size SIZE` (or `=SIZE`) may come before or after the file; everything else is the file.
        var files: [String] = []
        var options = CommandLineOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--max-input-size" || argument.hasPrefix("--max-input-size=") {
                let inline = argument.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init)
                if inline == nil { index += 1 }
                guard let text = inline ?? (index < arguments.count ? arguments[index] : nil) else {
                    return Console.usage("--max-input-size needs a value")
                }
                do {
                    options.maxInputSize = try ByteSizeText.bytes(text, option: "--max-input-size")
                } catch {
                    return Console.usage(error.message)
                }
            } else {
                files.append(argument)
            }
            index += 1
        }
        guard files.count == 1, let path = files.first else {
            return Console.usage("check takes one file: erqi check FILE")
        }
        do {
            let reading = options.loaderOptions
            let dataset =
                path == "-"
                ? try PlanFileLoader.loadJSON(bytes: PlanFileLoader.read("-", options: reading), file: "<stdin>")
                : try PlanFileLoader.load(path: path, options: reading)
            var targets = 0
            var milestones = 0
            for plan in dataset.plans {
                plan.forEachTheme { theme in
                    targets += theme.targets.count
                    milestones += theme.milestones.count
                }
            }
            return Console.out(
                TerminalSafeText.escaped(path)
                    + ": ok: \(dataset.plans.count) plans, \(targets) targets, \(milestones) milestones, "
                    + "\(dataset.observations.count) observations, \(dataset.indicators.count) indicators, "
                    + "\(dataset.sources.count) sources\n")
        } catch {
            let code = Console.report(error)
            Console.error("erqi: \(path): \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s")")
            return code
        }
    }
}
