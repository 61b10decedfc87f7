import ErqiCore
import Testing

struct CalendarTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2020-02-29", 18321), ("2020-12-31", 18627), ("2000-03-01", 11017), ("1969-12-31", -1),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
    func dayNumbers(text: String, dayNumber: Int) throws {
        let date = try CalendarDate(iso: text)
        #expect(date.dayNumber == dayNumber)
        #expect(try CalendarDate(dayNumber: dayNumber) == date)
        #expect(date.description == text)
    }

    @Test(arguments: ["2021-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "1900-02-29"])
    func impossibleDatesAreTypedErrors(text: String) {
        #expect(throws: DateError.self) { try CalendarDate(iso: text) }
        #expect {
            try CalendarDate(iso: text)
        } throws: { error in
            if case .impossibleDate = error as? DateError { return true }
            return false
        }
    }

    @Test(arguments: ["2020-1-01", "20200101", "2020-01-01T00:00", " 2020-01-01", "２０２０-01-01", ""])
    func malformedDatesAreTypedErrors(text: String) {
        #expect(throws: DateError.malformed(text)) { try CalendarDate(iso: text) }
    }

    @Test func dateArithmeticStaysInRange() throws {
        let last = try CalendarDate(9999, 12, 31)
        #expect(throws: DateError.outOfRange(dayNumber: 2_932_897)) { try last.adding(days: 1) }
        #expect(throws: DateError.outOfRange(dayNumber: last.dayNumber)) { try last.adding(days: Int.max) }
        #expect(try CalendarDate(2020, 2, 28).adding(days: 2) == CalendarDate(2020, 3, 1))
    }

    @Test(arguments: [
        ("2020", "2020-01-01", "2020-12-31", 366, "2020"),
        ("2020-H1", "2020-01-01", "2020-06-30", 182, "2020-H1"),
        ("2020-H2", "2020-07-01", "2020-12-31", 184, "2020-H2"),
        ("2021-Q1", "2021-01-01", "2021-03-31", 90, "2021-Q1"),
        ("2020-02", "2020-02-01", "2020-02-29", 29, "2020-02"),
        ("2021–2025", "2021-01-01", "2025-12-31", 1826, "2021–2025"),
        ("2016-2020", "2016-01-01", "2020-12-31", 1827, "2016–2020"),
        ("2020-01-01..2020-07-29", "2020-01-01", "2020-07-29", 211, "2020-01-01..2020-07-29"),
        ("2020-06-30", "2020-06-30", "2020-06-30", 1, "2020-06-30"),
    ])
    func periods(text: String, start: String, end: String, days: Int, canonical: String) throws {
        let period = try Period(parsing: text)
        #expect(period.start == (try CalendarDate(iso: start)))
        #expect(period.end == (try CalendarDate(iso: end)))
        #expect(period.dayCount == days)
        #expect(period.description == canonical)
    }

    @Test(arguments: ["2020-H3", "2020-Q5", "2020-13", "2025-2021", "2020..", "twenty", "2020-06-31", "202"])
    func badPeriodsAreTypedErrors(text: String) {
        #expect(throws: DateError.self) { try Period(parsing: text) }
    }

    @Test func invertedPeriodIsATypedError() throws {
        let start = try CalendarDate(2020, 7, 1)
        let end = try CalendarDate(2020, 6, 30)
        #expect(throws: DateError.invertedPeriod(start: start, end: end)) { try Period(start: start, end: end) }
    }
}
