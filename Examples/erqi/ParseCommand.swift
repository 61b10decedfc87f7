import ErqiCore

/// `erqi parse [TEXT …]`: prints each quantity as one JSON object per line.
///
/// With arguments, each argument must be exactly one quantity (`QuantityLanguage.parse`); offsets count characters
/// within that argument. Without arguments, all of standard input is read and every quantity in it is printed
/// (`QuantityLanguage.extract`), with offsets counted in characters from the start of the input.
///
/// Keys, in this order: `text`, `start`, `end`, `value` (exact decimal text in base units), `unit` (unit code),
/// `measureWord`, `comparator`, `approximation`.
///
/// Exit status: 0, or 65 (EX_DATAERR) when an argument is not a quantity; the error, naming the argument and the
/// character offset, goes to standard error.
enum ParseCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var output = FileHandleOutput.standardOutput
        var errors = FileHandleOutput.standardError
        if arguments.contains("-h") || arguments.contains("--help") {
            output.write("usage: erqi parse [TEXT …]   (without TEXT, reads standard input)\n")
            return 0
        }
        if arguments.isEmpty {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            for quantity in QuantityLanguage.extract(from: text) {
                output.write(jsonLine(quantity) + "\n")
            }
            return 0
        }
        var status: Int32 = 0
        for (position, argument) in arguments.enumerated() {
            do {
                let quantity = try QuantityLanguage.parse(argument)
                output.write(jsonLine(quantity) + "\n")
            } catch {
                errors.write(
                    "erqi parse: argument \(position + 1) (\(jsonString(argument))) is not a quantity: \(error)\n")
                status = 65
            }
        }
        return status
    }

    /// One JSON object with the keys in a fixed order.
    static func jsonLine(_ quantity: ParsedQuantity) -> String {
        let fields: [(String, String)] = [
            ("text", jsonString(quantity.text)),
            ("start", String(quantity.range.lowerBound)),
            ("end", String(quantity.range.upperBound)),
            ("value", jsonString(ExactDecimal.plainText(quantity.quantity.value))),
            ("unit", jsonString(quantity.quantity.unit.code)),
            ("measureWord", quantity.quantity.unit.measureWord.map(jsonString) ?? "null"),
            ("comparator", quantity.comparator.map { jsonString($0.rawValue) } ?? "null"),
            ("approximation", jsonString(quantity.approximation.rawValue)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
