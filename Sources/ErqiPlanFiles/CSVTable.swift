import ErqiCore
import Foundation

/// One cell of a CSV row: where it starts in the file and its value, as a byte range or, when the field was
/// quoted, as the unescaped text.
package struct CSVCell: Sendable {
    /// The byte offset of the cell (of its opening quote when quoted).
    package var offset: Int
    /// The end of the value's bytes, for an unquoted cell (`offset..<end`).
    package var end: Int
    /// The value of a quoted cell, with doubled quotes undone; `nil` for an unquoted cell.
    package var unescaped: String?

    /// The untrimmed value as text.
    package func value(in bytes: [UInt8]) -> String {
        unescaped ?? String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// The value trimmed of whitespace, as `value(in: bytes).trimmingCharacters(in: .whitespaces)` gives it
    /// for valid UTF-8, but without Foundation for an unquoted cell.
    package func trimmedValue(in bytes: [UInt8]) -> String {
        if let unescaped { return unescaped.trimmingCharacters(in: .whitespaces) }
        return String(decoding: bytes[CSVWhitespace.trimmed(bytes, offset..<end)], as: UTF8.self)
    }

    /// Whether the untrimmed value is empty.
    package var isEmpty: Bool { unescaped.map(\.isEmpty) ?? (offset == end) }
}

/// A strict RFC 4180 reader over bytes that keeps the offset of every cell.
///
/// Rows end with CRLF, LF or a lone CR; fields with commas, quotes or line breaks are quoted and quotes are
/// doubled. A leading UTF-8 byte-order mark (as Excel writes) is skipped, and so is one at the start of a later
/// row (the loader reports that one). Unquoted cells are not copied: they are byte
/// ranges of the text.
package struct CSVTable: Sendable {
    /// The longest field accepted, 1 MiB, so that a broken quote cannot swallow the whole file unnoticed.
    package static let maximumFieldLength = 1 << 20

    package let text: SourceText
    private var index: Int
    /// Rows that start at or after this offset belong to the next chunk (``CSVChunks``); the file's size when
    /// the whole file is read. A row that starts before it is read to its end, wherever that is.
    private let end: Int
    private(set) package var rowNumber: Int

    package init(_ text: SourceText) {
        self.text = text
        self.index = text.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.end = text.bytes.count
        self.rowNumber = 0
    }

    /// A reader of the rows that start in `range`, a chunk of the file that begins at a row boundary.
    /// - Parameters:
    ///   - text: The whole file.
    ///   - range: The offsets where the chunk's rows start; its last row may end after it.
    ///   - rowNumber: The number of rows before the chunk, so that messages count rows from the file's start.
    package init(_ text: SourceText, rows range: Range<Int>, rowNumber: Int) {
        self.text = text
        self.index = range.lowerBound
        self.end = range.upperBound
        self.rowNumber = rowNumber
    }

    /// The offset where the next row starts: after the last row read, a chunk's reader stands at the start of
    /// the next chunk when the chunks were split at true row boundaries.
    package var position: Int { index }

    /// The next row's cells, `false` at the end, or a syntax problem.
    package mutating func nextRow(into cells: inout [CSVCell]) -> Result<Bool, PlanFileProblem> {
        cells.removeAll(keepingCapacity: true)
        let text = self.text
        return text.bytes.withUnsafeBufferPointer { bytes in
            var index = self.index
            defer { self.index = index }
            let count = bytes.count
            guard index < end else { return .success(false) }
            // A byte-order mark at the start of a later row (two exports joined) is reported by the loader and
            // skipped here, as the leading one is, so that it never becomes part of an id.
            if index > 0, index + 2 < count, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3
            }
            guard index < count else { return .success(false) }
            rowNumber += 1
            while true {
                let start = index
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    var value: [UInt8] = []
                    while true {
                        guard index < count else {
                            return .failure(
                                text.problem(
                                    .syntax, at: start, field: "",
                                    "a quoted field is never closed; add the closing double quote"))
                        }
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\"") {
                            if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
                                value.append(byte)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        value.append(byte)
                        index += 1
                        if value.count > Self.maximumFieldLength {
                            return .failure(
                                text.problem(.tooLarge, at: start, field: "", "a field is longer than 1 MiB"))
                        }
                    }
                    cells.append(CSVCell(offset: start, end: index, unescaped: String(decoding: value, as: UTF8.self)))
                    if index < count, !Self.isSeparator(bytes[index]) {
                        return .failure(
                            text.problem(
                                .syntax, at: index, field: "",
                                "unexpected character after a quoted field; quote the whole field and double inner quotes"
                            ))
                    }
                } else {
                    while index < count {
                        let byte = bytes[index]
                        // Separators and quotes are all below 0x30 (',' '\n' '\r' '"'): one test skips most bytes.
                        if byte < 0x30 {
                            if Self.isSeparator(byte) { break }
                            if byte == UInt8(ascii: "\"") {
                                return .failure(
                                    text.problem(
                                        .syntax, at: index, field: "",
                                        "a double quote inside an unquoted field; quote the field and double the quote"
                                    ))
                            }
                        }
                        index += 1
                    }
                    if index - start > Self.maximumFieldLength {
                        return .failure(text.problem(.tooLarge, at: start, field: "", "a field is longer than 1 MiB"))
                    }
                    cells.append(CSVCell(offset: start, end: index, unescaped: nil))
                }
                guard index < count else { return .success(true) }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    index += 1
                    if index == count {
                        // A trailing comma at the very end: the last field is empty.
                        cells.append(CSVCell(offset: index, end: index, unescaped: nil))
                        return .success(true)
                    }
                case UInt8(ascii: "\r"):
                    index += 1
                    if index < count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                    return .success(true)
                default:
                    index += 1
                    return .success(true)
                }
            }
        }
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}

/// Whitespace as `CharacterSet.whitespaces` defines it (tab and the space separators, Unicode category Zs,
/// plus U+200B), trimmed from UTF-8 bytes without making a string.
package enum CSVWhitespace {
    /// The range without leading and trailing whitespace; the same as
    /// `String(decoding: bytes[range], as: UTF8.self).trimmingCharacters(in: .whitespaces)` for valid UTF-8.
    package static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = leadingWhitespace(bytes, start, end)
            if length == 0 { break }
            start += length
        }
        while start < end {
            let length = trailingWhitespace(bytes, start, end)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// The number of lines (line feeds) in bytes, to size arrays before reading rows.
    package static func lineCount(_ bytes: [UInt8]) -> Int {
        lineCount(bytes, in: bytes.startIndex..<bytes.endIndex)
    }

    /// The number of line feeds in `range` of bytes.
    package static func lineCount(_ bytes: [UInt8], in range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in UnsafeBufferPointer(rebasing: buffer[range]) where byte == 0x0A { count += 1 }
            return count
        }
    }

    /// Whether a scalar is in `CharacterSet.whitespaces`.
    package static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The byte length of a whitespace scalar starting at `index`, or 0.
    private static func leadingWhitespace(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x09 || lead == 0x20 ? 1 : 0 }
        if lead == 0xC2, index + 1 < end { return bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard lead >= 0xE1, lead <= 0xE3, index + 2 < end else { return 0 }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return bytes[index + 1] & 0xC0 == 0x80 && bytes[index + 2] & 0xC0 == 0x80 && isWhitespace(scalar) ? 3 : 0
    }

    /// The byte length of a whitespace scalar ending just before `end`, or 0.
    private static func trailingWhitespace(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        let last = bytes[end - 1]
        if last < 0x80 { return last == 0x09 || last == 0x20 ? 1 : 0 }
        if end - start >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        guard end - start >= 3 else { return 0 }
        let lead = bytes[end - 3]
        guard lead >= 0xE1, lead <= 0xE3, bytes[end - 2] & 0xC0 == 0x80, last & 0xC0 == 0x80 else { return 0 }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[end - 2] & 0x3F) << 6 | UInt32(last & 0x3F)
        return isWhitespace(scalar) ? 3 : 0
    }
}
