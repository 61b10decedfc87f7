import ErqiCore

/// `erqi series INDICATOR`: an indicator's figures over time, with sources and qualities, and the path of each
/// of its targets (requirement steps and expected values).
enum SeriesCommand {
    static let usage = """
        usage: erqi series INDICATOR [--data FILE …] [--format text|csv|json] [--lang zh|en] [--plain]
                                     [--places N] [--output FILE] [--max-input-size SIZE]
          the figures of an indicator over time with their sources and qualities, and each target's path:
          the requirement in force from each day (a revision is a new step) and the values expected on the way.
          erqi list shows the indicators.

        """

    static func run(_ arguments: [String]) async -> ExitCode {
        let positional = arguments.filter { !$0.hasPrefix("-") }
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(
                Array(arguments.drop { !$0.hasPrefix("-") }),
                allowed: [
                    "--help", "-h", "--data", "--format", "--lang", "--plain", "--places", "--output", "-o",
                    "--max-input-size",
                ])
        } catch {
            return Console.usage(error.message)
        }
        if options.help { return Console.out(usage) }
        guard arguments.first.map({ !$0.hasPrefix("-") }) == true, let name = positional.first else {
            return Console.usage("series needs an indicator: erqi series INDICATOR (erqi list shows them)")
        }
        guard let writer = ReporterRegistry.reporter(named: options.format, options: options.reportOptions),
            writer.writesSeries
        else {
            return Console.usage("series writes text, csv or json, not '\(options.format)'")
        }
        return await ReportDelivery.deliver(
            writer, to: options.output, inputs: DatasetSource.inputFiles(options.data),
            readsStandardInput: options.data.contains("-")
        ) { produce(options, indicator: Indicator.ID(name)) }
    }

    /// Loads the data and takes the indicator's series.
    private static func produce(_ options: CommandLineOptions, indicator: Indicator.ID) -> ReportDelivery.Produced {
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(options.data, options: options.loaderOptions)
        } catch {
            return .stop(Console.report(error))
        }
        guard let series = dataset.series(of: indicator) else {
            return .stop(Console.usage("unknown indicator '\(indicator)'; erqi list shows the indicators"))
        }
        return .series(series)
    }
}
