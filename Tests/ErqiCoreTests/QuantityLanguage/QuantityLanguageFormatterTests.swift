import ErqiCore
import Foundation
import Testing

/// SplitMix64: a tiny seeded generator, so that a failing round trip reproduces from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func decimal(_ text: String) -> ExactDecimal {
    do { return try ExactDecimal.parse(text) } catch { preconditionFailure("bad test decimal \(text)") }
}

struct QuantityLanguageFormatterTests {
    static let zhReport = QuantityFormatter()
    static let zhPlain = QuantityFormatter(style: .plain)
    static let enPlain = QuantityFormatter(style: .plain, language: .en)
    static let enReport = QuantityFormatter(style: .report, language: .en)

    /// Plain text of values with up to 38 significant digits (beyond 64 bits) and exponents on both sides of the
    /// point has every digit of the value, in order, grouped by thousands.
    @Test func plainTextHasEveryDigitOfLongSignificands() throws {
        var random = SplitMix64(seed: 18)
        for _ in 0..<2_000 {
            let digits = Int.random(in: 1...38, using: &random)
            var significand: Int128 = 0
            for _ in 0..<digits { significand = significand * 10 + Int128(Int.random(in: 0...9, using: &random)) }
            if Bool.random(using: &random) { significand = -significand }
            let value = try ExactDecimal(significand: significand, exponent: Int.random(in: -45...12, using: &random))
            let text = Self.zhPlain.string(Quantity(value: value, unit: .count(measureWord: nil)))
            #expect(text.replacingOccurrences(of: ",", with: "") == ExactDecimal.plainText(value), "\(value)")
            let integer = text.split(separator: ".")[0].split(separator: "-").last.map(String.init) ?? ""
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            #expect((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }, "\(text)")
        }
    }

    @Test(arguments: [
        (Quantity(value: decimal("51800000000"), unit: .yuan), Approximation.exact, "518亿元"),
        (Quantity(value: decimal("38810000000"), unit: .yuan), .exact, "388.1亿元"),
        (Quantity(value: decimal("12000"), unit: .count(measureWord: "个")), .exact, "1.2万个"),
        (Quantity(value: decimal("0.9962"), unit: .percent), .exact, "99.62%"),
        (Quantity(value: decimal("0.03"), unit: .percentagePoints), .exact, "3个百分点"),
        (Quantity(value: decimal("1.64"), unit: .multiple), .exact, "1.64倍"),
        (Quantity(value: decimal("132000"), unit: .count(measureWord: "户")), .moreThan, "13.2万余户"),
        (Quantity(value: decimal("200"), unit: .count(measureWord: "项")), .nearly, "近200项"),
        (Quantity(value: decimal("300"), unit: .count(measureWord: nil)), .about, "约300"),
        (Quantity(value: decimal("14830"), unit: .count(measureWord: "套")), .exact, "14830套"),
        (Quantity(value: decimal("2800000"), unit: .squareMetres), .exact, "280万平方米"),
        (Quantity(value: decimal("68.45"), unit: .squareKilometres), .exact, "68.45平方公里"),
        (Quantity(value: decimal("3"), unit: .years), .moreThan, "3年多"),
        (Quantity(value: decimal("3000000000000"), unit: .yuan), .exact, "3万亿元"),
        (Quantity(value: decimal("-0.05"), unit: .percent), .exact, "-5%"),
        (Quantity(value: decimal("12345.6"), unit: .yuan), .exact, "12345.6元"),
        (Quantity(value: decimal("234"), unit: .days), .exact, "234天"),
        (Quantity(value: decimal("6"), unit: .months), .exact, "6个月"),
    ])
    func reportStyleInChinese(quantity: Quantity, approximation: Approximation, expected: String) {
        #expect(Self.zhReport.string(quantity, approximation: approximation) == expected)
    }

    @Test func plainStyleAndEnglish() {
        let investment = Quantity(value: decimal("51800000000"), unit: .yuan)
        #expect(Self.zhPlain.string(investment) == "51,800,000,000元")
        #expect(Self.enPlain.string(investment) == "51,800,000,000 yuan")
        #expect(Self.enReport.string(investment) == "51.8 billion yuan")
        #expect(Self.enPlain.string(Quantity(value: decimal("0.9962"), unit: .percent)) == "99.62%")
        #expect(Self.enPlain.string(Quantity(value: decimal("0.03"), unit: .percentagePoints)) == "3 percentage points")
        #expect(
            Self.enPlain.string(
                Quantity(value: decimal("132000"), unit: .count(measureWord: "户")), approximation: .moreThan)
                == "more than 132,000 户")
        #expect(
            Self.enPlain.string(Quantity(value: decimal("12345.678"), unit: .count(measureWord: nil))) == "12,345.678")
    }

    @Test func decimalPlacesRoundHalfAwayFromZeroAndPad() {
        #expect(
            QuantityFormatter(decimalPlaces: 1).string(Quantity(value: decimal("0.9962"), unit: .percent)) == "99.6%")
        #expect(
            QuantityFormatter(decimalPlaces: 2).string(Quantity(value: decimal("51800000000"), unit: .yuan))
                == "518.00亿元")
        #expect(
            QuantityFormatter(decimalPlaces: 1).string(Quantity(value: decimal("38815000000"), unit: .yuan))
                == "388.2亿元")
        #expect(
            QuantityFormatter(style: .plain, decimalPlaces: 2).string(
                Quantity(value: decimal("-0.125"), unit: .count(measureWord: nil))) == "-0.13")
        #expect(
            QuantityFormatter(decimalPlaces: 0).string(Quantity(value: decimal("0.4"), unit: .count(measureWord: "个")))
                == "0个")
    }

    @Test(arguments: [zhReport, zhPlain, enPlain, enReport])
    func formattedFiguresOfTheSourcesParseBack(_ formatter: QuantityFormatter) throws {
        for row in ParseTable.all {
            let parsed = try QuantityLanguage.parse(row.input)
            let written = formatter.string(parsed.quantity, approximation: parsed.approximation)
            let again = try QuantityLanguage.parse(written)
            #expect(again.quantity == parsed.quantity, "\(row.input) → \(written)")
            #expect(again.approximation == parsed.approximation, "\(row.input) → \(written)")
        }
    }

    /// Format then parse gives the same exact value, unit and approximation, for random exact values.
    @Test(arguments: [0x5EED_0001, 0x5EED_0002, 0x5EED_0003, 0x5EED_0004] as [UInt64])
    func formatThenParseRoundTrips(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let units: [QuantityUnit] = [
            .yuan, .count(measureWord: nil), .count(measureWord: "个"), .count(measureWord: "户"),
            .count(measureWord: "人次"), .count(measureWord: "床位"), .percent, .percentagePoints, .multiple, .days,
            .months, .years, .squareMetres, .squareKilometres, .mu, .metres, .kilometres, .hectares, .cubicMetres,
            .tonnes, .kilograms, .microgramsPerCubicMetre,
        ]
        for iteration in 0..<500 {
            let digitCount = Int.random(in: 1...ExactDecimal.maximumSignificantDigits, using: &generator)
            let digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let significand = try ExactDecimal.parse(digits).significand
            let exponent = Int.random(in: -60...60, using: &generator)
            let negative = Bool.random(using: &generator)
            let value = try ExactDecimal(significand: negative ? -significand : significand, exponent: exponent)
            let unit = units[Int.random(in: 0..<units.count, using: &generator)]
            let approximation = Approximation.allCases[Int.random(in: 0..<4, using: &generator)]
            let quantity = Quantity(value: value, unit: unit)
            for formatter in [Self.zhReport, Self.zhPlain, Self.enPlain, Self.enReport] {
                let written = formatter.string(quantity, approximation: approximation)
                let again = try QuantityLanguage.parse(written)
                #expect(
                    again.quantity == quantity && again.approximation == approximation,
                    "seed \(seed) iteration \(iteration): \(quantity) \(approximation) → '\(written)' → \(again.quantity)"
                )
            }
        }
    }

    /// Random text over the language's own alphabet never traps, and whatever parses formats and parses back.
    @Test(arguments: [0xF022_0001, 0xF022_0002] as [UInt64])
    func randomTextNeverTrapsAndRoundTrips(seed: UInt64) throws {
        let alphabet = Array(
            "0123456789.,，%-负零〇一二两三四五六七八九十百千万亿壹贰叁拾佰仟廿点分之余多近约以上下内超过不到个户元年倍"
                + "平方米公里人次\n 第月日“”、PM")
        var generator = SplitMix64(seed: seed)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            _ = try? QuantityLanguage.parseNumber(text)
            var found = QuantityLanguage.extract(from: text)
            if let parsed = try? QuantityLanguage.parse(text) { found.append(parsed) }
            for quantity in found {
                for formatter in [Self.zhReport, Self.zhPlain, Self.enPlain, Self.enReport] {
                    let written = formatter.string(quantity.quantity, approximation: quantity.approximation)
                    let again = try QuantityLanguage.parse(written)
                    #expect(again.quantity == quantity.quantity, "'\(text)' → '\(written)'")
                    #expect(again.approximation == quantity.approximation, "'\(text)' → '\(written)'")
                }
            }
        }
    }
}
