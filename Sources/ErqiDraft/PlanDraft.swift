/// What the drafter found in one report: the proposed figures and the numbers it left out.
public struct PlanDraft: Sendable, Hashable {
    /// The year the report is about (from the options, or inferred from the text).
    public let year: Int
    /// How the year was found.
    public let yearReason: String
    /// Every drafted figure, in text order.
    public let figures: [DraftedFigure]
    /// Every number left out, in text order, with its category.
    public let leftOut: [LeftOutFigure]

    /// Creates a draft.
    /// - Parameters:
    ///   - year: The report's year.
    ///   - yearReason: How the year was found.
    ///   - figures: The drafted figures.
    ///   - leftOut: The numbers left out.
    public init(year: Int, yearReason: String, figures: [DraftedFigure], leftOut: [LeftOutFigure]) {
        self.year = year
        self.yearReason = yearReason
        self.figures = figures
        self.leftOut = leftOut
    }

    /// The figures proposed as targets.
    public var targets: [DraftedFigure] { figures.filter { $0.kind == .target } }

    /// The figures proposed as observations.
    public var observations: [DraftedFigure] { figures.filter { $0.kind == .observation } }

    /// The figures that still carry a review mark.
    public var figuresToReview: [DraftedFigure] { figures.filter { $0.review != nil } }
}
