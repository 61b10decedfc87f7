import ErqiCore
import ErqiReporting

/// `erqi parse [TEXT …]`: prints each quantity as one JSON object per line.
///
/// With arguments, each argument must be exactly one quantity (`QuantityLanguage.parse`); offsets count characters
/// within that argument. Without arguments, all of standard input is read and every quantity in it is printed
/// (`QuantityLanguage.extract`), with offsets counted in characters from the start of the input.
///
/// Keys, in this order: `text`, `start`, `end`, `value` (exact decimal text in base units), `unit` (unit code),
/// `measureWord`, `comparator`, `approximation`, `upperValue` (the upper end of a range such as 2%至3%), `change`
/// (`increase` or `decrease` for 增长, 下降 …; the value is then signed), `yearOnYear` (同比, 比上年) and `commitment`
/// (`ensure` for 确保, `strive` for 力争).
///
/// Strings are JSON with every control character, DEL, C1 control, line separator and bidirectional control written
/// as a `\\u` escape, so a line is both valid JSON and safe to show on a terminal.
///
/// Exit status: 0; 65 (EX_DATAERR) when an argument is not a quantity, the error, naming the argument and the
/// character offset, going to standard error; 74 when standard output cannot be written (141, quietly, when its
/// reader closed the pipe).
enum ParseCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        if arguments.contains("-h") || arguments.contains("--help") {
            return Console.out("usage: erqi parse [TEXT …]   (without TEXT, reads standard input)\n")
        }
        var output = FileHandleOutput.standardOutput
        if arguments.isEmpty {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            for quantity in QuantityLanguage.extract(from: text) where output.failure == nil {
                output.write(jsonLine(quantity) + "\n")
            }
            return Console.finished(output, name: "standard output")
        }
        var status = ExitCode.success
        for (position, argument) in arguments.enumerated() {
            do {
                let quantity = try QuantityLanguage.parse(argument)
                output.write(jsonLine(quantity) + "\n")
            } catch {
                Console.error(
                    "erqi parse: argument \(position + 1) (\(jsonString(argument))) is not a quantity: \(error)")
                status = .dataError
            }
        }
        let written = Console.finished(output, name: "standard output")
        return written == .success ? status : written
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
            ("upperValue", quantity.upperQuantity.map { jsonString(ExactDecimal.plainText($0.value)) } ?? "null"),
            ("change", quantity.change.map { jsonString($0.direction.rawValue) } ?? "null"),
            ("yearOnYear", quantity.change.map { $0.isYearOnYear ? "true" : "false" } ?? "null"),
            ("commitment", quantity.commitment.map { jsonString($0.rawValue) } ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal: quotes, backslashes and terminal control characters (those
    /// `TerminalSafeText.escaped(_:)` shows) escaped, everything else as UTF-8.
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
                if TerminalSafeText.escaped(String(scalar)) != String(scalar) {
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
