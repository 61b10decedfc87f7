public import ErqiCore

/// Proposes how the figures of a new report fit into an existing dataset: new observations of known indicators,
/// revisions of known targets (297 after 357) and final figures that supersede preliminary ones (760 after 773).
///
/// ```swift
/// let proposals = DraftMerger(dataset: dataset).proposals(for: draft)
/// for proposal in proposals { print(proposal.summary) }
/// ```
///
/// An indicator matches a figure when their units are the same and their names share most of their characters
/// (one contains the other, both of three characters or more, or the Dice coefficient of their character pairs is at
/// least ``minimumNameSimilarity``).
public struct DraftMerger: Sendable {
    /// The smallest name similarity (0…1, the Dice coefficient of character pairs) at which an indicator matches.
    public static let minimumNameSimilarity = 0.5

    /// The dataset the figures would be added to.
    public let dataset: Dataset

    /// Creates a merger over a dataset.
    /// - Parameter dataset: The existing dataset.
    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// One proposal per drafted figure, in the draft's order.
    /// - Parameter draft: The draft of the new report.
    /// - Returns: What each figure would change.
    public func proposals(for draft: PlanDraft) -> [DraftProposal] {
        var targets: [Target] = []
        for plan in dataset.plans { plan.forEachTheme { theme in targets += theme.targets } }
        return draft.figures.map { figure in
            guard let indicator = matchingIndicator(for: figure) else {
                return DraftProposal(
                    figure: figure, change: .newIndicator,
                    summary: "line \(figure.line) \(figure.literal): no indicator named like '\(figure.indicatorName)' "
                        + "in \(figure.quantity.unit.code); add a new indicator")
            }
            switch figure.kind {
            case .target: return targetProposal(figure, indicator, targets)
            case .observation: return observationProposal(figure, indicator)
            }
        }
    }

    // MARK: - Targets

    private func targetProposal(_ figure: DraftedFigure, _ indicator: Indicator, _ targets: [Target]) -> DraftProposal {
        let proposed = requirement(of: figure)
        let sameIndicator = targets.filter {
            $0.indicator == indicator.id && ($0.period.contains(figure.period) || figure.period.contains($0.period))
        }
        for target in sameIndicator {
            let current = target.revisions.last?.requirement ?? target.requirement
            if same(current, proposed) {
                return DraftProposal(
                    figure: figure, change: .alreadyRecorded(indicator: indicator.id),
                    summary: "line \(figure.line) \(figure.literal): target \(target.id.rawValue) already asks "
                        + "\(current); nothing to change")
            }
            return DraftProposal(
                figure: figure, change: .reviseTarget(target: target.id, from: current, to: proposed),
                summary: "line \(figure.line) \(figure.literal): revise target \(target.id.rawValue) "
                    + "from \(current) to \(proposed) (add a revision effective on the report's date)")
        }
        return DraftProposal(
            figure: figure, change: .newTarget(indicator: indicator.id),
            summary: "line \(figure.line) \(figure.literal): new target \(proposed) for \(figure.period) "
                + "on indicator \(indicator.id.rawValue)")
    }

    private func requirement(of figure: DraftedFigure) -> Requirement {
        if figure.comparator == .between, let upper = figure.upperQuantity,
            let band = try? Requirement(between: figure.quantity, and: upper)
        {
            return band
        }
        return (try? Requirement(figure.comparator ?? .atLeast, figure.quantity)) ?? .atLeast(figure.quantity)
    }

    private func same(_ lhs: Requirement, _ rhs: Requirement) -> Bool {
        lhs.comparator == rhs.comparator && lhs.value == rhs.value && lhs.upperValue == rhs.upperValue
    }

    // MARK: - Observations

    private func observationProposal(_ figure: DraftedFigure, _ indicator: Indicator) -> DraftProposal {
        let samePeriod = dataset.observations.filter { $0.indicator == indicator.id && $0.period == figure.period }
        if let recorded = samePeriod.first(where: { $0.value == figure.quantity }) {
            return DraftProposal(
                figure: figure, change: .alreadyRecorded(indicator: indicator.id),
                summary: "line \(figure.line) \(figure.literal): observation \(recorded.id.rawValue) already "
                    + "records \(recorded.value) for \(figure.period); nothing to change")
        }
        if figure.quality > .preliminary,
            let earlier = samePeriod.first(where: { $0.quality < figure.quality })
        {
            return DraftProposal(
                figure: figure,
                change: .supersedeObservation(observation: earlier.id, from: earlier.value, to: figure.quantity),
                summary: "line \(figure.line) \(figure.literal): a \(figure.quality.rawValue) figure for "
                    + "\(figure.period) supersedes the \(earlier.quality.rawValue) observation "
                    + "\(earlier.id.rawValue) (\(earlier.value) becomes \(figure.quantity))")
        }
        return DraftProposal(
            figure: figure, change: .newObservation(indicator: indicator.id),
            summary: "line \(figure.line) \(figure.literal): new observation of \(indicator.id.rawValue) "
                + "for \(figure.period): \(figure.quantity)")
    }

    // MARK: - Matching

    /// The indicator with the same unit whose name is most like the figure's proposed name, if any is like enough.
    func matchingIndicator(for figure: DraftedFigure) -> Indicator? {
        var best: (indicator: Indicator, score: Double)?
        for indicator in dataset.indicators where indicator.unit == figure.quantity.unit {
            let score = Self.similarity(indicator.name.zh, figure.indicatorName)
            if score >= Self.minimumNameSimilarity, score > (best?.score ?? 0) {
                best = (indicator, score)
            }
        }
        return best?.indicator
    }

    /// 1 when one name contains the other (both of three characters or more); otherwise the Dice coefficient of the
    /// names' character pairs.
    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        guard !lhs.isEmpty, !rhs.isEmpty else { return 0 }
        if min(lhs.count, rhs.count) >= 3, lhs.contains(rhs) || rhs.contains(lhs) { return 1 }
        func pairs(_ text: String) -> [String] {
            let characters = Array(text)
            guard characters.count > 1 else { return [text] }
            return (0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) }
        }
        let left = pairs(lhs)
        var right = pairs(rhs)
        var shared = 0
        for pair in left {
            if let index = right.firstIndex(of: pair) {
                shared += 1
                right.remove(at: index)
            }
        }
        return Double(2 * shared) / Double(left.count + pairs(rhs).count)
    }
}
