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

    /// Loads the data and evaluates it; the HTML report charts every figure of a target's period, so only it
    /// keeps them.
    private static func produce(_ options: CommandLineOptions) async -> ReportDelivery.Produced {
        switch await DatasetSource.scorecard(options, keepsFiguresInPeriod: options.format == "html") {
        case .success(let scorecard): return .scorecard(scorecard)
        case .failure(let code): return .stop(code)
        }
    }
}
