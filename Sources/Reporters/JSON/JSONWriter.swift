/// Serialises a ``JSONNode`` to a text stream with a fixed layout.
struct JSONWriter {
    /// Whether to indent by two spaces per level.
    var prettyPrinted: Bool

    /// Writes a node and everything in it.
    func write<Output: TextOutputStream>(_ node: JSONNode, to output: inout Output) {
        write(node, depth: 0, to: &output)
    }

    private func write<Output: TextOutputStream>(_ node: JSONNode, depth: Int, to output: inout Output) {
        switch node.resolved {
        case .null: output.write("null")
        case .bool(let value): output.write(value ? "true" : "false")
        case .number(let text): output.write(text)
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let array):
            if array.elements.isEmpty {
                output.write("[]")
                return
            }
            output.write("[")
            for (index, element) in array.elements.enumerated() {
                if index > 0 { output.write(",") }
                newline(depth + 1, &output)
                write(element, depth: depth + 1, to: &output)
            }
            newline(depth, &output)
            output.write("]")
        case .object(let object):
            if object.keys.isEmpty {
                output.write("{}")
                return
            }
            output.write("{")
            for (index, key) in object.keys.enumerated() {
                if index > 0 { output.write(",") }
                newline(depth + 1, &output)
                Self.writeString(key, to: &output)
                output.write(prettyPrinted ? ": " : ":")
                write(object[key] ?? .null, depth: depth + 1, to: &output)
            }
            newline(depth, &output)
            output.write("}")
        case .deferred:
            output.write("{}")
        }
    }

    private func newline<Output: TextOutputStream>(_ depth: Int, _ output: inout Output) {
        guard prettyPrinted else { return }
        output.write("\n")
        output.write(String(repeating: "  ", count: depth))
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped; U+2028 and U+2029
    /// escaped too, so the output is also valid JavaScript; everything else as UTF-8.
    static func writeString<Output: TextOutputStream>(_ text: String, to output: inout Output) {
        var escaped = "\""
        escaped.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "\u{08}": escaped += "\\b"
            case "\u{0C}": escaped += "\\f"
            case "\u{2028}", "\u{2029}": escaped += "\\u\(hex4(scalar.value))"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\u\(hex4(scalar.value))"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        escaped += "\""
        output.write(escaped)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
