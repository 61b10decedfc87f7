import ErqiCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to `--output` or to standard output, for every command that writes one.
///
/// The output is looked at and opened before the data is read, as the shell's `>` is: a path that cannot be
/// written, or that is an input, stops there, before any work and without writing anything. A report that
/// cannot be made or written leaves the destination as it was.
enum ReportDelivery {
    /// What a command produced: a report to write, or an exit code to stop with.
    enum Produced {
        /// A scorecard.
        case scorecard(Scorecard)
        /// A diff of two scorecards.
        case diff(ScorecardDiff)
        /// An indicator's series.
        case series(IndicatorSeries)
        /// Plans side by side.
        case comparison(PlanComparison)
        /// Nothing to write; the command stops with this code (its message is printed already).
        case stop(ExitCode)
    }

    /// Opens the destination, produces the report, writes it and commits it.
    /// - Parameters:
    ///   - writer: The reporter.
    ///   - path: `--output`, or `nil` for standard output.
    ///   - inputs: The files the command reads, which the output must not be.
    ///   - readsStandardInput: Whether the command reads standard input.
    ///   - produce: Loads and evaluates the data.
    /// - Returns: The exit code.
    static func deliver(
        _ writer: ReportWriter, to path: String?, inputs: [String], readsStandardInput: Bool,
        produce: () async -> Produced
    ) async -> ExitCode {
        guard let path else {
            if writer.isBinary && isatty(1) == 1 {
                return Console.usage(
                    "the \(writer.name) format is binary and standard output is a terminal; "
                        + "give --output FILE.\(writer.name) or redirect standard output")
            }
            var output = FileHandleOutput.standardOutput
            let status = write(await produce(), with: writer, to: &output)
            guard status == .success else { return status }
            return Console.finished(output, name: "standard output")
        }
        var file: ReportFile
        switch openFile(path, inputs: inputs, readsStandardInput: readsStandardInput) {
        case .failure(let code): return code
        case .success(let opened): file = opened
        }
        let status = write(await produce(), with: writer, to: &file)
        guard status == .success else {
            file.discard()
            return status
        }
        return commit(&file)
    }

    /// Resolves `--output`, refuses an input as the destination, and opens the file, printing why it cannot.
    /// - Parameters:
    ///   - path: `--output`.
    ///   - inputs: The files the command reads, which the output must not be.
    ///   - readsStandardInput: Whether the command reads standard input.
    /// - Returns: The open file, or the exit code to stop with (its message printed).
    static func openFile(_ path: String, inputs: [String], readsStandardInput: Bool) -> Result<ReportFile, ExitCode> {
        do {
            let destination = try OutputDestination.resolve(path)
            try destination.refuseInputs(inputs, readsStandardInput: readsStandardInput)
            return .success(try destination.open())
        } catch {
            Console.error(error.message)
            return .failure(error.code)
        }
    }

    /// Commits a written file in place of the destination, printing why it cannot.
    /// - Parameter file: The file, fully written.
    /// - Returns: `.success`, or the exit code to stop with.
    static func commit(_ file: inout ReportFile) -> ExitCode {
        do {
            try file.commit()
        } catch {
            if !error.message.isEmpty { Console.error(error.message) }
            return error.code
        }
        return .success
    }

    /// Writes what was produced; write errors stay in the output for the caller.
    private static func write<Output: ReportSink>(
        _ produced: Produced, with writer: ReportWriter, to output: inout Output
    ) -> ExitCode {
        do {
            switch produced {
            case .scorecard(let scorecard): try writer.write(scorecard, to: &output)
            case .diff(let diff): try writer.write(diff, to: &output)
            case .series(let series): try writer.write(series, to: &output)
            case .comparison(let comparison): try writer.write(comparison, to: &output)
            case .stop(let code): return code
            }
        } catch {
            Console.error("erqi: cannot write the \(writer.name) report: \(error)")
            return .dataError
        }
        return .success
    }
}
