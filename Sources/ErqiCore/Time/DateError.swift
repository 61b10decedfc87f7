/// An error in a date or a period.
public enum DateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not `YYYY-MM-DD` (or, for a period, none of the period forms).
    case malformed(String)
    /// The day does not exist, e.g. 2021-02-29 or 2020-13-01.
    case impossibleDate(year: Int, month: Int, day: Int)
    /// The date falls outside years 1 to 9999.
    case outOfRange(dayNumber: Int)
    /// A period ends before it starts.
    case invertedPeriod(start: CalendarDate, end: CalendarDate)

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a date: write YYYY-MM-DD (or a period: 2020, 2020-H1, 2020-Q3, 2020-07, 2021–2025, "
                + "2020-01-01..2020-06-30)"
        case .impossibleDate(let year, let month, let day):
            "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2)) does not exist in the Gregorian calendar"
        case .outOfRange(let dayNumber):
            "day \(dayNumber) from 1970-01-01 lies outside years 1 to 9999"
        case .invertedPeriod(let start, let end):
            "the period ends (\(end)) before it starts (\(start)); swap the dates"
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return value < 0 ? text : String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
