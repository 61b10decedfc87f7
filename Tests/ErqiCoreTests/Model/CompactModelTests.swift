import ErqiCore
import Foundation
import Testing

/// The model's memory: a date is one day number, a period two, and the rarely set parts of the large values sit
/// behind one reference (issue #18). The bounds are regression guards: each failed before the change.
struct CompactModelTests {
    @Test func calendarDateIsOneDayNumber() {
        #expect(MemoryLayout<CalendarDate>.size <= 4)
        #expect(MemoryLayout<Period>.size <= 8)
        #expect(MemoryLayout<CalendarDate?>.size <= 5)
    }

    /// Every day of three 400-year cycles (one full Gregorian cycle each: years 1–400, 1801–2200, 9600–9999) keeps
    /// its year, month and day, and its order, through the day number.
    @Test(arguments: [(1, -719_162), (1801, -61_726), (9600, 2_786_800)])
    func everyDayRoundTripsThroughItsDayNumber(firstYear: Int, firstDay: Int) throws {
        #expect(try CalendarDate(firstYear, 1, 1).dayNumber == firstDay)
        var previous: CalendarDate?
        var expected = (year: firstYear, month: 1, day: 1)
        for number in firstDay..<firstDay + 146_097 {
            let date = try CalendarDate(dayNumber: number)
            if date.dayNumber != number || date.year != expected.year || date.month != expected.month
                || date.day != expected.day
            {
                Issue.record("day \(number) is \(date.year)-\(date.month)-\(date.day), expected \(expected)")
                return
            }
            if let previous, !(previous < date) || previous == date || previous.days(to: date) != 1 {
                Issue.record("day \(number) does not follow \(previous)")
                return
            }
            previous = date
            if expected.day < CalendarDate.daysInMonth(year: expected.year, month: expected.month) {
                expected.day += 1
            } else if expected.month < 12 {
                expected = (expected.year, expected.month + 1, 1)
            } else {
                expected = (expected.year + 1, 1, 1)
            }
        }
        #expect(expected == (firstYear + 400, 1, 1))
    }

    @Test(arguments: ["0001-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2020-07-30", "9999-12-31"])
    func datesAreEqualAndHashAlikeExactlyWhenTheSameDay(text: String) throws {
        let parsed = try CalendarDate(iso: text)
        let built = try CalendarDate(parsed.year, parsed.month, parsed.day)
        let counted = try CalendarDate(dayNumber: parsed.dayNumber)
        #expect(parsed == built && built == counted)
        #expect(Set([parsed, built, counted]).count == 1)
        let next = try parsed.adding(days: parsed.dayNumber == 2_932_896 ? -1 : 1)
        #expect(next != parsed)
        #expect(Set([parsed, next]).count == 2)
        let encoded = try JSONEncoder().encode([parsed])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: encoded) == [parsed])
    }

    @Test func datesOutsideTheRangeAreStillTypedErrors() {
        #expect(throws: DateError.outOfRange(dayNumber: 2_932_897)) { try CalendarDate(dayNumber: 2_932_897) }
        #expect(throws: DateError.outOfRange(dayNumber: -719_163)) { try CalendarDate(dayNumber: -719_163) }
        #expect(throws: DateError.outOfRange(dayNumber: Int.max)) { try CalendarDate(dayNumber: Int.max) }
        #expect(throws: DateError.impossibleDate(year: 10_000, month: 1, day: 1)) { try CalendarDate(10_000, 1, 1) }
    }

    /// Before: an observation was 264 bytes and a target 536 (dates of four `Int`s, every optional inline).
    @Test func observationsAndTargetsAreSmall() {
        #expect(MemoryLayout<Observation>.size <= 152)
        #expect(MemoryLayout<Target>.size <= 288)
    }

    @Test func fieldsBehindTheExtrasKeepValueSemantics() throws {
        let original = try Observation(
            id: "o1", indicator: "i1", period: Period(parsing: "2025-03"), value: Quantity(7, .yuan),
            comparabilityNote: "近似")
        var copy = original
        copy.note = LocalizedText(zh: "备注", en: "remark")
        copy.supersedes = ["o0"]
        #expect(original.note == nil && original.supersedes == nil && original.comparabilityNote == "近似")
        #expect(copy.comparabilityNote == "近似" && copy.note?.en == "remark" && copy.supersedes == ["o0"])
        #expect(copy != original)
        copy.note = nil
        copy.supersedes = nil
        #expect(copy == original && copy.hashValue == original.hashValue)
        copy.comparabilityNote = nil
        #expect(copy != original)

        let target = Target(
            id: "t1", title: "目标", indicator: "i1", period: try .year(2025), requirement: .atLeast(Quantity(10, .yuan)),
            baseline: Baseline(value: Quantity(2, .yuan)))
        var changed = target
        changed.trajectory = .linear
        changed.baseline = nil
        #expect(target.baseline?.value == Quantity(2, .yuan) && target.trajectory == nil)
        #expect(changed.baseline == nil && changed.trajectory == .linear && changed != target)
        changed.baseline = target.baseline
        changed.trajectory = nil
        #expect(changed == target && changed.hashValue == target.hashValue)
    }

    /// The coded form is the one the synthesized conformances wrote: the same keys, absent optionals left out.
    /// (Their order, the declaration order, is checked by the JSON reporter's golden files.)
    @Test func codedFormIsUnchanged() throws {
        let observation = try Observation(
            id: "o1", indicator: "i1", period: Period(parsing: "2025-03"), value: Quantity(7, .yuan),
            approximation: .about, citation: SourceCitation(source: "s1", line: 3), note: "备注", supersedes: ["o0"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(observation), as: UTF8.self)
        #expect(
            text
                == #"{"approximation":"about","citation":{"line":3,"source":"s1"},"id":"o1","indicator":"i1","#
                + #""note":{"zh":"备注"},"period":"2025-03","quality":"final","supersedes":["o0"],"#
                + #""value":{"unit":"CNY","value":"7"}}"#)
        #expect(try JSONDecoder().decode(Observation.self, from: Data(text.utf8)) == observation)

        let target = Target(
            id: "t1", title: "目标", indicator: "i1", period: try .year(2025), requirement: .atLeast(Quantity(10, .yuan)),
            deadline: try CalendarDate(2025, 9, 30), trajectory: .linear, note: "注")
        let targetText = String(decoding: try encoder.encode(target), as: UTF8.self)
        #expect(
            targetText
                == #"{"deadline":"2025-09-30","id":"t1","indicator":"i1","note":{"zh":"注"},"period":"2025","#
                + #""requirement":{"comparator":"atLeast","value":{"unit":"CNY","value":"10"}},"revisions":[],"#
                + #""title":{"zh":"目标"},"trajectory":{"checkpoints":[]},"weight":"1"}"#)
        #expect(try JSONDecoder().decode(Target.self, from: Data(targetText.utf8)) == target)
    }
}
