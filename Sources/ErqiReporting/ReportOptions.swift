public import ErqiCore
import Foundation

/// Presentation settings shared by reporters: language, number style, decimal places, and a few settings that
/// only some formats use (colour, width, byte-order mark).
///
/// Reporters take the options in their initialisers, so that a command line can build any of them from one
/// value. A setting a format has no use for is ignored: JSON ignores everything here, because it writes exact
/// values; CSV writes exact values too and uses only ``language`` (for text cells) and ``byteOrderMark``.
///
/// ```swift
/// let options = ReportOptions(language: .en, numberStyle: .plain, decimalPlaces: 1)
/// let text = try TextReporter(options: options).render(scorecard)
/// ```
///
/// The formatting helpers below (``statusText(_:)``, ``quantityText(_:unit:approximation:)``,
/// ``percentText(_:)``) are public so that reporters in other packages display figures the same way.
public struct ReportOptions: Sendable, Hashable, Codable {
    /// How numbers are written for people: ``QuantityFormatter/Style/report`` (518亿元) or
    /// ``QuantityFormatter/Style/plain`` (51,800,000,000 yuan).
    public typealias NumberStyle = QuantityFormatter.Style

    /// How characters of ambiguous East Asian width (“ ” — … ① ×) are counted when aligning columns.
    public enum AmbiguousWidth: String, Sendable, Hashable, Codable, CaseIterable {
        /// One column, as most terminals outside CJK locales draw them (the default).
        case narrow
        /// Two columns, as CJK terminal fonts and legacy CJK locales draw them.
        case wide
    }

    /// The language of labels, headings and names (names fall back to Chinese when there is no English).
    public var language: Language
    /// How numbers are written for people.
    public var numberStyle: NumberStyle
    /// Decimal places for percentages and ratios; `nil` means percentages to 1 place and ratios to 2. Quantities
    /// (`≥ 22个`, `388.1亿元`) are always written exactly, whatever this says.
    public var decimalPlaces: Int?
    /// Whether terminal reporters may colour their output with ANSI escapes. Decide it with
    /// ``colourWanted(isTerminal:environment:)``; the text is readable without colour.
    public var colour: Bool
    /// The widest line, in terminal columns, for reporters that lay out columns; `nil` for no limit.
    public var lineWidth: Int?
    /// How ambiguous-width characters are counted when aligning columns.
    public var ambiguousWidth: AmbiguousWidth
    /// Whether to start a CSV file with the UTF-8 byte-order mark, which Excel on Chinese Windows needs to
    /// read UTF-8.
    public var byteOrderMark: Bool
    /// Which achievements without a target reports for people list: all (the default), only those of the
    /// indicators the shown targets track (for a report restricted to some plans or a theme), or none.
    public var achievements: AchievementScope
    /// Whether reports for people list every note: the figures not used (superseded, in conflict, measuring
    /// something else) and each theme's own rollup. Off by default, so that a plan's report stays short; the
    /// left-out notes are counted.
    public var detail: Bool

    /// Creates options.
    /// - Parameters:
    ///   - language: The language of labels and names; Chinese by default.
    ///   - numberStyle: Report style (518亿元) by default.
    ///   - decimalPlaces: Decimal places for percentages and ratios (0 to 20); `nil` for percentages to
    ///     1 place and ratios to 2.
    ///   - colour: Whether terminal reporters may use colour; off by default.
    ///   - lineWidth: The widest line in terminal columns; `nil` for no limit.
    ///   - ambiguousWidth: How ambiguous-width characters are counted; narrow by default.
    ///   - byteOrderMark: Whether CSV output starts with a UTF-8 byte-order mark; off by default.
    ///   - achievements: Which achievements without a target to list; all by default.
    ///   - detail: Whether to list every note and each theme's rollup; off by default.
    public init(
        language: Language = .zh, numberStyle: NumberStyle = .report, decimalPlaces: Int? = nil,
        colour: Bool = false, lineWidth: Int? = nil, ambiguousWidth: AmbiguousWidth = .narrow,
        byteOrderMark: Bool = false, achievements: AchievementScope = .all, detail: Bool = false
    ) {
        self.language = language
        self.numberStyle = numberStyle
        self.decimalPlaces = decimalPlaces.map { min(max($0, 0), 20) }
        self.colour = colour
        self.lineWidth = lineWidth.map { max($0, 8) }
        self.ambiguousWidth = ambiguousWidth
        self.byteOrderMark = byteOrderMark
        self.achievements = achievements
        self.detail = detail
    }

    /// The defaults: Chinese, report style, exact quantities, no colour, no width limit.
    public static let standard = ReportOptions()

    /// Whether to colour terminal output: only when writing to a terminal, and only when `NO_COLOR` is unset
    /// or empty (https://no-color.org) and `TERM` is not `dumb`.
    /// - Parameters:
    ///   - isTerminal: Whether the output is a terminal (`isatty`).
    ///   - environment: The process environment.
    /// - Returns: Whether colour is wanted.
    public static func colourWanted(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

// MARK: - Display helpers

extension ReportOptions {
    /// The status in words, in the options' language, e.g. `达成` or `on track`.
    /// - Parameter status: The status.
    /// - Returns: Its name for people.
    public func statusText(_ status: EvaluationStatus) -> String {
        switch (status, language) {
        case (.achieved, .zh): "达成"
        case (.achieved, .en): "achieved"
        case (.missed, .zh): "未达成"
        case (.missed, .en): "missed"
        case (.ahead, .zh): "超前"
        case (.ahead, .en): "ahead"
        case (.onTrack, .zh): "正常"
        case (.onTrack, .en): "on track"
        case (.atRisk, .zh): "有风险"
        case (.atRisk, .en): "at risk"
        case (.offTrack, .zh): "落后"
        case (.offTrack, .en): "off track"
        case (.done, .zh): "已完成"
        case (.done, .en): "done"
        case (.overdue, .zh): "逾期"
        case (.overdue, .en): "overdue"
        case (.pending, .zh): "未开始"
        case (.pending, .en): "pending"
        case (.noData, .zh): "无数据"
        case (.noData, .en): "no data"
        case (.notComparable, .zh): "不可比"
        case (.notComparable, .en): "not comparable"
        case (.undetermined, .zh): "待定"
        case (.undetermined, .en): "undetermined"
        case (.incompleteData, .zh): "数据不全"
        case (.incompleteData, .en): "incomplete data"
        }
    }

    /// Why a status is what it is, in words, e.g. `数据只覆盖期间的一部分` or `the figures cover only part of the period`.
    /// - Parameter reason: The reason.
    /// - Returns: Its wording for people.
    public func reasonText(_ reason: StatusReason) -> String {
        switch (reason, language) {
        case (.periodNotStarted, .zh): "期间尚未开始"
        case (.periodNotStarted, .en): "the period has not started"
        case (.noObservations, .zh): "期间内尚无数据"
        case (.noObservations, .en): "no figure in the period yet"
        case (.onlyIncomparableObservations, .zh): "只有口径不同的数据"
        case (.onlyIncomparableObservations, .en): "only figures that measure something else"
        case (.approximateActualStraddlesRequirement, .zh): "约数的范围跨越要求，无法判定"
        case (.approximateActualStraddlesRequirement, .en):
            "the approximate figure's range lies on both sides of the requirement"
        case (.targetEqualsBaseline, .zh): "目标值等于基数，无法计算进度"
        case (.targetEqualsBaseline, .en): "the target equals the baseline, so progress is undefined"
        case (.noProgressExpectedYet, .zh): "尚未到应有进度的时点"
        case (.noProgressExpectedYet, .en): "no progress is expected yet"
        case (.coverageGap, .zh): "数据不从期初开始，无法累计"
        case (.coverageGap, .en): "no figure starts at the period's start, so none can be summed"
        case (.unknownIndicator, .zh): "未定义的指标"
        case (.unknownIndicator, .en): "the indicator is not defined"
        case (.requirementUnitMismatch, .zh): "要求与指标单位不同"
        case (.requirementUnitMismatch, .en): "the requirement is in another unit than the indicator"
        case (.arithmeticOverflow, .zh): "精确计算溢出"
        case (.arithmeticOverflow, .en): "an exact calculation overflowed"
        case (.partialPeriodData, .zh): "期间已结束，但数据只覆盖其前一部分，尚不能判定"
        case (.partialPeriodData, .en):
            "the period has ended but the figures cover only its first part and decide nothing yet"
        }
    }

    /// The quantity formatter for these options: their number style and language, writing quantities exactly
    /// (``decimalPlaces`` is for percentages and ratios only, so that `≥ 22个` never reads `≥ 22.000个`).
    public var quantityFormatter: QuantityFormatter {
        QuantityFormatter(style: numberStyle, language: language)
    }

    /// A quantity for people, with its approximation, e.g. `13.2万余户` or `more than 132,000 households`.
    ///
    /// English reports carry no Chinese measure word: a count is written bare (`≥ 36`, not `≥ 36 个`), or with
    /// an English word where the measure word names what is counted (户 households, 人 and 名 people,
    /// 人次 person-times). ``quantityFormatter`` itself keeps the measure word, so that its text parses back.
    /// - Parameters:
    ///   - value: The value in the unit's base.
    ///   - unit: The unit.
    ///   - approximation: How exactly the value is stated.
    /// - Returns: The text, written by ``quantityFormatter``.
    public func quantityText(_ value: ExactDecimal, unit: QuantityUnit, approximation: Approximation = .exact) -> String
    {
        guard language == .en, case .count(let measureWord?) = unit else {
            return quantityFormatter.string(Quantity(value: value, unit: unit), approximation: approximation)
        }
        let bare = quantityFormatter.string(
            Quantity(value: value, unit: .count(measureWord: nil)), approximation: approximation)
        return bare + EnglishCountWord.suffix(for: measureWord)
    }

    /// A requirement for people, e.g. `≥ 518亿元` or `2% – 3%`.
    /// - Parameter requirement: The requirement.
    /// - Returns: The text.
    public func requirementText(_ requirement: Requirement) -> String {
        let lower = quantityText(requirement.value.value, unit: requirement.unit)
        if requirement.comparator == .between, let upper = requirement.upperValue {
            return "\(lower) – \(quantityText(upper.value, unit: upper.unit))"
        }
        return "\(requirement.comparator.symbol) \(lower)"
    }

    /// A fraction as a percentage, e.g. `74.9%` for 0.749227…; 1 decimal place unless ``decimalPlaces`` is set.
    /// - Parameter fraction: The fraction (1 is 100%).
    /// - Returns: The text.
    public func percentText(_ fraction: ExactDecimal) -> String {
        QuantityFormatter(style: .plain, language: language, decimalPlaces: decimalPlaces ?? 1)
            .string(Quantity(value: fraction, unit: .percent))
    }

    /// A fraction as a percentage with a mark that keeps it true: `<100.0%` for a figure known only to lie just
    /// below 100% (from "近200" against 200, or 199.96 of 200 rounded), `>` just above, `≈` about.
    ///
    /// A rounded figure that would show the boundary 100.0% while the exact one is not 100% gets `<` or `>`,
    /// so that a missed target never shows 100.0% unmarked.
    /// - Parameters:
    ///   - fraction: The fraction (1 is 100%).
    ///   - approximation: How exactly the fraction is known; `nil` or exact when exactly.
    /// - Returns: The text.
    public func percentText(_ fraction: ExactDecimal, approximation: Approximation?) -> String {
        markedText(fraction, boundary: 1, approximation: approximation) { percentText($0) }
    }

    /// A quantity with a mark that keeps it true, as ``percentText(_:approximation:)`` does: a shortfall known
    /// only to be above 0 is `> 0项`, never `0项`.
    /// - Parameters:
    ///   - value: The value in the unit's base.
    ///   - unit: The unit.
    ///   - approximation: How exactly the value is known; `nil` or exact when exactly.
    /// - Returns: The text.
    public func boundedQuantityText(_ value: ExactDecimal, unit: QuantityUnit, approximation: Approximation?) -> String
    {
        markedText(value, boundary: 0, approximation: approximation) { quantityText($0, unit: unit) }
    }

    /// The progress shown beside a target's status, agreeing with it: completion (else gap closed) with its
    /// approximation mark, or for a band whether the actual lies inside or outside and its distance to the
    /// nearer bound; `nil` when there is no figure.
    /// - Parameter evaluation: The evaluation.
    /// A cap (at most) without a baseline shows the share of its limit used, worded so (`已用 87.3%`,
    /// `87.3% used`), so that it never reads as a completion beside its status.
    /// - Returns: The text, e.g. `74.9%`, `<100.0%`, `已用 87.3%` or `区间内，距边界 0.4%`.
    public func progressText(for evaluation: TargetEvaluation) -> String? {
        if let distance = evaluation.figures.bandDistance {
            let amount = quantityText(distance, unit: evaluation.requirementInForce.unit)
            switch (evaluation.check, language) {
            case (.holds, .zh): return "区间内，距边界 \(amount)"
            case (.holds, .en): return "inside the band, \(amount) from a bound"
            case (.fails, .zh): return "区间外，超出边界 \(amount)"
            case (.fails, .en): return "outside the band, \(amount) beyond a bound"
            case (_, .zh): return "边界附近，相距 \(amount)"
            case (_, .en): return "near a bound, \(amount) away"
            }
        }
        guard let progress = evaluation.displayedProgress else { return nil }
        let text = percentText(progress, approximation: evaluation.figures.progressApproximation)
        // A cap without a baseline: the figure is the share of the limit used, not how far the target is met.
        let comparator = evaluation.requirementInForce.comparator
        let isCap = comparator == .atMost || comparator == .lessThan
        guard isCap, evaluation.target.baseline == nil, evaluation.figures.completion == nil else { return text }
        return language == .zh ? "已用 \(text)" : "\(text) used"
    }

    /// The shortfall of a target for people, marked as ``boundedQuantityText(_:unit:approximation:)`` marks it;
    /// `nil` when there is none.
    /// - Parameter evaluation: The evaluation.
    /// - Returns: The text, e.g. `5亿元` or `> 0项`.
    public func shortfallText(for evaluation: TargetEvaluation) -> String? {
        guard let shortfall = evaluation.figures.shortfall else { return nil }
        return boundedQuantityText(
            shortfall, unit: evaluation.requirementInForce.unit,
            approximation: evaluation.figures.shortfallApproximation)
    }

    private func markedText(
        _ value: ExactDecimal, boundary: ExactDecimal, approximation: Approximation?, text: (ExactDecimal) -> String
    ) -> String {
        let written = text(value)
        switch approximation ?? .exact {
        case .nearly: return "<\(written)"
        case .moreThan: return ">\(written)"
        case .about: return "≈\(written)"
        case .exact:
            guard value != boundary, written == text(boundary) else { return written }
            return value < boundary ? "<\(written)" : ">\(written)"
        }
    }

    /// A plain ratio, e.g. `1.20` for a pace ratio; 2 decimal places unless ``decimalPlaces`` is set.
    /// - Parameter ratio: The ratio.
    /// - Returns: The text.
    public func ratioText(_ ratio: ExactDecimal) -> String {
        QuantityFormatter(style: .plain, language: language, decimalPlaces: decimalPlaces ?? 2)
            .string(Quantity(value: ratio, unit: .count(measureWord: nil)))
    }
}

extension ReportOptions {
    /// How final a figure is, in words.
    /// - Parameter quality: The quality.
    /// - Returns: Its name for people.
    public func qualityText(_ quality: ObservationQuality) -> String {
        switch (quality, language) {
        case (.preliminary, .zh): "预计"
        case (.preliminary, .en): "preliminary"
        case (.estimate, .zh): "估计"
        case (.estimate, .en): "estimate"
        case (.final, .zh): "最终"
        case (.final, .en): "final"
        }
    }

    /// A citation as `source:line`, or the source alone.
    /// - Parameter citation: The citation.
    /// - Returns: The text.
    public func citationText(_ citation: SourceCitation) -> String {
        citation.line.map { "\(citation.source.rawValue):\($0)" } ?? citation.source.rawValue
    }
}

extension Scorecard {
    /// The achievements without a target as reporters list them: each achievement, then those superseded and
    /// those set aside in a conflict, each with the label that says so.
    public var achievementLines: [(label: ReportLabel?, observation: Observation)] {
        achievements.map { (nil, $0) } + achievementsSuperseded.map { (.supersededFigure, $0) }
            + achievementsInConflict.map { (.conflictNotUsed, $0) }
    }
}

// MARK: - Walking a scorecard

extension ThemeScorecard {
    /// Whether the theme and its nested themes hold no target and no milestone: reports for people leave such a
    /// theme out rather than print an empty heading.
    public var isEmpty: Bool {
        targets.isEmpty && milestones.isEmpty && themes.allSatisfy(\.isEmpty)
    }
}

extension PlanScorecard {
    /// Every theme of the plan, parents before children, in document order, with its path.
    public var themeVisits: [ThemeVisit] {
        var visits: [ThemeVisit] = []
        func visit(_ themes: [ThemeScorecard], _ parents: [LocalizedText]) {
            for theme in themes {
                let path = parents + [theme.title]
                visits.append(ThemeVisit(theme: theme, path: path))
                visit(theme.themes, path)
            }
        }
        visit(themes, [])
        return visits
    }
}

extension TargetEvaluation {
    /// The progress figure shown for people: completion when defined, else the gap closed.
    public var displayedProgress: ExactDecimal? { figures.completion ?? figures.gapClosed }

    /// The citation of the latest observation used, else of the latest comparable-noted one, else the target's.
    public var displayedCitation: SourceCitation? {
        observationsUsed.last?.citation ?? observationsNotComparable.last?.citation ?? target.citation
    }
}
