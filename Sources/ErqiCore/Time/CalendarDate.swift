/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Plans and reports speak of days ("by 30 June", "as of 2020-12-31"), so Erqi computes with civil dates only.
/// Results never depend on the machine's locale or time zone. The one conversion from an instant, "today",
/// takes the day in Asia/Shanghai (UTC+8, no daylight saving since 1991).
///
/// It encodes as ISO 8601 text, `"2020-07-30"`.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01, the only stored value: a date is four bytes, and two dates are equal, hash and
    /// order alike exactly when they are the same day. Years 1 to 9999 are −719,162 to 2,932,896.
    private let storedDayNumber: Int32

    /// The year, 1 to 9999.
    public var year: Int { civil.year }
    /// The month, 1 to 12.
    public var month: Int { civil.month }
    /// The day of the month, 1 to 28, 29, 30 or 31.
    public var day: Int { civil.day }
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int { Int(storedDayNumber) }

    /// Creates a date, checking that it exists.
    /// - Parameters:
    ///   - year: The year, 1 to 9999.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month.
    /// - Throws: ``DateError/impossibleDate(year:month:day:)`` for dates such as 2021-02-29.
    public init(_ year: Int, _ month: Int, _ day: Int) throws(DateError) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysInMonth(year: year, month: month)
        else { throw .impossibleDate(year: year, month: month, day: day) }
        self.storedDayNumber = Int32(CalendarDate.dayNumber(year: year, month: month, day: day))
    }

    /// Creates the date with a day number.
    /// - Parameter dayNumber: Days since 1970-01-01.
    /// - Throws: ``DateError/outOfRange(dayNumber:)`` outside years 1 to 9999.
    public init(dayNumber: Int) throws(DateError) {
        guard (-719_162...2_932_896).contains(dayNumber) else { throw .outOfRange(dayNumber: dayNumber) }
        self.storedDayNumber = Int32(dayNumber)
    }

    /// The year, month and day of the day number, by Howard Hinnant's civil_from_days.
    var civil: (year: Int, month: Int, day: Int) {
        let z = Int(storedDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Parses ISO 8601 calendar-date text, `YYYY-MM-DD`, exactly.
    /// - Parameter text: The text to parse.
    /// - Throws: ``DateError/malformed(_:)`` or ``DateError/impossibleDate(year:month:day:)``.
    public init(iso text: String) throws(DateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = CalendarDate.digits(bytes[0..<4]), let month = CalendarDate.digits(bytes[5..<7]),
            let day = CalendarDate.digits(bytes[8..<10])
        else { throw .malformed(text) }
        try self.init(year, month, day)
    }

    /// The date a number of days later (or earlier, for a negative count).
    /// - Parameter days: The days to add.
    /// - Returns: The new date.
    /// - Throws: ``DateError/outOfRange(dayNumber:)`` past year 9999 or before year 1.
    public func adding(days: Int) throws(DateError) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { throw .outOfRange(dayNumber: dayNumber) }
        return try CalendarDate(dayNumber: sum)
    }

    /// The number of days from `self` to `other`: positive when `other` is later.
    /// - Parameter other: The other date.
    /// - Returns: `other.dayNumber - self.dayNumber`.
    public func days(to other: CalendarDate) -> Int { Int(other.storedDayNumber) - Int(storedDayNumber) }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = civil
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        let d = day < 10 ? "0\(day)" : String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    /// Whether a year is a leap year in the Gregorian calendar.
    /// - Parameter year: The year.
    /// - Returns: `true` for 2020, `false` for 1900 and 2021.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1 to 12.
    /// - Returns: 28 to 31, or 0 for a month outside 1 to 12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// Orders dates in time.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.storedDayNumber < rhs.storedDayNumber
    }

    /// Decodes a date from `YYYY-MM-DD` text.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` for malformed or impossible dates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the date as `YYYY-MM-DD` text.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
