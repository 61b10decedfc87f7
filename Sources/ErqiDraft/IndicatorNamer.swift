import ErqiCore

/// Proposes an indicator name from the words around a figure.
enum IndicatorNamer {
    /// Words that lead a clause without naming anything.
    static let leadingWords = [
        "确保", "力争", "争取", "全年", "今年", "上半年", "全力", "加快", "推进", "完成了", "完成", "实现了", "实现",
        "达到了", "达到", "累计", "共计", "共", "新增", "同比增长", "同比", "增长", "其中", "全区", "我区", "预计", "要",
        "计划", "目标", "已", "分别", "为", "达", "是", "的", "和", "及", "等",
    ]

    /// The proposed name: for a count, the words after its measure word (33个 **重点项目**) when there are some;
    /// otherwise the words before the figure, without the cue words that lead them.
    static func name(context: FigureContext, unit: QuantityUnit) -> String {
        let after = trimmed(String(context.after.prefix(while: { !"（(的是".contains($0) }).prefix(12)))
        if unit.measureWord != nil, after.count >= 2 {
            return after
        }
        var before = context.near
        var changed = true
        while changed {
            changed = false
            for word in leadingWords where before.hasPrefix(word) {
                before.removeFirst(word.count)
                changed = true
            }
        }
        var tail = before
        for _ in 0..<2 {
            for word in [
                "同比增长", "同比下降", "增长", "下降", "提高", "完成", "实现", "达到", "达", "为", "共", "累计", "预计",
            ]
            where tail.hasSuffix(word) {
                tail.removeLast(word.count)
            }
        }
        let name = trimmed(String(tail.suffix(14)))
        if name.isEmpty, after.count >= 2 { return after }
        return name
    }

    private static func trimmed(_ text: String) -> String {
        let kept = text.filter { !"“”\"「」《》".contains($0) }
        return String(kept.trimmingPrefix { $0.isWhitespace }.reversed().trimmingPrefix { $0.isWhitespace }.reversed())
    }
}
