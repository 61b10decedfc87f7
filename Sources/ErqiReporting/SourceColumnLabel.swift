public import ErqiCore

/// The heads of a table of sources, in Chinese and English; each case's raw value is the column's stable name.
public enum SourceColumnLabel: String, Sendable, Hashable, CaseIterable {
    /// `source_id`: the source's id.
    case sourceID = "source_id"
    /// `title`: the source's title.
    case title
    /// `published_on`: the day it was published.
    case publishedOn = "published_on"
    /// `locator`: where it is kept (a file name).
    case locator
    /// `note`: a note on the source.
    case note

    /// The column's head in a language.
    /// - Parameter language: The language.
    /// - Returns: The head, e.g. `来源编号` or `Source id`.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.sourceID, .zh): "来源编号"
        case (.sourceID, .en): "Source id"
        case (.title, .zh): "标题"
        case (.title, .en): "Title"
        case (.publishedOn, .zh): "发布日期"
        case (.publishedOn, .en): "Published on"
        case (.locator, .zh): "文件"
        case (.locator, .en): "File"
        case (.note, .zh): "说明"
        case (.note, .en): "Note"
        }
    }
}
