/// The name, file extension and media type of a report format.
public struct ReportFormat: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The short name used on command lines, e.g. `"csv"`.
    public var name: String
    /// The file extension without a dot, e.g. `"csv"`.
    public var fileExtension: String
    /// The media type, e.g. `"text/csv"`.
    public var mediaType: String

    /// Creates a format description.
    /// - Parameters:
    ///   - name: The short name used on command lines.
    ///   - fileExtension: The file extension without a dot.
    ///   - mediaType: The media type.
    public init(name: String, fileExtension: String, mediaType: String) {
        self.name = name
        self.fileExtension = fileExtension
        self.mediaType = mediaType
    }

    /// The short name.
    public var description: String { name }
}
