import ErqiCore
import Foundation

/// `erqi compare`: the plans of a dataset side by side, as of a day.
enum CompareCommand {
    static let usage = """
        usage: erqi compare [--data FILE] [--as-of DATE] [--sort COLUMN] [--descending] [--plan ID …] [OPTIONS]
          the plans side by side: per plan, the counts of targets and milestones by status, the mean progress, how
          many targets it covers, and its three worst targets. Rows are in dataset order unless --sort names a
          column (ascending; --descending for the largest first; ties by plan id). The text report shows every
          plan when there are at most 20, else the ten with the highest and the ten with the lowest mean progress.
          OPTIONS: --format (text, csv, json, markdown, html, xlsx), --lang, --plain, --places, --output, --jobs,
          --max-input-size.
          COLUMN is one of:
            \(PlanComparisonColumn.allColumns.map(\.name).joined(separator: " "))

        """

    static func run(_ arguments: [String]) async -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments, allowed: CommandLineOptions.compareOptions)
        } catch {
            return Console.usage(error.message)
        }
        if options.help { return Console.out(usage) }
        var column: PlanComparisonColumn?
        if let name = options.sort {
            guard let named = PlanComparisonColumn(name: name) else {
                return Console.usage(
                    "unknown sort column '\(name)'; choose one of "
                        + PlanComparisonColumn.allColumns.map(\.name).joined(separator: ", "))
            }
            column = named
        }
        if options.descending && column == nil {
            return Console.usage("--descending needs --sort COLUMN")
        }
        guard let writer = ReporterRegistry.reporter(named: options.format, options: options.reportOptions) else {
            return Console.usage(
                "unknown format '\(options.format)'; choose one of \(ReporterRegistry.names.joined(separator: ", "))")
        }
        return await ReportDelivery.deliver(
            writer, to: options.output, inputs: DatasetSource.inputFiles(options.data),
            readsStandardInput: options.data.contains("-")
        ) { await produce(options, sort: column) }
    }

    /// Loads the data, evaluates it and compares its plans.
    private static func produce(_ options: CommandLineOptions, sort: PlanComparisonColumn?) async
        -> ReportDelivery.Produced
    {
        let scorecard: Scorecard
        switch await DatasetSource.scorecard(options) {
        case .success(let evaluated): scorecard = evaluated
        case .failure(let code): return .stop(code)
        }
        let comparison = PlanComparison(scorecard)
        guard let sort else { return .comparison(comparison) }
        return .comparison(comparison.sorted(by: sort, descending: options.descending, language: options.language))
    }
}
