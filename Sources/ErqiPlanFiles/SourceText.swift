import ErqiCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a file being loaded, with the mapping from byte offsets to lines and columns.
///
/// Lines end as editors end them: a line feed (LF), a carriage return and line feed (CRLF, one break), or a
/// carriage return alone (CR, as old Mac files and some exports write). A CR or LF inside a quoted CSV cell
/// is kept in the cell and still starts a new line for locations, so every line and column matches what an
/// editor shows.
///
/// The table of line starts is built the first time a position is asked for, that is only when there is a
/// problem to place: a file without problems is never scanned for it.
package struct SourceText: Sendable {
    package let file: String
    package let bytes: [UInt8]
    private let lines: LineTable

    package init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        self.lines = LineTable()
    }

    /// The offsets where lines start, built once on first use and shared by the copies of the text.
    private final class LineTable: @unchecked Sendable {
        private let lock = NSLock()
        private var starts: [Int]?

        func starts(of bytes: [UInt8]) -> [Int] {
            lock.lock()
            defer { lock.unlock() }
            if let starts { return starts }
            var starts = [0]
            let count = bytes.count
            bytes.withUnsafeBufferPointer { bytes in
                for offset in 0..<count {
                    let byte = bytes[offset]
                    if byte == UInt8(ascii: "\n") {
                        starts.append(offset + 1)
                    } else if byte == UInt8(ascii: "\r"),
                        offset + 1 == count || bytes[offset + 1] != UInt8(ascii: "\n")
                    {
                        starts.append(offset + 1)  // a lone CR; a CR before LF is broken by the LF
                    }
                }
            }
            self.starts = starts
            return starts
        }
    }

    /// The line (from 1) and column (from 1, in Unicode scalars) of a byte offset.
    package func position(of offset: Int) -> (line: Int, column: Int) {
        let lineStarts = lines.starts(of: bytes)
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }

    package func problem(_ kind: PlanFileProblem.Kind, at offset: Int, field: String, _ message: String)
        -> PlanFileProblem
    {
        let (line, column) = position(of: offset)
        return PlanFileProblem(kind: kind, file: file, line: line, column: column, field: field, message: message)
    }

    /// Checks the encoding: UTF-8 without NUL bytes and without a byte-order mark, except at the very start of
    /// a CSV file (as Excel writes one) when `allowsLeadingByteOrderMark`. A byte-order mark anywhere else is
    /// reported where it is: it is invisible, and two exports joined into one file would otherwise make it part
    /// of an id or a name.
    package func encodingProblems(allowsLeadingByteOrderMark: Bool = false) -> [PlanFileProblem] {
        let unreadable = unreadableEncodingProblems(allowsLeadingByteOrderMark: allowsLeadingByteOrderMark)
        return unreadable.isEmpty ? innerByteOrderMarks() : unreadable
    }

    /// The problems that make the bytes unreadable as UTF-8 text: another encoding, NUL bytes, invalid UTF-8, or
    /// a leading byte-order mark when it is not allowed.
    package func unreadableEncodingProblems(allowsLeadingByteOrderMark: Bool = false) -> [PlanFileProblem] {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return [problem(.encoding, at: 0, field: "", "the file is UTF-32; save it as UTF-8")]
        }
        if !allowsLeadingByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return [
                problem(
                    .encoding, at: 0, field: "",
                    "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
            ]
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return [problem(.encoding, at: 0, field: "", "the file is UTF-16; save it as UTF-8")]
        }
        if let nul = Self.firstIndex(of: 0, in: bytes, from: 0) {
            return [problem(.encoding, at: nul, field: "", "the file holds a NUL byte; it is not a text file")]
        }
        if let bad = SourceText.firstInvalidUTF8(bytes) {
            return [
                problem(
                    .encoding, at: bad, field: "",
                    "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); save the file as UTF-8 (GBK and other encodings are not read)"
                )
            ]
        }
        return []
    }

    /// A problem for each byte-order mark after the first byte, where it is.
    package func innerByteOrderMarks() -> [PlanFileProblem] {
        var marks: [PlanFileProblem] = []
        var index = 1
        while index + 2 < bytes.count {
            guard let lead = Self.firstIndex(of: 0xEF, in: bytes, from: index) else { break }
            index = lead
            if index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                marks.append(
                    problem(
                        .encoding, at: index, field: "",
                        "a byte-order mark (U+FEFF) in the middle of the file, as when two exported files are joined; "
                            + "remove it"))
                index += 3
            } else {
                index += 1
            }
        }
        return marks
    }

    /// The first offset at or after `start` that holds `byte`, found with `memchr`.
    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress,
                let hit = memchr(base + start, Int32(byte), buffer.count - start)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        while index < count {
            // Runs of ASCII, most of a plan file, are skipped eight bytes at a time.
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                index += 8
            }
            guard index < count else { return nil }
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07); minimum = 0x10000
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
