/// A closed interval of days, such as the year 2020 or the five years 2021–2025.
///
/// It is written, and encoded, as one of these forms:
/// - a year, `2020`;
/// - a half, `2020-H1`; a quarter, `2020-Q3`; a month, `2020-07`;
/// - a run of years, `2021–2025` (an en dash; `2021-2025` is read too);
/// - any interval, `2020-01-01..2020-06-30`, or a single day, `2020-06-30`.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day, included.
    public let start: CalendarDate
    /// The last day, included.
    public let end: CalendarDate

    /// Creates a period from its first and last days.
    /// - Parameters:
    ///   - start: The first day, included.
    ///   - end: The last day, included.
    /// - Throws: ``DateError/invertedPeriod(start:end:)`` when `end` is before `start`.
    public init(start: CalendarDate, end: CalendarDate) throws(DateError) {
        if end < start { throw .invertedPeriod(start: start, end: end) }
        self.start = start
        self.end = end
    }

    /// The calendar year.
    /// - Parameter year: The year.
    /// - Throws: ``DateError/impossibleDate(year:month:day:)`` outside years 1 to 9999.
    public static func year(_ year: Int) throws(DateError) -> Period {
        try Period(start: CalendarDate(year, 1, 1), end: CalendarDate(year, 12, 31))
    }

    /// A run of whole years, e.g. 2021–2025.
    /// - Parameters:
    ///   - first: The first year.
    ///   - last: The last year.
    /// - Throws: ``DateError`` for years outside 1 to 9999 or `last` before `first`.
    public static func years(_ first: Int, through last: Int) throws(DateError) -> Period {
        try Period(start: CalendarDate(first, 1, 1), end: CalendarDate(last, 12, 31))
    }

    /// A half year.
    /// - Parameters:
    ///   - year: The year.
    ///   - half: 1 or 2.
    /// - Throws: ``DateError/malformed(_:)`` for a half other than 1 or 2.
    public static func half(_ year: Int, _ half: Int) throws(DateError) -> Period {
        guard half == 1 || half == 2 else { throw .malformed("\(year)-H\(half)") }
        return try months(year, from: half == 1 ? 1 : 7, to: half == 1 ? 6 : 12)
    }

    /// A quarter.
    /// - Parameters:
    ///   - year: The year.
    ///   - quarter: 1 to 4.
    /// - Throws: ``DateError/malformed(_:)`` for a quarter outside 1 to 4.
    public static func quarter(_ year: Int, _ quarter: Int) throws(DateError) -> Period {
        guard (1...4).contains(quarter) else { throw .malformed("\(year)-Q\(quarter)") }
        return try months(year, from: quarter * 3 - 2, to: quarter * 3)
    }

    /// A calendar month.
    /// - Parameters:
    ///   - year: The year.
    ///   - month: 1 to 12.
    /// - Throws: ``DateError/impossibleDate(year:month:day:)`` for a month outside 1 to 12.
    public static func month(_ year: Int, _ month: Int) throws(DateError) -> Period {
        try months(year, from: month, to: month)
    }

    /// Parses any of the written forms listed on the type.
    /// - Parameter text: The text, e.g. `"2020-H1"`.
    /// - Throws: ``DateError`` when the text is none of the forms or names an impossible date.
    public init(parsing text: String) throws(DateError) {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        if parts.count == 2 {
            self = try Period(start: CalendarDate(iso: String(parts[0])), end: CalendarDate(iso: String(parts[1])))
            return
        }
        let bytes = Array(text.utf8)
        if bytes.count == 4, let year = Period.number(text) {
            self = try .year(year)
        } else if bytes.count == 10 {
            let day = try CalendarDate(iso: text)
            self = try Period(start: day, end: day)
        } else if let dash = text.firstIndex(where: { $0 == "-" || $0 == "–" }), text[..<dash].count == 4,
            let year = Period.number(String(text[..<dash]))
        {
            let rest = String(text[text.index(after: dash)...])
            if rest.count == 2, rest.first == "H", let half = Period.number(String(rest.dropFirst())) {
                self = try .half(year, half)
            } else if rest.count == 2, rest.first == "Q", let quarter = Period.number(String(rest.dropFirst())) {
                self = try .quarter(year, quarter)
            } else if rest.count == 2, let month = Period.number(rest) {
                self = try .month(year, month)
            } else if rest.count == 4, let last = Period.number(rest) {
                self = try .years(year, through: last)
            } else {
                throw .malformed(text)
            }
        } else {
            throw .malformed(text)
        }
    }

    /// The number of days in the period, counting both ends: 366 for 2020.
    public var dayCount: Int { start.days(to: end) + 1 }

    /// Whether a day lies in the period.
    /// - Parameter date: The day.
    /// - Returns: `true` when `start <= date <= end`.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// Whether another period lies wholly inside this one.
    /// - Parameter other: The other period.
    /// - Returns: `true` when `other` starts no earlier and ends no later than `self`.
    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    /// The shortest written form: `2020`, `2020-H1`, `2020-Q3`, `2020-07`, `2021–2025`, a day, or `start..end`.
    public var description: String {
        let from = start.civil
        let to = end.civil
        let starts = from.month == 1 && from.day == 1
        let endsYear = to.month == 12 && to.day == 31
        if starts && endsYear {
            let text = Period.yearText(from.year)
            return from.year == to.year ? text : "\(text)–\(Period.yearText(to.year))"
        }
        if from.year == to.year && from.day == 1
            && to.day == CalendarDate.daysInMonth(year: to.year, month: to.month)
        {
            let year = Period.yearText(from.year)
            switch (from.month, to.month) {
            case (1, 6): return "\(year)-H1"
            case (7, 12): return "\(year)-H2"
            case (let first, let last) where first == last:
                return year + (first < 10 ? "-0\(first)" : "-\(first)")
            case (let first, let last) where last == first + 2 && first % 3 == 1:
                return "\(year)-Q\(last / 3)"
            default: break
            }
        }
        if start == end { return start.description }
        return "\(start)..\(end)"
    }

    /// Decodes a period from one of its written forms.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a period.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the period as its shortest written form.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func months(_ year: Int, from first: Int, to last: Int) throws(DateError) -> Period {
        try Period(
            start: CalendarDate(year, first, 1),
            end: CalendarDate(year, last, CalendarDate.daysInMonth(year: year, month: last)))
    }

    /// A year as the four digits the parser reads: `0001` for year 1, so descriptions parse back.
    private static func yearText(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func number(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int(text)
    }
}
