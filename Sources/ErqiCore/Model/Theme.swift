import Foundation

/// A group of targets and milestones in a plan, such as 七项重点工作; themes nest.
public struct Theme: Sendable, Hashable, Codable, Identifiable {
    /// A type-safe theme identifier.
    public typealias ID = Identifier<Theme>

    /// The identifier, unique in a dataset.
    public var id: ID
    /// The theme's name.
    public var title: LocalizedText
    /// The weight in the parent's rollup, 1 by default.
    public var weight: ExactDecimal
    /// Nested themes.
    public var themes: [Theme]
    /// The targets directly in this theme.
    public var targets: [Target]
    /// The milestones directly in this theme.
    public var milestones: [Milestone]

    /// Creates a theme.
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: The name.
    ///   - weight: The weight in the parent's rollup.
    ///   - themes: Nested themes.
    ///   - targets: Targets.
    ///   - milestones: Milestones.
    public init(
        id: ID, title: LocalizedText, weight: ExactDecimal = 1, themes: [Theme] = [], targets: [Target] = [],
        milestones: [Milestone] = []
    ) {
        self.id = id
        self.title = title
        self.weight = weight
        self.themes = themes
        self.targets = targets
        self.milestones = milestones
    }
}
