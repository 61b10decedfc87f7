public import ErqiCore

/// The words of a report of a ``PlanComparison``, in Chinese and English, for built-in and third-party reporters
/// alike.
public enum ComparisonLabel: String, Sendable, Hashable, CaseIterable {
    /// The report's title.
    case title
    /// The column of plans.
    case plan
    /// The column of plan ids.
    case planID
    /// The column of targets.
    case targets
    /// The column of how many targets the mean covers.
    case targetsWithProgress
    /// The column of mean progress.
    case meanProgress
    /// The column of target counts by status.
    case targetCounts
    /// The column of milestone counts by status.
    case milestoneCounts
    /// The column of the worst targets.
    case worstTargets
    /// How many milestones a plan has.
    case milestones
    /// The progress of a plan's worst target.
    case worstProgress
    /// The heading of the plans with the highest mean progress.
    case top
    /// The heading of the plans with the lowest mean progress.
    case bottom
    /// The heading of every plan, when there are few.
    case allPlans
    /// The plans that have no mean progress.
    case withoutMean
    /// How many plans are compared.
    case planCount
    /// The rank of a plan.
    case rank
    /// What the rows are sorted by.
    case sortedBy
    /// Ascending order.
    case ascending
    /// Descending order.
    case descending
    /// Nothing to show.
    case none

    /// The label in a language.
    /// - Parameter language: The language.
    /// - Returns: The label.
    public func text(in language: Language) -> String {
        let (zh, en) = words
        return language == .zh ? zh : en
    }

    private var words: (String, String) {
        switch self {
        case .title: ("计划对比", "Plans side by side")
        case .plan: ("计划", "Plan")
        case .planID: ("编号", "Id")
        case .targets: ("目标数", "Targets")
        case .targetsWithProgress: ("有进度的目标", "With progress")
        case .meanProgress: ("平均进度", "Mean progress")
        case .targetCounts: ("目标状态", "Targets by status")
        case .milestoneCounts: ("节点状态", "Milestones by status")
        case .worstTargets: ("进度最低的目标", "Worst targets")
        case .milestones: ("节点数", "Milestones")
        case .worstProgress: ("最低进度", "Worst progress")
        case .top: ("平均进度最高", "Highest mean progress")
        case .bottom: ("平均进度最低", "Lowest mean progress")
        case .allPlans: ("全部计划", "All plans")
        case .withoutMean: ("无平均进度的计划", "Plans without a mean progress")
        case .planCount: ("计划数", "Plans")
        case .rank: ("名次", "Rank")
        case .sortedBy: ("排序", "Sorted by")
        case .ascending: ("升序", "ascending")
        case .descending: ("降序", "descending")
        case .none: ("无", "none")
        }
    }
}
