public import ErqiCore

/// One change that a drafted figure would make to an existing dataset, and what it would change, in words.
public struct DraftProposal: Sendable, Hashable {
    /// What the proposal would do.
    public enum Change: Sendable, Hashable {
        /// Add the figure as a new observation of an existing indicator.
        case newObservation(indicator: Indicator.ID)
        /// Add the figure as a new target of an existing indicator.
        case newTarget(indicator: Indicator.ID)
        /// Add a revision to an existing target: its requirement changes from one value to another.
        case reviseTarget(target: Target.ID, from: Requirement, to: Requirement)
        /// Add a final figure that supersedes a preliminary (or estimated) observation of the same period.
        case supersedeObservation(observation: Observation.ID, from: Quantity, to: Quantity)
        /// The dataset already holds this figure: nothing to change.
        case alreadyRecorded(indicator: Indicator.ID)
        /// No indicator of the dataset matches by name and unit: the figure needs a new indicator.
        case newIndicator
    }

    /// The drafted figure the proposal comes from.
    public let figure: DraftedFigure
    /// The change.
    public let change: Change
    /// What would change, in plain English, naming the ids involved.
    public let summary: String

    /// Creates a proposal.
    /// - Parameters:
    ///   - figure: The drafted figure.
    ///   - change: The change it would make.
    ///   - summary: What would change, in words.
    public init(figure: DraftedFigure, change: Change, summary: String) {
        self.figure = figure
        self.change = change
        self.summary = summary
    }
}
