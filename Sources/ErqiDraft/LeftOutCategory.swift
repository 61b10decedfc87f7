/// Why a number in a report is not drafted as a target or an observation; the categories of seeds/README.md.
public enum LeftOutCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// A date or time (7月30日, 2020年, 1~6月): it becomes a period, not a figure.
    case date
    /// An ordinal or a ranking (第二批, 十一届十次, 第一).
    case ordinal
    /// A name or slogan that contains a number (“1346”, 六稳六保, PM2.5).
    case name
    /// A count of themes or list items (七项重点工作, 八个发力点).
    case themeCount
    /// A threshold that qualifies something else (亿元以上 projects, 500强 companies, a 200米 zone).
    case threshold
    /// A vague amount (几十家, 千万人次, 百年).
    case vagueAmount
    /// A figure already drafted from an earlier line of the same report.
    case repeatedFigure
    /// A bare number without a unit, which no figure of a plan can carry.
    case noUnit
}
