/// What a rollup needs of one target: its status, gap closed, id and effective weight.
package struct RollupEntry: Sendable {
    package var status: EvaluationStatus
    package var gapClosed: ExactDecimal?
    package var id: String
    /// The effective weight; `nil` when multiplying the weights of the enclosing themes overflowed.
    package var weight: ExactDecimal?

    package init(_ evaluation: TargetEvaluation, weight: ExactDecimal) {
        status = evaluation.status
        gapClosed = evaluation.figures.gapClosed
        id = evaluation.target.id.rawValue
        self.weight = weight
    }

    /// The entry with its weight multiplied by an enclosing theme's weight.
    package func scaled(by factor: ExactDecimal) -> RollupEntry {
        // Decimals are stored in canonical form, so a product by one is the value itself: skip the multiplication.
        if factor == .one { return self }
        var entry = self
        entry.weight = weight.flatMap { try? $0 * factor }
        return entry
    }
}
