import ErqiCore
import Foundation
import Testing

struct QuantityTests {
    @Test(arguments: [
        ("388.1", "388.1"), ("-15", "-15"), ("0.9962", "0.9962"), ("007", "7"), ("0.50", "0.5"),
        ("51800000000", "51800000000"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
    ])
    func exactDecimalText(text: String, plain: String) throws {
        #expect(ExactDecimal.plainText(try ExactDecimal.parse(text)) == plain)
    }

    @Test(arguments: [
        ("12abc", 2), ("1e5", 1), (" 12", 0), ("1.2.3", 3), ("", 0), ("-", 0), (".5", 0), ("5.", 1), ("+5", 0),
        ("1,000", 1), ("--1", 1), ("١٢", 0),
    ])
    func invalidDecimalTextIsRejectedWithItsOffset(text: String, offset: Int) {
        #expect {
            try ExactDecimal.parse(text)
        } throws: { error in
            guard case .invalidNumber(let rejected, let at, _) = error as? QuantityError else { return false }
            return rejected == text && at == offset
        }
    }

    @Test func tooManySignificantDigitsAreRejectedNotRounded() {
        let text = "123456789012345678901234567890123456789"  // 39 digits
        #expect(throws: QuantityError.self) { try ExactDecimal.parse(text) }
    }

    @Test func magnitudesScaleExactly() throws {
        // 16.4亿 is 1640000000 exactly (binary floats give 1639999999.9999998).
        #expect(try Quantity("16.4", .yuan, scale: 100_000_000).value == ExactDecimal(1_640_000_000))
        #expect(
            try Quantity("1.23456", .count(measureWord: nil), scale: 10_000).value == ExactDecimal(12_345)
                + Fixtures.decimal("0.6"))
    }

    @Test func mixedUnitsAreTypedErrors() {
        let yuan = Quantity(5, .yuan)
        let households = Quantity(5, .count(measureWord: "户"))
        #expect(throws: QuantityError.mixedUnits(.yuan, .count(measureWord: "户"))) { try yuan.adding(households) }
        #expect(throws: QuantityError.mixedUnits(.yuan, .count(measureWord: "户"))) { try yuan.compare(to: households) }
        #expect(throws: QuantityError.mixedUnits(.count(measureWord: "个"), .count(measureWord: "户"))) {
            try Quantity(1, .count(measureWord: "个")).subtracting(households)
        }
    }

    @Test func arithmeticWithinOneUnit() throws {
        let total = try Quantity(103, .count(measureWord: "个")).adding(Quantity(133, .count(measureWord: "个")))
        #expect(total == Quantity(236, .count(measureWord: "个")))
        #expect(try Quantity(236, .yuan).ratio(to: Quantity(472, .yuan)) == Fixtures.decimal("0.5"))
        #expect(try Quantity(1, .yuan).compare(to: Quantity(2, .yuan)) == .orderedAscending)
    }

    @Test func divisionByZeroAndOverflowAreTypedErrors() throws {
        #expect(throws: QuantityError.divisionByZero(operation: "division")) {
            try Quantity(1, .yuan).ratio(to: Quantity(0, .yuan))
        }
        let nines = try ExactDecimal.parse(String(repeating: "9", count: 38))
        let huge = Quantity(value: try nines * ExactDecimal(significand: 1, exponent: 127), unit: .yuan)
        #expect(throws: QuantityError.overflow(operation: "addition")) {
            try huge.adding(huge).adding(huge).adding(huge)
        }
        #expect(throws: QuantityError.self) { try Quantity("9", .yuan, scale: 1).ratio(to: Quantity(0, .yuan)) }
    }

    @Test(arguments: [
        QuantityUnit.yuan, .count(measureWord: nil), .count(measureWord: "人次"), .percent, .percentagePoints, .multiple,
        .days, .months, .years, .squareMetres, .squareKilometres, .mu, .metres, .kilometres, .hectares, .cubicMetres,
        .tonnes, .kilograms, .microgramsPerCubicMetre,
    ])
    func unitCodesRoundTrip(unit: QuantityUnit) {
        #expect(QuantityUnit(code: unit.code) == unit)
    }

    @Test func unknownUnitCodesAreRejected() {
        #expect(QuantityUnit(code: "USD") == nil)
        #expect(QuantityUnit(code: "count:") == nil)
    }

    @Test func bandsNeedTwoOrderedValuesInOneUnit() {
        #expect(throws: RequirementError.bandNeedsTwoValues) { try Requirement(.between, Quantity(1, .percent)) }
        #expect(throws: RequirementError.mixedUnits(.percent, .yuan)) {
            try Requirement(between: Quantity(1, .percent), and: Quantity(2, .yuan))
        }
        #expect(throws: RequirementError.invertedBand(lower: Quantity(3, .percent), upper: Quantity(2, .percent))) {
            try Requirement(between: Quantity(3, .percent), and: Quantity(2, .percent))
        }
    }

    @Test func errorMessagesSayWhatAndHow() {
        #expect(QuantityError.mixedUnits(.yuan, .percent).description.contains("cannot combine CNY with percent"))
        #expect(
            DateError.invertedPeriod(start: Fixtures.date("2020-07-01"), end: Fixtures.date("2020-06-30"))
                .description.contains("swap the dates"))
    }
}

struct FuzzFoundQuantityTests {
    /// Found by the reporters fuzz target: trailing zeros counted as significant, so `plainText` of 10^38 and
    /// above could not be read back.
    @Test func largeRoundValuesReadBack() throws {
        let value = (try ExactDecimal(significand: 12_760_518_072_900, exponent: 55))
        #expect(try ExactDecimal.parse(ExactDecimal.plainText(value)) == value)
        #expect(
            try ExactDecimal.parse("1" + String(repeating: "0", count: 40))
                == (try ExactDecimal(significand: 1, exponent: 40)))
    }

    /// Found by the reporters fuzz target: a measure word starting with a combining mark made `count:` one
    /// Character longer, so the unit code did not decode; an empty measure word encoded as an undecodable `count:`.
    @Test func measureWordsRoundTripThroughTheirCode() {
        #expect(QuantityUnit(code: QuantityUnit.count(measureWord: "\u{301}x").code) == .count(measureWord: "\u{301}x"))
        #expect(QuantityUnit.count(measureWord: "").code == "count")
    }
}
