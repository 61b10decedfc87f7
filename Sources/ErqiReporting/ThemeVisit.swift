public import ErqiCore

/// A theme reached while walking a plan, with the titles of the themes that enclose it.
public struct ThemeVisit: Sendable {
    /// The theme.
    public var theme: ThemeScorecard
    /// The titles from the top-level theme down to this one.
    public var path: [LocalizedText]
    /// How deep it is: 0 for a top-level theme.
    public var depth: Int { path.count - 1 }
}
