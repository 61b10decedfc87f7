import ErqiCore
import ErqiDraft

/// The words `erqi draft` prints on standard error for a number it left out, in Chinese and English: the category in
/// words, never its code (`themeCount`).
enum DraftLeftOutWords {
    /// A category in words.
    /// - Parameters:
    ///   - category: The category.
    ///   - language: The language.
    /// - Returns: The words, e.g. `主题或条目的计数` or `a count of themes or items`.
    static func category(_ category: LeftOutCategory, in language: Language) -> String {
        switch (category, language) {
        case (.date, .zh): "日期或时间，只用来定期间"
        case (.date, .en): "a date or a time"
        case (.ordinal, .zh): "序数或排名"
        case (.ordinal, .en): "an ordinal or a rank"
        case (.name, .zh): "名称或口号中的数字"
        case (.name, .en): "part of a name or a slogan"
        case (.themeCount, .zh): "报告自身主题或条目的计数"
        case (.themeCount, .en): "a count of the report's themes or items"
        case (.threshold, .zh): "限定其他事物的门槛"
        case (.threshold, .en): "a threshold that qualifies something else"
        case (.vagueAmount, .zh): "约略的数量"
        case (.vagueAmount, .en): "a vague amount"
        case (.repeatedFigure, .zh): "前文已起草过的同一数字"
        case (.repeatedFigure, .en): "a figure already drafted from an earlier line"
        case (.noUnit, .zh): "没有单位或量词的数字"
        case (.noUnit, .en): "a number without a unit"
        }
    }

    /// The line for a left-out number, after the file and line: in Chinese the category in words (the drafter's
    /// reasons are English); in English the category in words, then the drafter's reason.
    /// - Parameters:
    ///   - figure: The number left out.
    ///   - language: The language.
    /// - Returns: The text, e.g. `未采用 七项（报告自身主题或条目的计数）` or
    ///   `left out 七项 (a count of the report's themes or items): counts themes or list items of the report itself`.
    static func line(_ figure: LeftOutFigure, in language: Language) -> String {
        let words = category(figure.category, in: language)
        switch language {
        case .zh: return "未采用 \(figure.literal)（\(words)）"
        case .en: return "left out \(figure.literal) (\(words)): \(figure.reason)"
        }
    }
}
