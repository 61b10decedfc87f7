public import ErqiCore

/// The heads of a table with a row per target, in Chinese and English, for reports that people read as a table
/// (a spreadsheet): one case per column of the CSV report, whose raw value is that column's stable name.
///
/// The CSV and JSON reports keep the stable English names (`plan_id`, `status`): they are data interfaces that
/// programs read. A report for people heads the same columns with ``text(in:)``.
///
/// ```swift
/// let heads = CSVReporter.columns.map { TargetColumnLabel(rawValue: $0)?.text(in: .zh) ?? $0 }
/// ```
public enum TargetColumnLabel: String, Sendable, Hashable, CaseIterable {
    /// `plan_id`: the plan's id.
    case planID = "plan_id"
    /// `plan_title`: the plan's title.
    case planTitle = "plan_title"
    /// `theme_id`: the theme's id.
    case themeID = "theme_id"
    /// `theme_path`: the titles of the theme and its parents.
    case themePath = "theme_path"
    /// `target_id`: the target's id.
    case targetID = "target_id"
    /// `target_title`: the target's title.
    case targetTitle = "target_title"
    /// `indicator_id`: the indicator's id.
    case indicatorID = "indicator_id"
    /// `indicator_name`: the indicator's name.
    case indicatorName = "indicator_name"
    /// `period_start`: the first day of the target's period.
    case periodStart = "period_start"
    /// `period_end`: the last day of the target's period.
    case periodEnd = "period_end"
    /// `as_of`: the as-of day.
    case asOf = "as_of"
    /// `status`: the status.
    case status
    /// `status_reason`: why the status is what it is.
    case statusReason = "status_reason"
    /// `comparator`: the comparator of the requirement in force.
    case comparator
    /// `target_value`: the value of the requirement in force.
    case targetValue = "target_value"
    /// `target_upper_value`: the upper bound of a band in force.
    case targetUpperValue = "target_upper_value"
    /// `target_unit`: the unit of the requirement.
    case targetUnit = "target_unit"
    /// `original_comparator`: the comparator as first stated.
    case originalComparator = "original_comparator"
    /// `original_value`: the value as first stated.
    case originalValue = "original_value"
    /// `original_upper_value`: the upper bound as first stated.
    case originalUpperValue = "original_upper_value"
    /// `revision_effective_on`: the day the revision in force took effect.
    case revisionEffectiveOn = "revision_effective_on"
    /// `revision_reason`: why the target was revised.
    case revisionReason = "revision_reason"
    /// `baseline_value`: the baseline.
    case baselineValue = "baseline_value"
    /// `baseline_unit`: the baseline's unit.
    case baselineUnit = "baseline_unit"
    /// `actual_value`: the actual figure.
    case actualValue = "actual_value"
    /// `actual_unit`: the actual's unit.
    case actualUnit = "actual_unit"
    /// `actual_approximation`: how exactly the actual is stated.
    case actualApproximation = "actual_approximation"
    /// `actual_quality`: how final the actual is.
    case actualQuality = "actual_quality"
    /// `actual_date`: the day the actual reaches.
    case actualDate = "actual_date"
    /// `completion`: the actual as a share of the target.
    case completion
    /// `completion_of_original`: the actual as a share of the original target.
    case completionOfOriginal = "completion_of_original"
    /// `gap_closed`: the share of the gap from the baseline closed.
    case gapClosed = "gap_closed"
    /// `expected_progress`: the progress expected by the data's date.
    case expectedProgress = "expected_progress"
    /// `pace_ratio`: progress over expected progress.
    case paceRatio = "pace_ratio"
    /// `projection`: where the current pace leads by the period's end.
    case projection
    /// `shortfall`: what is missing to the target.
    case shortfall
    /// `required_per_year`: what is still needed a year.
    case requiredPerYear = "required_per_year"
    /// `required_per_month`: what is still needed a month.
    case requiredPerMonth = "required_per_month"
    /// `target_source`: where the target is stated.
    case targetSource = "target_source"
    /// `actual_source`: where the actual is stated.
    case actualSource = "actual_source"
    /// `actual_literal`: the actual as printed in its source.
    case actualLiteral = "actual_literal"
    /// `superseded_observations`: the preliminary figures replaced.
    case supersededObservations = "superseded_observations"
    /// `not_comparable_observations`: the figures that measure something else.
    case notComparableObservations = "not_comparable_observations"
    /// `comparability_notes`: why they measure something else.
    case comparabilityNotes = "comparability_notes"
    /// `issues`: what the evaluator noticed.
    case issues
    /// `progress_approximation`: how exactly the progress is known.
    case progressApproximation = "progress_approximation"
    /// `shortfall_approximation`: how exactly the shortfall is known.
    case shortfallApproximation = "shortfall_approximation"
    /// `band_distance`: a band's distance to the nearer bound.
    case bandDistance = "band_distance"
    /// `data_age_days`: days from the data's date to the as-of day.
    case dataAgeDays = "data_age_days"
    /// `data_is_stale`: whether the data is stale.
    case dataIsStale = "data_is_stale"
    /// `conflicting_observations`: the figures set aside in a conflict.
    case conflictingObservations = "conflicting_observations"

    /// The column's head in a language.
    /// - Parameter language: The language.
    /// - Returns: The head, e.g. `计划编号` or `Plan id`.
    public func text(in language: Language) -> String {
        let (zh, en) = words
        return language == .zh ? zh : en
    }

    private var words: (String, String) {
        switch self {
        case .planID: ("计划编号", "Plan id")
        case .planTitle: ("计划", "Plan")
        case .themeID: ("主题编号", "Theme id")
        case .themePath: ("主题", "Theme")
        case .targetID: ("目标编号", "Target id")
        case .targetTitle: ("目标", "Target")
        case .indicatorID: ("指标编号", "Indicator id")
        case .indicatorName: ("指标", "Indicator")
        case .periodStart: ("期间起", "Period from")
        case .periodEnd: ("期间止", "Period to")
        case .asOf: ("截至", "As of")
        case .status: ("状态", "Status")
        case .statusReason: ("状态原因", "Why")
        case .comparator: ("要求", "Requirement")
        case .targetValue: ("目标值", "Target value")
        case .targetUpperValue: ("目标上限", "Target upper bound")
        case .targetUnit: ("单位", "Unit")
        case .originalComparator: ("原要求", "Original requirement")
        case .originalValue: ("原目标值", "Original value")
        case .originalUpperValue: ("原目标上限", "Original upper bound")
        case .revisionEffectiveOn: ("修订生效日", "Revised on")
        case .revisionReason: ("修订原因", "Why revised")
        case .baselineValue: ("基数", "Baseline")
        case .baselineUnit: ("基数单位", "Baseline unit")
        case .actualValue: ("实际", "Actual")
        case .actualUnit: ("实际单位", "Actual unit")
        case .actualApproximation: ("实际数精确程度", "Actual stated as")
        case .actualQuality: ("数据性质", "Quality")
        case .actualDate: ("数据截至", "Data as of")
        case .completion: ("完成度", "Completion")
        case .completionOfOriginal: ("按原目标完成度", "Completion of the original")
        case .gapClosed: ("差距缩小比例", "Gap closed")
        case .expectedProgress: ("应达进度", "Expected progress")
        case .paceRatio: ("进度比", "Pace")
        case .projection: ("按当前进度期末预计", "Projected at the current pace")
        case .shortfall: ("差额", "Shortfall")
        case .requiredPerYear: ("尚需每年", "Still needed a year")
        case .requiredPerMonth: ("尚需每月", "Still needed a month")
        case .targetSource: ("目标来源", "Target source")
        case .actualSource: ("实际来源", "Actual source")
        case .actualLiteral: ("原文数字", "Figure as printed")
        case .supersededObservations: ("已被取代的初步数", "Superseded figures")
        case .notComparableObservations: ("口径不同的数据", "Figures not comparable")
        case .comparabilityNotes: ("口径说明", "Comparability notes")
        case .issues: ("数据问题", "Data issues")
        case .progressApproximation: ("完成度精确程度", "Progress known as")
        case .shortfallApproximation: ("差额精确程度", "Shortfall known as")
        case .bandDistance: ("距区间边界", "Distance to a bound")
        case .dataAgeDays: ("数据天数", "Data age in days")
        case .dataIsStale: ("数据过旧", "Stale data")
        case .conflictingObservations: ("冲突未采用的数据", "Conflicting figures not used")
        }
    }
}
