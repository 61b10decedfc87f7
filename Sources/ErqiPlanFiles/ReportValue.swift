package import ErqiCore
import Foundation

/// A value as a plan file writes it: a quantity with the qualifier, if any, of its report text.
package struct ReportValue: Sendable {
    package var quantity: Quantity
    package var comparator: ComparisonOperator?
    package var approximation: Approximation?
    /// The whole reading of report text (range, change, commitment); `nil` for a value given as `{value, unit}`.
    package var parsed: ParsedQuantity? = nil

    /// Reads report text such as "518亿元以上" or "13.2万余户" through ``QuantityLanguage``.
    ///
    /// A range (2%至3%) has the comparator ``ComparisonOperator/between``, so that a caller that only looks at the
    /// comparator never takes its lower end for the whole.
    package static func parse(_ text: String) -> Result<ReportValue, Failure> {
        do {
            let parsed = try QuantityLanguage.parse(text)
            return .success(
                ReportValue(
                    quantity: parsed.quantity, comparator: parsed.comparator, approximation: parsed.approximation,
                    parsed: parsed))
        } catch {
            return .failure(Failure(message: "'\(text)' is not a quantity: \(error.description)"))
        }
    }

    /// The requirement this value states as a target (see ``Requirement/init(reading:defaultComparator:tolerance:)``):
    /// 6%左右 is a band of ±5% of the figure, 2%至3% a band, 100余个 "more than"; 近200 is an error.
    ///
    /// A value given as `{value, unit}` takes `defaultComparator`.
    /// - Parameters:
    ///   - defaultComparator: The comparator of a bare figure (≥ when higher is better, ≤ when lower is better).
    ///   - tolerance: The relative tolerance of an approximate figure.
    package func requirement(
        defaultComparator: ComparisonOperator, tolerance: ExactDecimal = Requirement.approximateTolerance
    ) -> Result<Requirement, Failure> {
        do throws(RequirementError) {
            if let parsed {
                return .success(
                    try Requirement(reading: parsed, defaultComparator: defaultComparator, tolerance: tolerance))
            }
            return .success(try Requirement(comparator ?? defaultComparator, quantity))
        } catch {
            let text = parsed.map { "'\($0.text)'" } ?? "the value"
            return .failure(Failure(message: "\(text) is not a requirement Erqi can check: \(error.description)"))
        }
    }

    /// Why report text is not a value.
    package struct Failure: Error {
        package var message: String
    }
}
