/// Which way a change moves: 增长/增加/提高/上升 (up) or 下降/减少/降低/回落 (down).
public enum ChangeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// The figure rises (增长, 增加, 提高, 提升, 上升, 上涨, 扩大, 翻番).
    case increase
    /// The figure falls (下降, 减少, 降低, 下跌, 回落, 压减, 压缩, 缩减, 缩小); the quantity is negative.
    case decrease
}
