import ErqiCore

/// Turns the text of a Chinese work report into a draft plan: every figure proposed as a target or an observation,
/// and every number it leaves out, with the reason.
///
/// ```swift
/// let drafter = ReportDrafter(year: 2020)
/// let draft = drafter.draft("全年确保新建学校6所。上半年完成投资120亿元，同比增长8%。")
/// // draft.targets: 6所 (≥ 6, 2020); draft.observations: 120亿元 and 8% (2020-H1)
/// ```
///
/// The figures come from `QuantityLanguage.extract(from:)` over the text with its newspaper line breaks
/// joined; each is cited by the line where its number starts. The kind follows cue words near the figure
/// (确保, 力争, 目标, 计划, 要, 以上, 不低于, 控制在…以内, 完成…任务 for targets; 完成了, 实现, 达到, 同比增长, 累计 and
/// the past-tense frame of a review for achievements). A figure that no cue decides follows the report's overall
/// frame and carries a review mark.
public struct ReportDrafter: Sendable {
    /// The year the report is about, or `nil` to infer it from the most frequent year printed in the text.
    public var year: Int?
    /// The fallback year when none is given and none is printed (the year of the publication date, when known).
    public var publicationYear: Int?

    /// How many figures on each side of a figure make up the neighbourhood whose strong cues decide when its own cues
    /// are weak.
    public static let neighbourhoodRadius = 4
    /// How many lines away a figure may be and still count in the neighbourhood.
    public static let neighbourhoodLines = 30

    /// Creates a drafter.
    /// - Parameters:
    ///   - year: The year the report is about (its figures of 全年 and 上半年), or `nil` to infer it.
    ///   - publicationYear: The year the report was published, used when no year is given or printed.
    public init(year: Int? = nil, publicationYear: Int? = nil) {
        self.year = year
        self.publicationYear = publicationYear
    }

    /// Drafts the figures of a report.
    /// - Parameter report: The report's text, as read from its file.
    /// - Returns: The proposed figures and the numbers left out, in text order.
    public func draft(_ report: String) -> PlanDraft {
        let text = DraftText(report)
        let (reportYear, yearReason, resolvedPeriod) = resolveYear(in: text)
        guard let yearPeriod = resolvedPeriod else {
            return PlanDraft(year: reportYear, yearReason: yearReason.text, figures: [], leftOut: [])
        }
        let reader = DraftPeriodReader(year: reportYear, yearPeriod: yearPeriod)
        var candidates: [Candidate] = []
        var leftOut: [LeftOutFigure] = []
        var covered: [Range<Int>] = []
        for found in QuantityLanguage.extract(from: text.joined) {
            covered.append(found.range)
            let context = FigureContext(found: found, text: text)
            if let category = FigureFilter.leftOutCategory(found, context: context) {
                leftOut.append(
                    LeftOutFigure(
                        literal: context.literal, line: context.line, category: category.0, reason: category.1))
                continue
            }
            candidates.append(Candidate(found: found, context: context))
        }
        for coverage in FigureContext.fullCoverage(in: text) {
            candidates.append(Candidate(found: coverage.found, context: coverage.context))
        }
        candidates.sort { $0.context.numberStart < $1.context.numberStart }
        leftOut += FigureFilter.unreadNumbers(in: text, covered: covered)

        let targetLeaning = candidates.filter { $0.lean >= 3 }.count
        let achievementLeaning = candidates.filter { $0.lean <= -3 }.count
        let frame: FigureKind = targetLeaning > achievementLeaning ? .target : .observation
        // The report's own frame, where one kind of strong cue outnumbers the other two to one.
        let reportFrame =
            targetLeaning > 2 * achievementLeaning ? 1 : achievementLeaning > 2 * targetLeaning ? -1 : 0
        var figures: [DraftedFigure] = []
        let markers = FrameMarkers(text)
        let leans = candidates.map(\.lean)
        for (index, candidate) in candidates.enumerated() {
            let window =
                max(0, index - Self.neighbourhoodRadius)...min(leans.count - 1, index + Self.neighbourhoodRadius)
            let neighbourhood = window.reduce(0) { sum, other in
                let near =
                    other != index
                    && abs(candidates[other].context.line - candidate.context.line) <= Self.neighbourhoodLines
                return near && abs(leans[other]) >= 3 ? sum + leans[other] : sum
            }
            var figure = candidate.figure(
                neighbourhood: neighbourhood,
                localFrame: markers.frame(before: candidate.context.numberStart).nonZero ?? reportFrame,
                frame: frame, reader: reader)
            if !yearReason.isPrinted, figure.review == nil {
                figure.review = "The year is not printed in the report; check the period (\(figure.period))."
            }
            if figures.contains(where: {
                $0.line < figure.line && $0.quantity == figure.quantity && Self.sameName($0, figure)
            }) {
                leftOut.append(
                    LeftOutFigure(
                        literal: figure.literal, line: figure.line, category: .repeatedFigure,
                        reason: "the same figure with the same words was drafted from an earlier line"))
                continue
            }
            figures.append(figure)
        }
        leftOut.sort { ($0.line, $0.literal) < ($1.line, $1.literal) }
        return PlanDraft(year: reportYear, yearReason: yearReason.text, figures: figures, leftOut: leftOut)
    }

    /// Whether two figures name the same thing: similar names, or names that start with the same four characters.
    private static func sameName(_ lhs: DraftedFigure, _ rhs: DraftedFigure) -> Bool {
        if DraftMerger.similarity(lhs.indicatorName, rhs.indicatorName) >= DraftMerger.minimumNameSimilarity {
            return true
        }
        return lhs.indicatorName.count >= 4 && lhs.indicatorName.prefix(4) == rhs.indicatorName.prefix(4)
    }

    // MARK: - The year

    private struct YearReason {
        var text: String
        var isPrinted: Bool
    }

    /// The report's year: the one given, or the most frequent 20xx年 of the text (the latest on a tie), or the
    /// publication year.
    private func resolveYear(in text: DraftText) -> (Int, YearReason, Period?) {
        if let year, let period = try? Period.year(year) {
            return (year, YearReason(text: "given (\(year))", isPrinted: true), period)
        }
        var counts: [Int: Int] = [:]
        let characters = text.characters
        var index = 0
        while index + 4 < characters.count {
            let digits = characters[index..<(index + 4)]
            let before: Character? = index > 0 ? characters[index - 1] : nil
            if characters[index + 4] == "年", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                before.map({ !($0.isASCII && $0.isNumber) }) ?? true, let value = Int(String(digits)),
                (1949...2100).contains(value)
            {
                counts[value, default: 0] += 1
                index += 4
            } else {
                index += 1
            }
        }
        if let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
            let period = try? Period.year(best.key)
        {
            let times = best.value == 1 ? "once" : "\(best.value) times"
            return (
                best.key, YearReason(text: "the year printed most often (\(best.key)年, \(times))", isPrinted: true),
                period
            )
        }
        let fallback = publicationYear.map { min(max($0, 1949), 2100) } ?? 2000
        return (
            fallback,
            YearReason(
                text: "not printed; taken as \(fallback) (the publication year, or 2000); give --period",
                isPrinted: false),
            try? Period.year(fallback)
        )
    }
}

extension Int {
    /// The value, or `nil` when it is zero.
    fileprivate var nonZero: Int? { self == 0 ? nil : self }
}
