// This file deliberately does not import Foundation: numbers and quantities are nameable without it.
import ErqiCore
import Testing

struct NumbersWithoutFoundationTests {
    @Test func quantitiesAreBuiltComparedAndSummedWithoutFoundation() throws {
        let first = try Quantity("388.1", .yuan, scale: 100_000_000)
        let second = Quantity(value: try ExactDecimal.parse("129.9") * 100_000_000, unit: .yuan)
        let total = try first.adding(second)
        #expect(total.value == 51_800_000_000)
        #expect(total.description == "51800000000 CNY")
        #expect(first.value < total.value)
        let values: [ExactDecimal] = [3, try ExactDecimal.parse("0.5"), -2]
        #expect(values.sorted() == [-2, try ExactDecimal.parse("0.5"), 3])
        var sum: ExactDecimal = 0
        for value in values { sum = try sum + value }
        #expect(sum == (try ExactDecimal.parse("1.50")))
        #expect(try first.ratio(to: total) == (try ExactDecimal.parse("0.7492277992277992278")))
        #expect(throws: QuantityError.mixedUnits(.yuan, .percent)) { try first.adding(Quantity(1, .percent)) }
    }
}
