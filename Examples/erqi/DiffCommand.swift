import ErqiCore
import Foundation

/// `erqi diff`: what changed between two as-of days of one dataset (`--from`, `--to`), or between two datasets
/// (`--before`, `--after`).
enum DiffCommand {
    static let usage = """
        usage: erqi diff --from DATE [--to DATE] [--data FILE] [OPTIONS]
               erqi diff --before FILE --after FILE [--from DATE] [--to DATE] [OPTIONS]
          what changed: status transitions, revisions of targets, new and dropped figures, milestones that fell due,
          and the rollups. --to defaults to the latest day in the (later) data; with two datasets, --from defaults
          to the latest day in the earlier one. OPTIONS as for the scorecard: --plan, --theme, --format (text, csv,
          json, markdown, html), --lang, --plain, --places, --output, --jobs, --max-input-size.

        """

    static func run(_ arguments: [String]) async -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments, allowed: CommandLineOptions.diffOptions)
        } catch {
            return Console.usage(error.message)
        }
        if options.help { return Console.out(usage) }
        let twoDatasets = options.before != nil || options.after != nil
        if twoDatasets && (options.before == nil || options.after == nil) {
            return Console.usage("diff compares two datasets with both --before FILE and --after FILE")
        }
        if twoDatasets && !options.data.isEmpty {
            return Console.usage("give either --data (one dataset, two days) or --before and --after, not both")
        }
        if !twoDatasets && options.from == nil {
            return Console.usage("diff needs --from DATE (and --to DATE), or --before FILE and --after FILE")
        }
        if let from = options.from, let to = options.to, from > to {
            return Console.usage("--from \(from) is after --to \(to)")
        }
        guard let writer = ReporterRegistry.reporter(named: options.format, options: options.reportOptions) else {
            return Console.usage(
                "unknown format '\(options.format)'; choose one of \(ReporterRegistry.names.joined(separator: ", "))")
        }
        if writer.isBinary {
            return Console.usage("diff writes text, csv, json, markdown or html, not \(writer.name)")
        }
        let files = twoDatasets ? [options.before, options.after].compactMap { $0 } : options.data
        let inputs = DatasetSource.inputFiles(files)
        let readsStandardInput = files.contains("-")
        return await ReportDelivery.deliver(
            writer, to: options.output, inputs: inputs, readsStandardInput: readsStandardInput
        ) { await produce(options, twoDatasets: twoDatasets) }
    }

    /// Loads the data, evaluates both sides and compares them.
    private static func produce(_ options: CommandLineOptions, twoDatasets: Bool) async -> ReportDelivery.Produced {
        let earlier: Dataset
        let later: Dataset
        do {
            let reading = options.loaderOptions
            earlier =
                try twoDatasets
                ? DatasetSource.load(options.before, options: reading)
                : DatasetSource.load(options.data, options: reading)
            later = twoDatasets ? try DatasetSource.load(options.after, options: reading) : earlier
        } catch {
            return .stop(Console.report(error))
        }
        if let stop = DatasetSource.checkSelection(options, in: later) { return .stop(stop) }
        guard let from = options.from ?? earlier.latestDate, let to = options.to ?? later.latestDate else {
            return .stop(Console.usage("the dataset has no dates; give --from and --to"))
        }
        let plans = options.plans.isEmpty ? nil : Set(options.plans)
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let before = await Evaluator(dataset: earlier).scorecard(
            asOf: from, plans: plans, theme: options.theme, parallelism: jobs)
        let after = await Evaluator(dataset: later).scorecard(
            asOf: to, plans: plans, theme: options.theme, parallelism: jobs)
        return .diff(ScorecardDiff(before: before, after: after))
    }
}
