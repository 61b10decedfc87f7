import ErqiCore

/// The English word written after a count whose Chinese measure word names what is counted, so that an English
/// report carries no Chinese: `13.2万余户` becomes `more than 132,000 households`.
///
/// Most measure words (个 项 条 所 家 座 处 套 件 次 场 类 …) only classify; the indicator's name already says
/// what is counted, so English writes the bare number (`≥ 36`, not `≥ 36 个`). The few that name people or
/// households get a word.
enum EnglishCountWord {
    /// The English unit word for a measure word, with its leading space, or `""` when English writes none.
    /// - Parameter measureWord: The Chinese measure word, if any.
    /// - Returns: The text to write after the number.
    static func suffix(for measureWord: String?) -> String {
        switch measureWord {
        case "户": " households"
        case "人", "名": " people"
        case "人次": " person-times"
        default: ""
        }
    }
}
