import ErqiCore

/// A JSON value with the byte offset where it starts, so that every problem can name its line and column.
package struct JSONNode: Sendable {
    package enum Value: Sendable {
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        /// The number exactly as written, never converted through `Double`.
        case number(String)
        case bool(Bool)
        case null
    }

    package var value: Value
    package var offset: Int

    package var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "text"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

/// A key of a JSON object with its value.
package struct JSONMember: Sendable {
    package var key: String
    package var keyOffset: Int
    package var node: JSONNode
}

/// A strict JSON parser (RFC 8259) that keeps positions and reports the first syntax error with its place.
package struct JSONDocumentParser {
    /// The deepest nesting accepted (``NestingLimit``); deeper files are rejected rather than risking the stack.
    package static let maximumDepth = NestingLimit.maximumDepth

    private let text: SourceText
    private var index = 0

    package init(_ text: SourceText) {
        self.text = text
    }

    /// Parses the whole text as one JSON value.
    package static func parse(_ text: SourceText) -> Result<JSONNode, PlanFileProblem> {
        var parser = JSONDocumentParser(text)
        do throws(PlanFileProblem) {
            parser.skipWhitespace()
            let node = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < text.bytes.count {
                throw parser.problem("unexpected content after the JSON value")
            }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    private var bytes: [UInt8] { text.bytes }

    private func problem(_ message: String, at offset: Int? = nil, kind: PlanFileProblem.Kind = .syntax)
        -> PlanFileProblem
    {
        text.problem(kind, at: offset ?? index, field: "", message)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(PlanFileProblem) -> JSONNode {
        guard index < bytes.count else { throw problem("the JSON ends where a value was expected") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            if depth >= Self.maximumDepth { throw NestingLimit.problem(in: text, at: index, field: "") }
            return JSONNode(value: .object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["):
            if depth >= Self.maximumDepth { throw NestingLimit.problem(in: text, at: index, field: "") }
            return JSONNode(value: .array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(value: .null, offset: start)
        default:
            throw problem("unexpected character \(describe(at: index)) where a value was expected")
        }
    }

    private mutating func parseObject(depth: Int) throws(PlanFileProblem) -> [JSONMember] {
        index += 1
        var members: [JSONMember] = []
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw problem("expected a key in double quotes, found \(describe(at: index))")
            }
            let keyOffset = index
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw problem("the key \"\(key)\" appears twice in one object", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw problem("expected ':' after the key \"\(key)\", found \(describe(at: index))")
            }
            index += 1
            skipWhitespace()
            let node = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyOffset: keyOffset, node: node))
            skipWhitespace()
            guard index < bytes.count else { throw problem("the JSON ends inside an object; a '}' is missing") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return members
            }
            throw problem("expected ',' or '}' in an object, found \(describe(at: index))")
        }
    }

    private mutating func parseArray(depth: Int) throws(PlanFileProblem) -> [JSONNode] {
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw problem("the JSON ends inside an array; a ']' is missing") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            throw problem("expected ',' or ']' in an array, found \(describe(at: index))")
        }
    }

    private mutating func parseString() throws(PlanFileProblem) -> String {
        let start = index
        index += 1
        // Runs of bytes without escapes are decoded as UTF-8 at once (the text was checked to be UTF-8 before
        // parsing): a string without escapes, the usual case, is one decoding, not a scalar-by-scalar copy.
        var text = ""
        var runStart = index
        func flush(_ end: Int) {
            if end > runStart {
                text += String(decoding: bytes[runStart..<end], as: UTF8.self)
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if text.isEmpty {
                    let whole = String(decoding: bytes[runStart..<index], as: UTF8.self)
                    index += 1
                    return whole
                }
                flush(index)
                index += 1
                return text
            }
            if byte < 0x20 {
                throw problem(
                    "a control character (0x\(String(byte, radix: 16))) inside text; escape it as \\n, \\t or \\u")
            }
            if byte == UInt8(ascii: "\\") {
                flush(index)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): text.unicodeScalars.append("\"")
                case UInt8(ascii: "\\"): text.unicodeScalars.append("\\")
                case UInt8(ascii: "/"): text.unicodeScalars.append("/")
                case UInt8(ascii: "b"): text.unicodeScalars.append("\u{08}")
                case UInt8(ascii: "f"): text.unicodeScalars.append("\u{0C}")
                case UInt8(ascii: "n"): text.unicodeScalars.append("\n")
                case UInt8(ascii: "r"): text.unicodeScalars.append("\r")
                case UInt8(ascii: "t"): text.unicodeScalars.append("\t")
                case UInt8(ascii: "u"):
                    text.unicodeScalars.append(try parseUnicodeEscape())
                default:
                    throw problem("unknown escape '\\\(Character(Unicode.Scalar(escape)))' in text", at: index - 2)
                }
                runStart = index
                continue
            }
            index += 1
        }
        throw problem("the text starting here has no closing double quote", at: start)
    }

    private mutating func parseUnicodeEscape() throws(PlanFileProblem) -> Unicode.Scalar {
        let escapeStart = index - 2
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw problem("a lone high surrogate \\u escape; pair it with a low surrogate", at: escapeStart) }
            index += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second),
                let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            else { throw problem("an invalid surrogate pair in a \\u escape", at: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else {
            throw problem("a lone low surrogate \\u escape", at: escapeStart)
        }
        return scalar
    }

    private mutating func hexQuad() throws(PlanFileProblem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw problem("a \\u escape needs four hexadecimal digits") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw problem("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(PlanFileProblem) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw problem("a '-' must be followed by a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw problem("numbers may not have leading zeros", at: start)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw problem("a '.' must be followed by a digit") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw problem("an exponent needs digits") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(PlanFileProblem) {
        let start = index
        let expected = literal.withUTF8Buffer { Array($0) }
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw problem(
                "unexpected word; expected \(literal) (JSON words are lower case, text needs quotes)", at: start)
        }
        index += expected.count
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "byte 0x\(String(byte, radix: 16, uppercase: true))" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
    }
}
