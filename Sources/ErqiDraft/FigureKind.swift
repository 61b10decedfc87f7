/// Whether a drafted figure is something a plan asks for or something a report says was done.
public enum FigureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A target: a figure the report commits to (确保, 力争, 目标, 以上 …).
    case target
    /// An observation: a figure the report says was reached (完成了, 实现, 同比增长, 累计 …).
    case observation
}
