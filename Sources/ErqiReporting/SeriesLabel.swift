public import ErqiCore

/// The words of a report of an ``IndicatorSeries``, in Chinese and English.
public enum SeriesLabel: String, Sendable, Hashable, CaseIterable {
    /// The heading of the figures.
    case figures
    /// The heading of a target's path.
    case targetPath
    /// A requirement in force from a day on.
    case requirementFrom
    /// A value expected by a day.
    case expectedBy
    /// No figures.
    case noFigures
    /// The target line of a chart.
    case target
    /// The expected path of a chart.
    case expectedPath
    /// A revision of the target, drawn as a step.
    case revised
    /// A figure that is not final (preliminary or an estimate), drawn hollow.
    case notFinal
    /// The heading of a trend chart.
    case trend

    /// A label with the day it refers to, as each language orders them: `2020-07-30起` or `from 2020-07-30`.
    /// - Parameters:
    ///   - date: The day.
    ///   - language: The language.
    /// - Returns: The text.
    public func text(with date: CalendarDate, in language: Language) -> String {
        language == .zh ? "\(date)\(text(in: language))" : "\(text(in: language)) \(date)"
    }

    /// The label in a language.
    /// - Parameter language: The language.
    /// - Returns: The label.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.figures, .zh): "历次数据"
        case (.figures, .en): "Figures"
        case (.targetPath, .zh): "目标路径"
        case (.targetPath, .en): "Target path"
        case (.requirementFrom, .zh): "起"
        case (.requirementFrom, .en): "from"
        case (.expectedBy, .zh): "应达"
        case (.expectedBy, .en): "expected by"
        case (.noFigures, .zh): "无数据"
        case (.noFigures, .en): "No figures"
        case (.target, .zh): "目标"
        case (.target, .en): "target"
        case (.expectedPath, .zh): "应达进度"
        case (.expectedPath, .en): "expected path"
        case (.revised, .zh): "调整"
        case (.revised, .en): "revised"
        case (.notFinal, .zh): "非最终数"
        case (.notFinal, .en): "not final"
        case (.trend, .zh): "走势"
        case (.trend, .en): "Trend"
        }
    }
}
