package import ErqiCore

/// Fast readers of the commonest plan-file texts straight from UTF-8 bytes, without making strings.
///
/// Each returns `nil` for anything it does not handle, including every invalid input; the caller then uses the
/// validated reader on the text (``CalendarDate/init(iso:)``, ``Period/init(parsing:)``), which gives the same
/// value or the error message. On what they accept they build the same value through the same initialisers.
package enum PlainTextParsing {
    /// `YYYY-MM-DD`, as ``CalendarDate/init(iso:)``.
    package static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        return date(bytes, at: 0)
    }

    /// The period forms `YYYY`, `YYYY-MM`, `YYYY-DD-MM` (one day) and `YYYY-MM-DD..YYYY-MM-DD`, as
    /// ``Period/init(parsing:)``.
    package static func period(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        switch bytes.count {
        case 4:
            guard let year = number(bytes, 0, 4) else { return nil }
            return try? Period.year(year)
        case 7:
            guard bytes[4] == UInt8(ascii: "-"), let year = number(bytes, 0, 4), let month = number(bytes, 5, 2)
            else { return nil }
            return try? Period.month(year, month)
        case 10:
            guard let day = date(bytes, at: 0) else { return nil }
            return try? Period(start: day, end: day)
        case 22:
            guard bytes[10] == UInt8(ascii: "."), bytes[11] == UInt8(ascii: "."), let start = date(bytes, at: 0),
                let end = date(bytes, at: 12)
            else { return nil }
            return try? Period(start: start, end: end)
        default:
            return nil
        }
    }

    private static func date(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> CalendarDate? {
        guard bytes[offset + 4] == UInt8(ascii: "-"), bytes[offset + 7] == UInt8(ascii: "-"),
            let year = number(bytes, offset, 4), let month = number(bytes, offset + 5, 2),
            let day = number(bytes, offset + 8, 2)
        else { return nil }
        return try? CalendarDate(year, month, day)
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for index in offset..<offset + count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
