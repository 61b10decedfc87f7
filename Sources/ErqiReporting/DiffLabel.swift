public import ErqiCore

/// The words of a report of a ``ScorecardDiff``, in Chinese and English, for built-in and third-party reporters
/// alike.
public enum DiffLabel: String, Sendable, Hashable, CaseIterable {
    /// The report's title.
    case title
    /// The heading of the targets that changed.
    case targets
    /// The heading of the milestones that changed or fell due.
    case milestones
    /// The heading of the rollups.
    case rollups
    /// The column of plans.
    case plan
    /// The column of targets and milestones.
    case item
    /// The column of statuses, before → after.
    case status
    /// The column of requirements in force, before → after.
    case requirement
    /// The column of actuals, before → after.
    case actual
    /// The column of displayed progress, before → after.
    case progress
    /// The revisions that came into force.
    case revisions
    /// Figures used now that were not used before.
    case newFigures
    /// Figures used before that are no longer used.
    case droppedFigures
    /// The day a milestone is due.
    case due
    /// A milestone that fell due in between.
    case fellDue
    /// The mean progress of a rollup.
    case meanProgress
    /// The rollup over every plan.
    case allPlans
    /// A target or milestone only in the later scorecard.
    case added
    /// A target or milestone only in the earlier scorecard.
    case removed
    /// Nothing to show.
    case nothingChanged
    /// Counts by status, before → after.
    case counts
    /// Where a revision is stated.
    case source
    /// From a day on.
    case effectiveOn

    /// The label in a language.
    /// - Parameter language: The language.
    /// - Returns: The label.
    public func text(in language: Language) -> String {
        let (zh, en) = words
        return language == .zh ? zh : en
    }

    private var words: (String, String) {
        switch self {
        case .title: ("变化对比", "What changed")
        case .targets: ("目标变化", "Targets that changed")
        case .milestones: ("节点变化", "Milestones that changed or fell due")
        case .rollups: ("汇总", "Rollups")
        case .plan: ("计划", "Plan")
        case .item: ("项目", "Item")
        case .status: ("状态", "Status")
        case .requirement: ("目标值", "Requirement")
        case .actual: ("实际", "Actual")
        case .progress: ("进度", "Progress")
        case .revisions: ("目标调整", "Revisions")
        case .newFigures: ("新数据", "New figures")
        case .droppedFigures: ("不再采用的数据", "Figures no longer used")
        case .due: ("到期日", "Due")
        case .fellDue: ("期间到期", "fell due")
        case .meanProgress: ("平均进度", "Mean progress")
        case .allPlans: ("全部计划", "All plans")
        case .added: ("新增", "added")
        case .removed: ("移除", "removed")
        case .nothingChanged: ("无变化", "Nothing changed")
        case .counts: ("状态计数", "Counts by status")
        case .source: ("来源", "Source")
        case .effectiveOn: ("起", "from")
        }
    }
}
