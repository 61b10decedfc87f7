import ErqiCore

/// Words that reporters print around the data, in Chinese and English.
public enum ReportLabel: Sendable, CaseIterable {
    /// 状态 / Status.
    case status
    /// 目标 / Target.
    case target
    /// 要求 / Requirement.
    case requirement
    /// 修订 / Revision.
    case revision
    /// 实际 / Actual.
    case actual
    /// 完成度 / Progress.
    case progress
    /// 进度比 / Pace.
    case pace
    /// 来源 / Source.
    case source
    /// 里程碑 / Milestones.
    case milestones
    /// 里程碑 / Milestone.
    case milestone
    /// 期限 / Due.
    case due
    /// 无对应目标的成绩 / Achievements without a target.
    case achievements
    /// 截至 / As of.
    case asOf
    /// 期间 / Period.
    case period
    /// 指标 / Indicator.
    case indicator
    /// 说明 / Notes.
    case notes
    /// 平均完成度 / Mean progress.
    case meanProgress
    /// 未计入 / left out.
    case excluded
    /// 应达进度 / Expected.
    case expected
    /// 修订于 / revised on.
    case revisedOn
    /// 原 / was.
    case original
    /// 已被取代的初步数 / superseded preliminary figure.
    case superseded
    /// 口径不同 / not comparable.
    case notComparable
    /// 数据问题 / data issue.
    case issue
    /// 完成于 / done on.
    case completedOn
    /// 逾期完成 / late.
    case late
    /// 总体 / Overall.
    case overall
    /// — / —.
    case none
    /// 主题 / Theme.
    case theme
    /// 计划 / Plan.
    case plan
    /// 目标完成情况 / Target scorecard.
    case report
    /// 图例 / Legend.
    case legend
    /// 按当前进度预计 / projected.
    case projection
    /// 差额 / shortfall.
    case shortfall
    /// 数据性质 / Quality.
    case quality
    /// 数据截至 / data as of.
    case dataAsOf
    /// 数据过旧 / stale data.
    case staleData
    /// 重复计入 / counted twice.
    case doubleCounted
    /// 已被取代 / superseded.
    case supersededFigure
    /// 数据冲突，未采用 / conflicting figure, not used.
    case conflictNotUsed
    /// 采用 / used.
    case used
}

extension ReportOptions {
    /// A label in the options' language.
    /// - Parameter label: The label.
    /// - Returns: Its text.
    public func label(_ label: ReportLabel) -> String {
        let zh = language == .zh
        switch label {
        case .status: return zh ? "状态" : "Status"
        case .target: return zh ? "目标" : "Target"
        case .requirement: return zh ? "要求" : "Requirement"
        case .revision: return zh ? "修订" : "Revision"
        case .actual: return zh ? "实际" : "Actual"
        case .progress: return zh ? "完成度" : "Progress"
        case .pace: return zh ? "进度比" : "Pace"
        case .source: return zh ? "来源" : "Source"
        case .milestones: return zh ? "里程碑" : "Milestones"
        case .milestone: return zh ? "里程碑" : "Milestone"
        case .due: return zh ? "期限" : "Due"
        case .achievements: return zh ? "无对应目标的成绩" : "Achievements without a target"
        case .asOf: return zh ? "截至" : "As of"
        case .period: return zh ? "期间" : "Period"
        case .indicator: return zh ? "指标" : "Indicator"
        case .notes: return zh ? "说明" : "Notes"
        case .meanProgress: return zh ? "平均完成度" : "Mean progress"
        case .excluded: return zh ? "未计入" : "left out"
        case .expected: return zh ? "应达进度" : "Expected"
        case .revisedOn: return zh ? "修订于" : "revised on"
        case .original: return zh ? "原" : "was"
        case .superseded: return zh ? "已被取代的初步数" : "superseded preliminary figure"
        case .notComparable: return zh ? "口径不同" : "not comparable"
        case .issue: return zh ? "数据问题" : "data issue"
        case .completedOn: return zh ? "完成于" : "done on"
        case .late: return zh ? "逾期完成" : "late"
        case .overall: return zh ? "总体" : "Overall"
        case .none: return "—"
        case .theme: return zh ? "主题" : "Theme"
        case .plan: return zh ? "计划" : "Plan"
        case .report: return zh ? "目标完成情况" : "Target scorecard"
        case .legend: return zh ? "图例" : "Legend"
        case .projection: return zh ? "按当前进度预计" : "projected"
        case .shortfall: return zh ? "差额" : "shortfall"
        case .quality: return zh ? "数据性质" : "Quality"
        case .dataAsOf: return zh ? "数据截至" : "data as of"
        case .staleData: return zh ? "数据过旧" : "stale data"
        case .doubleCounted: return zh ? "重复计入" : "counted twice"
        case .supersededFigure: return zh ? "已被取代" : "superseded"
        case .conflictNotUsed: return zh ? "数据冲突，未采用" : "conflicting figure, not used"
        case .used: return zh ? "采用" : "used"
        }
    }
}
