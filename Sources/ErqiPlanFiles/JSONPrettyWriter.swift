import ErqiCore

/// Streams indented JSON into a byte buffer: two spaces a level, one member or element a line, `"key": value`.
///
/// The caller opens and closes objects and arrays in order; nothing is held back but a flag a level saying
/// whether the container has an entry yet, so the output is written as it is produced, never built as a tree.
struct JSONPrettyWriter {
    /// The bytes written so far.
    var bytes: [UInt8]
    /// Whether each open container has an entry yet, innermost last.
    private var hasEntries: [Bool] = []

    /// Starts writing after the bytes already in `bytes`.
    /// - Parameter bytes: The buffer to append to.
    init(appendingTo bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    // MARK: - Containers

    /// Opens an object (after a key, as an array element, or at the top).
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        hasEntries.append(false)
    }

    /// Closes the innermost object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array (after a key, as an array element, or at the top).
    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        hasEntries.append(false)
    }

    /// Closes the innermost array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the innermost object: the separator, a new line, the indentation and `"key": `.
    /// - Parameter key: The member's key.
    mutating func key(_ key: String) {
        newEntry()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an element of the innermost array: the separator, a new line and the indentation.
    mutating func element() { newEntry() }

    // MARK: - Values

    /// Writes a JSON string. Quotes, backslashes, control characters, and the characters a reader cannot see or a
    /// loader would take for a byte-order mark (C1 controls, U+2028, U+2029, U+FEFF) are escaped.
    /// - Parameter text: The text.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let next = index + 1 < utf8.count ? utf8[index + 1] : 0
                let third = index + 2 < utf8.count ? utf8[index + 2] : 0
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                case 0x00..<0x20, 0x7F: escape(UInt32(byte))
                case 0xC2 where (0x80...0x9F).contains(next):
                    escape(UInt32(next))
                    index += 1
                case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9):
                    escape(third == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                case 0xEF where next == 0xBB && third == 0xBF:
                    escape(0xFEFF)
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes text that is already valid JSON (a number, `true`, `false`), as it is.
    /// - Parameter literal: The JSON text.
    mutating func literal(_ literal: String) { append(literal) }

    // MARK: - Helpers

    private mutating func newEntry() {
        if hasEntries.last == true { bytes.append(UInt8(ascii: ",")) }
        if !hasEntries.isEmpty { hasEntries[hasEntries.count - 1] = true }
        newLine(depth: hasEntries.count)
    }

    private mutating func close(_ bracket: UInt8) {
        if hasEntries.popLast() == true { newLine(depth: hasEntries.count) }
        bytes.append(bracket)
    }

    private mutating func newLine(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes `\uXXXX` for a code point of the Basic Multilingual Plane.
    private mutating func escape(_ scalar: UInt32) {
        let digits = Array("0123456789abcdef".utf8)
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(digits[Int((scalar >> UInt32(shift)) & 0xF)])
        }
    }
}
