import ErqiCore
import Foundation

/// `erqi [OPTIONS]`: evaluates the dataset and writes the report.
enum ScorecardCommand {
    static func run(_ arguments: [String]) async -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments, allowed: CommandLineOptions.scorecardOptions)
        } catch {
            return Console.usage(error.message)
        }
        if options.help {
            return Console.out(Usage.text)
        }
        guard let reporter = ReporterRegistry.reporter(named: options.format, options: options.reportOptions) else {
            return Console.usage(
                "unknown format '\(options.format)'; choose one of \(ReporterRegistry.names.joined(separator: ", "))")
        }
        return await ReportDelivery.deliver(
            reporter, to: options.output, inputs: DatasetSource.inputFiles(options.data),
            readsStandardInput: options.data.contains("-")
        ) { await produce(options) }
    }

    /// Loads the data and evaluates it.
    private static func produce(_ options: CommandLineOptions) async -> ReportDelivery.Produced {
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(options.data)
        } catch {
            return .stop(Console.report(error))
        }
        if let stop = DatasetSource.checkSelection(options, in: dataset) { return .stop(stop) }
        guard let asOf = options.asOf ?? dataset.latestDate else {
            return .stop(Console.usage("the dataset has no dates; give --as-of"))
        }
        // Parallel and serial evaluation give identical scorecards; --jobs 1 evaluates serially.
        var evaluator = Evaluator(dataset: dataset)
        // The HTML report charts every figure of a target's period; the other formats do not need them kept.
        evaluator.keepsFiguresInPeriod = options.format == "html"
        let scorecard = await evaluator.scorecard(
            asOf: asOf, plans: options.plans.isEmpty ? nil : Set(options.plans), theme: options.theme,
            parallelism: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        return .scorecard(scorecard)
    }
}
