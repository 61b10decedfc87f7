import ErqiCore
import Foundation

/// `erqi [OPTIONS]`: evaluates the dataset and writes the report.
enum ScorecardCommand {
    static func run(_ arguments: [String]) async -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments)
        } catch {
            return Console.usage(error.message)
        }
        if options.help {
            return Console.out(Usage.text)
        }
        let reportOptions = ReportOptions(
            language: options.language, numberStyle: options.plainNumbers ? .plain : .report,
            decimalPlaces: options.decimalPlaces,
            colour: options.output == nil
                && ReportOptions.colourWanted(
                    isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        )
        guard let reporter = ReporterRegistry.reporter(named: options.format, options: reportOptions) else {
            return Console.usage(
                "unknown format '\(options.format)'; choose one of \(ReporterRegistry.names.joined(separator: ", "))")
        }
        // The output is looked at and opened before the data is read, as the shell's `>` is: a path that cannot be
        // written, or that is an input, stops here, before any work and without writing anything.
        guard let path = options.output else {
            var output = FileHandleOutput.standardOutput
            let status = await produce(options, reporter, into: &output)
            guard status == .success else { return status }
            return Console.finished(output, name: "standard output")
        }
        var file: ReportFile
        do {
            let destination = try OutputDestination.resolve(path)
            try destination.refuseInputs(
                DatasetSource.inputFiles(options.data), readsStandardInput: options.data == "-")
            file = try destination.open()
        } catch {
            Console.error(error.message)
            return error.code
        }
        let status = await produce(options, reporter, into: &file)
        guard status == .success else {
            file.discard()
            return status
        }
        do {
            try file.commit()
        } catch {
            if !error.message.isEmpty { Console.error(error.message) }
            return error.code
        }
        return .success
    }

    /// Loads the data, evaluates it and writes the report; write errors stay in the output for the caller.
    private static func produce<Output: TextOutputStream>(
        _ options: CommandLineOptions, _ reporter: any Reporter, into output: inout Output
    ) async -> ExitCode {
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(options.data)
        } catch {
            return Console.report(error)
        }
        for plan in options.plans where !dataset.plans.contains(where: { $0.id == plan }) {
            return Console.usage("unknown plan '\(plan)'; erqi list shows the plans")
        }
        if let theme = options.theme {
            var found = false
            for plan in dataset.plans { plan.forEachTheme { if $0.id == theme { found = true } } }
            if !found { return Console.usage("unknown theme '\(theme)'; erqi list shows the themes") }
        }
        guard let asOf = options.asOf ?? dataset.latestDate else {
            return Console.usage("the dataset has no dates; give --as-of")
        }
        // Parallel and serial evaluation give identical scorecards; --jobs 1 evaluates serially.
        let scorecard = await Evaluator(dataset: dataset).scorecard(
            asOf: asOf, plans: options.plans.isEmpty ? nil : Set(options.plans), theme: options.theme,
            parallelism: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        do {
            try reporter.write(scorecard, to: &output)
        } catch {
            Console.error("erqi: cannot write the \(options.format) report: \(error)")
            return .dataError
        }
        return .success
    }
}
