/// A strict RFC 4180 reader over bytes that keeps the offset of every cell.
///
/// Rows end with CRLF or LF; fields with commas, quotes or line breaks are quoted and quotes are doubled.
/// A leading UTF-8 byte-order mark (as Excel writes) is skipped.
package struct CSVTable {
    /// The longest field accepted, 1 MiB, so that a broken quote cannot swallow the whole file unnoticed.
    package static let maximumFieldLength = 1 << 20

    package let text: SourceText
    private var index: Int
    private(set) package var rowNumber = 0

    package init(_ text: SourceText) {
        self.text = text
        self.index = text.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The next row's cells with their byte offsets, `nil` at the end, or a syntax problem.
    package mutating func nextRow(into cells: inout [(value: String, offset: Int)]) -> Result<Bool, PlanFileProblem> {
        cells.removeAll(keepingCapacity: true)
        let bytes = text.bytes
        guard index < bytes.count else { return .success(false) }
        rowNumber += 1
        while true {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var value: [UInt8] = []
                while true {
                    guard index < bytes.count else {
                        return .failure(
                            text.problem(
                                .syntax, at: start, field: "",
                                "a quoted field is never closed; add the closing double quote"))
                    }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
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
                        return .failure(text.problem(.tooLarge, at: start, field: "", "a field is longer than 1 MiB"))
                    }
                }
                cells.append((String(decoding: value, as: UTF8.self), start))
                if index < bytes.count, !isSeparator(bytes[index]) {
                    return .failure(
                        text.problem(
                            .syntax, at: index, field: "",
                            "unexpected character after a quoted field; quote the whole field and double inner quotes"))
                }
            } else {
                while index < bytes.count, !isSeparator(bytes[index]) {
                    if bytes[index] == UInt8(ascii: "\"") {
                        return .failure(
                            text.problem(
                                .syntax, at: index, field: "",
                                "a double quote inside an unquoted field; quote the field and double the quote"))
                    }
                    index += 1
                }
                if index - start > Self.maximumFieldLength {
                    return .failure(text.problem(.tooLarge, at: start, field: "", "a field is longer than 1 MiB"))
                }
                cells.append((String(decoding: bytes[start..<index], as: UTF8.self), start))
            }
            guard index < bytes.count else { return .success(true) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "\r"):
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                return .success(true)
            default:
                index += 1
                return .success(true)
            }
        }
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
