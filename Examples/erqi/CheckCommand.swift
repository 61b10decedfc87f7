import ErqiCore
import ErqiPlanFiles
import ErqiReporting

/// `erqi check FILE`: validates a plan file and prints every problem.
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") {
            return Console.out(
                "usage: erqi check FILE\n  validates a JSON plan file, or a folder (or targets.csv) of the CSV format\n"
            )
        }
        guard arguments.count == 1, let path = arguments.first else {
            return Console.usage("check takes one file: erqi check FILE")
        }
        do {
            let dataset =
                path == "-"
                ? try PlanFileLoader.loadJSON(bytes: PlanFileLoader.read("-"), file: "<stdin>")
                : try PlanFileLoader.load(path: path)
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
