/// Writes the text `erqi draft` makes to `--output` or to standard output, with the same safety as every report
/// (``OutputDestination``): the destination is checked and opened before the report is read, an input is never
/// overwritten, and a failure leaves the destination as it was.
enum DraftDelivery {
    /// What the command produced: the text to write, or the exit code to stop with (its message printed).
    enum Produced {
        case success(String)
        case failure(ExitCode)
    }

    /// Opens the destination, produces the text, writes it and commits it.
    /// - Parameters:
    ///   - path: `--output`, or `nil` for standard output.
    ///   - inputs: The files the command reads, which the output must not be.
    ///   - readsStandardInput: Whether the report is read from standard input.
    ///   - produce: Reads the report and drafts it.
    /// - Returns: The exit code.
    static func deliver(
        to path: String?, inputs: [String], readsStandardInput: Bool, produce: () -> Produced
    ) -> ExitCode {
        guard let path else {
            switch produce() {
            case .failure(let code): return code
            case .success(let text): return Console.out(text)
            }
        }
        var file: ReportFile
        switch ReportDelivery.openFile(path, inputs: inputs, readsStandardInput: readsStandardInput) {
        case .failure(let code): return code
        case .success(let opened): file = opened
        }
        switch produce() {
        case .failure(let code):
            file.discard()
            return code
        case .success(let text):
            file.write(text)
        }
        return ReportDelivery.commit(&file)
    }
}
