import ErqiReporting

/// One cell of a scorecard row before it is written: the value itself, so that the CSV writer can put numbers and
/// days into the byte sink without making a `String`, and ``field`` gives the ``CSVField`` for typed writers.
enum CSVValue {
    case empty
    /// Text from data, neutralised when written.
    case text(String)
    case number(ExactDecimal)
    case integer(Int)
    case date(CalendarDate)
    /// A citation with a line: `source:line`, text from data.
    case citation(String, Int)

    /// The field a CSV reader gives back, as ``CSVReporter/forEachRow(_:_:)`` hands it out.
    var field: CSVField {
        switch self {
        case .empty: .empty
        case .text(let text): .text(text)
        case .number(let value): .number(ExactDecimal.plainText(value))
        case .integer(let value): .number(String(value))
        case .date(let date): .date(date.description)
        case .citation(let source, let line): .text("\(source):\(line)")
        }
    }

    /// Writes the cell as in a CSV record: text neutralised and quoted on bytes (see ``CSVField``), numbers and days
    /// as they are.
    func write(to sink: inout ReportOutput) {
        switch self {
        case .empty: break
        case .text(let text): Self.writeText(text, suffix: nil, to: &sink)
        case .number(let value): sink.write(value)
        case .integer(let value): sink.write(value)
        case .date(let date): sink.write(date)
        case .citation(let source, let line): Self.writeText(source, suffix: line, to: &sink)
        }
    }

    /// Writes a text cell (and a `:line` suffix): with a leading apostrophe when it starts with `=`, `+`, `-`, `@`,
    /// a tab, CR, LF or an apostrophe, and quoted, quotes doubled, when it holds a comma, a quote, CR or LF or was
    /// neutralised. Read by UTF-8 byte: those are ASCII and never part of a longer sequence.
    private static func writeText(_ text: String, suffix line: Int?, to sink: inout ReportOutput) {
        var text = text
        text.withUTF8 { bytes in
            let neutralised: Bool
            switch bytes.first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13, 10,
                UInt8(ascii: "'"):
                neutralised = true
            default: neutralised = false
            }
            let quoted =
                neutralised
                || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
            guard quoted else {
                sink.write(utf8: UnsafeRawBufferPointer(bytes))
                if let line {
                    sink.write(ascii: UInt8(ascii: ":"))
                    sink.write(line)
                }
                return
            }
            sink.write(ascii: UInt8(ascii: "\""))
            if neutralised { sink.write(ascii: UInt8(ascii: "'")) }
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
                sink.write(utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start...index]))
                sink.write(ascii: UInt8(ascii: "\""))
                start = index + 1
            }
            sink.write(utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start...]))
            if let line {
                sink.write(ascii: UInt8(ascii: ":"))
                sink.write(line)
            }
            sink.write(ascii: UInt8(ascii: "\""))
        }
    }
}
