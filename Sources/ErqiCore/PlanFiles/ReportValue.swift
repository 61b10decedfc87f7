/// A value as a plan file writes it: a quantity with the qualifier, if any, of its report text.
package struct ReportValue: Sendable {
    package var quantity: Quantity
    package var comparator: ComparisonOperator?
    package var approximation: Approximation?

    /// Reads report text such as "518亿元以上" or "13.2万余户" through ``QuantityLanguage``.
    package static func parse(_ text: String) -> Result<ReportValue, Failure> {
        do {
            let parsed = try QuantityLanguage.parse(text)
            return .success(
                ReportValue(
                    quantity: parsed.quantity, comparator: parsed.comparator, approximation: parsed.approximation))
        } catch {
            return .failure(Failure(message: "'\(text)' is not a quantity: \(error.description)"))
        }
    }

    /// Why report text is not a value.
    package struct Failure: Error {
        package var message: String
    }
}
