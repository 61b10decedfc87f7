import Foundation

/// A column of a ``PlanComparison``: what a report shows per plan, and what ``PlanComparison/sorted(by:descending:language:)``
/// sorts by.
///
/// Each column has a ``name``, the header of the CSV report and the word `erqi compare --sort` takes.
public enum PlanComparisonColumn: Sendable, Hashable, Codable {
    /// The plan's id (`plan_id`).
    case plan
    /// The plan's name in the report's language (`plan_title`).
    case title
    /// How many targets the plan has (`targets`).
    case targets
    /// How many targets the mean progress covers (`targets_with_progress`).
    case targetsWithProgress
    /// The plan's mean progress (`mean_progress`).
    case meanProgress
    /// How many targets have a status (`targets_missed`, `targets_onTrack`, …).
    case targetStatus(EvaluationStatus)
    /// How many milestones the plan has (`milestones`).
    case milestones
    /// How many milestones have a status (`milestones_done`, `milestones_overdue`, `milestones_pending`).
    case milestoneStatus(EvaluationStatus)
    /// The displayed progress of the plan's worst target (`worst_progress`).
    case worstProgress

    /// The statuses a target can have, each a column: every status but those of milestones alone.
    public static let targetStatuses: [EvaluationStatus] = EvaluationStatus.allCases.filter {
        $0 != .done && $0 != .overdue
    }

    /// The statuses a milestone can have, each a column.
    public static let milestoneStatuses: [EvaluationStatus] = [.done, .overdue, .pending]

    /// Every column, in the order the CSV report writes them.
    public static let allColumns: [PlanComparisonColumn] =
        [.plan, .title, .targets, .targetsWithProgress, .meanProgress]
        + targetStatuses.map(PlanComparisonColumn.targetStatus) + [.milestones]
        + milestoneStatuses.map(PlanComparisonColumn.milestoneStatus) + [.worstProgress]

    /// The column's name: the CSV header, and the word `--sort` takes.
    public var name: String {
        switch self {
        case .plan: "plan_id"
        case .title: "plan_title"
        case .targets: "targets"
        case .targetsWithProgress: "targets_with_progress"
        case .meanProgress: "mean_progress"
        case .targetStatus(let status): "targets_\(status.rawValue)"
        case .milestones: "milestones"
        case .milestoneStatus(let status): "milestones_\(status.rawValue)"
        case .worstProgress: "worst_progress"
        }
    }

    /// The column with a name, or `nil` when no column has it.
    /// - Parameter name: A name from ``name``.
    public init?(name: String) {
        guard let column = Self.allColumns.first(where: { $0.name == name }) else { return nil }
        self = column
    }

    /// Decodes a column from its name.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` for a name that is no column.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let column = Self(name: name) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(name)' is not a column of a plan comparison")
        }
        self = column
    }

    /// Encodes the column as its name.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    // MARK: - Sorting

    /// A row's value in a column, as sorting compares it.
    enum SortKey {
        case count(Int)
        case fraction(ExactDecimal?)
        case text(String)

        /// Whether `left` goes before `right`, or `nil` when they tie; a missing value goes last either way.
        static func ordered(_ left: SortKey, _ right: SortKey, descending: Bool) -> Bool? {
            switch (left, right) {
            case (.count(let a), .count(let b)):
                return a == b ? nil : (descending ? a > b : a < b)
            case (.text(let a), .text(let b)):
                return a == b ? nil : (descending ? a > b : a < b)
            case (.fraction(let a), .fraction(let b)):
                switch (a, b) {
                case (nil, nil): return nil
                case (nil, _): return false
                case (_, nil): return true
                case (let a?, let b?):
                    if a == b { return nil }
                    return a < b ? !descending : descending
                }
            default:
                return nil
            }
        }
    }

    /// A row's value in this column.
    func key(of row: PlanComparisonRow, language: Language) -> SortKey {
        switch self {
        case .plan: .text(row.plan.rawValue)
        case .title: .text(row.title.text(in: language))
        case .targets: .count(row.targetCount)
        case .targetsWithProgress: .count(row.targetsWithProgress)
        case .meanProgress: .fraction(row.meanProgress)
        case .targetStatus(let status): .count(row.targetCounts[status])
        case .milestones: .count(row.milestoneCount)
        case .milestoneStatus(let status): .count(row.milestoneCounts[status])
        case .worstProgress: .fraction(row.worstTargets.first?.progress)
        }
    }
}
