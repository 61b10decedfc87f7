public import ErqiReporting

/// Writes a `Scorecard` as JSON that follows the published schema `schema/erqi-scorecard.schema.json`
/// (JSON Schema draft 2020-12).
///
/// The document is the scorecard's own `Codable` form, so `JSONDecoder().decode(Scorecard.self, from:)` gives
/// back an equal scorecard. Its `schemaVersion` (1) is raised when a field changes meaning; fields may be added
/// without raising it.
///
/// - **Exact decimals.** Quantities (target values, observed values, baselines) are strings of exact decimal
///   text, `{"value": "51800000000", "unit": "CNY"}`, as in plan files. Computed figures (`actual`,
///   `completion`, `gapClosed`, …) are JSON numbers written as exact plain decimal text with no exponent
///   (`0.7492277992277992278`), which Foundation's `JSONDecoder` reads back exactly as `ExactDecimal`. Read them with a decimal-aware parser (Python: `json.loads(text, parse_float=decimal.Decimal)`)
///   if you need every digit; growth rates are `Double`s rounded to 6 places.
/// - **Stable key order.** Keys come in the order the types declare them (`schemaVersion` first); optional
///   fields that are absent are left out rather than written as `null`.
/// - **Same scorecard, same bytes**, on every platform: the reporter does its own serialisation with a fixed
///   layout (two-space indentation, `"key": value`, a final newline) instead of relying on
///   `JSONEncoder`'s formatting.
///
/// ```swift
/// let json = try JSONReporter().render(scorecard)
/// let back = try JSONDecoder().decode(Scorecard.self, from: Data(json.utf8))
/// ```
public struct JSONReporter: Reporter {
    /// The version of the JSON schema this reporter writes; equal to `Scorecard/schemaVersion`.
    public static let schemaVersion = 1

    /// Whether to indent the output; `false` writes one line.
    public var prettyPrinted: Bool

    /// Creates a JSON reporter.
    /// - Parameters:
    ///   - options: Shared report options; JSON writes exact values, so none of them change the output.
    ///   - prettyPrinted: Whether to indent the output (the default) or write one line.
    public init(options: ReportOptions = .standard, prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    /// `json`, `.json`, `application/json`.
    public var format: ReportFormat {
        ReportFormat(name: "json", fileExtension: "json", mediaType: "application/json")
    }

    /// Writes the scorecard as one JSON document followed by a newline.
    /// - Parameters:
    ///   - scorecard: The scorecard.
    ///   - output: The stream to write to.
    /// - Throws: ``JSONReporterError`` when a number cannot be written in JSON (NaN or infinity).
    public func write<Output: TextOutputStream>(_ scorecard: Scorecard, to output: inout Output) throws {
        try ReportOutput.streaming(into: &output) { sink in
            try JSONStreamEncoder.write(scorecard, prettyPrinted: prettyPrinted, to: &sink)
        }
    }
}
