package import Foundation

/// What a rollup needs of one target: its status, gap closed, id and effective weight.
package struct RollupEntry: Sendable {
    package var status: EvaluationStatus
    package var gapClosed: Decimal?
    package var id: String
    package var weight: Decimal

    package init(_ evaluation: TargetEvaluation, weight: Decimal) {
        status = evaluation.status
        gapClosed = evaluation.figures.gapClosed
        id = evaluation.target.id.rawValue
        self.weight = weight
    }

    /// The entry with its weight multiplied by an enclosing theme's weight.
    package func scaled(by factor: Decimal) -> RollupEntry {
        var entry = self
        entry.weight = RollupEntry.isOne(factor) ? weight : weight * factor
        return entry
    }

    /// Whether a weight is above zero (NaN is not).
    static func isPositive(_ value: Decimal) -> Bool {
        !value.isNaN && !value.isZero && value.sign == .plus
    }

    /// Whether a value is stored exactly as `Decimal(1)` is, byte for byte: weights are nearly always 1, and
    /// multiplying by 1 (which changes nothing) costs as much as any multiplication. Another form of 1 (such as
    /// 10 × 10⁻¹) is simply multiplied.
    static func isOne(_ value: Decimal) -> Bool {
        withUnsafeBytes(of: value) { candidate in
            withUnsafeBytes(of: one) { candidate.elementsEqual($0) }
        }
    }

    private static let one = Decimal(1)
}
