import ErqiCore
import Foundation
import Testing

/// Erqi's own exact decimal: parsing, exact `+ − ×` that throw instead of losing a digit, division rounded to 20
/// significant digits with ties to even, order and hashing by value, text, `Codable` and the bridge to Foundation.
struct ExactDecimalTests {
    static func value(_ text: String) -> ExactDecimal {
        Fixtures.decimal(text)
    }

    static let maximum = String(repeating: "9", count: 38)

    // MARK: - Parsing

    @Test(arguments: [
        ("007", "7"), ("-0", "0"), ("0.000", "0"), ("-0.0", "0"), ("1.50", "1.5"), ("00.0100", "0.01"),
        ("-12.50", "-12.5"), ("51800000000", "51800000000"), ("1" + String(repeating: "0", count: 40), "1e40"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
        (maximum, maximum), ("-" + maximum, "-" + maximum),
        ("0." + String(repeating: "0", count: 127) + "1", "1e-128"),
        ("1" + String(repeating: "0", count: 128), "1e128"),
    ])
    func parsesPlainDecimals(_ text: String, _ expected: String) throws {
        let value = try ExactDecimal.parse(text)
        let expectedText: String
        if expected.hasPrefix("1e") {
            let power = Int(expected.dropFirst(2)) ?? 0
            #expect(value == (try ExactDecimal(significand: 1, exponent: power)))
            expectedText =
                power >= 0
                ? "1" + String(repeating: "0", count: power)
                : "0." + String(repeating: "0", count: -power - 1) + "1"
        } else {
            expectedText = expected
        }
        #expect(value.description == expectedText)
        let fromBytes = try Array(text.utf8).withUnsafeBufferPointer { bytes in try ExactDecimal.parse(utf8: bytes) }
        #expect(fromBytes == value)
    }

    @Test func parsesTheLimitsOfTheSignificand() throws {
        let largest = try ExactDecimal.parse(Self.maximum)
        #expect(largest.significand == 99_999_999_999_999_999_999_999_999_999_999_999_999)
        #expect(largest.exponent == 0)
        #expect((try ExactDecimal.parse("-" + Self.maximum)).significand == -largest.significand)
        #expect(try ExactDecimal.parse("-0").significand == 0)
        #expect(try ExactDecimal.parse("1.50").significand == 15)
        #expect(try ExactDecimal.parse("1.50").exponent == -1)
    }

    @Test(arguments: [
        ("", 0, "empty text"), ("-", 0, "a digit is missing"), ("1.", 1, "a digit is missing"),
        (".5", 0, "a decimal point needs a digit before it"), ("1.2.3", 3, "a second decimal point"),
        (" 1", 0, "' ' is not a digit, '-' or '.'"), ("1e5", 1, "'e' is not a digit, '-' or '.'"),
        ("+1", 0, "'+' is not a digit, '-' or '.'"), ("1-", 1, "'-' is not a digit, '-' or '.'"),
        ("一2", 0, "'一' is not a digit, '-' or '.'"),
        ("1" + maximum, 0, "more than 38 significant digits would be rounded"),
        ("0." + String(repeating: "0", count: 128) + "1", 0, "out of the exact decimal range"),
        ("1" + String(repeating: "0", count: 170), 0, "out of the exact decimal range"),
    ])
    func rejectsWhatIsNotAPlainDecimal(_ text: String, _ offset: Int, _ reason: String) {
        let expected = QuantityError.invalidNumber(text: text, offset: offset, reason: reason)
        #expect(throws: expected) { try ExactDecimal.parse(text) }
        #expect(throws: expected) {
            try Array(text.utf8).withUnsafeBufferPointer { bytes throws(QuantityError) in
                try ExactDecimal.parse(utf8: bytes)
            }
        }
    }

    // MARK: - Exact arithmetic

    @Test func addsSubtractsAndMultipliesExactly() throws {
        #expect(try Self.value("388.1") + Self.value("129.9") == 518)
        #expect(try Self.value("0.1") + Self.value("0.2") == Self.value("0.3"))
        #expect(
            try Self.value("1") - Self.value("0.00000000000000000000000000000000000001")
                == Self.value("0." + Self.maximum))
        #expect(try Self.value(Self.maximum) + 1 == (try ExactDecimal(significand: 1, exponent: 38)))
        #expect(try Self.value("-2.5") * Self.value("0.4") == -1)
        #expect(
            try Self.value("12345678901234567890") * Self.value("98765432109876543210")
                == Self.value("1219326311370217952237463801111263526900"))
        // A product wider than 128 bits that ends in zeros still fits: 2^100 × 5^50 = 2^50 × 10^50.
        let twoTo100 = Self.value("1267650600228229401496703205376")
        let fiveTo50 = Self.value("88817841970012523233890533447265625")
        #expect(try twoTo100 * fiveTo50 == (try ExactDecimal(significand: 1_125_899_906_842_624, exponent: 50)))
    }

    @Test func arithmeticThatWouldLoseADigitThrows() {
        let largest = Self.value(Self.maximum)
        #expect(throws: QuantityError.overflow(operation: "addition")) { try largest + Self.value("0.1") }
        #expect(throws: QuantityError.overflow(operation: "subtraction")) { try -largest - Self.value("0.1") }
        #expect(throws: QuantityError.overflow(operation: "multiplication")) { try largest * 3 }
        #expect(throws: QuantityError.overflow(operation: "addition")) {
            try ExactDecimal(significand: 1, exponent: 100) + ExactDecimal(significand: 1, exponent: -100)
        }
        #expect(throws: QuantityError.overflow(operation: "multiplication")) {
            try ExactDecimal(significand: 1, exponent: 100) * ExactDecimal(significand: 1, exponent: 100)
        }
        #expect(throws: QuantityError.overflow(operation: "multiplication")) {
            try ExactDecimal(significand: 1, exponent: -100) * ExactDecimal(significand: 1, exponent: -100)
        }
        #expect(throws: QuantityError.overflow(operation: "construction")) {
            try ExactDecimal(significand: 1, exponent: 200)
        }
    }

    // MARK: - Division

    @Test(arguments: [
        ("388.1", "518", "0.7492277992277992278"), ("1", "3", "0.33333333333333333333"),
        ("2", "3", "0.66666666666666666667"), ("-2", "3", "-0.66666666666666666667"),
        ("1", "4", "0.25"), ("1", "8", "0.125"), ("20.8", "101", "0.20594059405940594059"),
        ("21170", "21720", "0.97467771639042357274"),
        (Self.maximum, "1", "100000000000000000000" + String(repeating: "0", count: 18)),
        // Ties at the 21st digit go to the even neighbour.
        ("100000000000000000005", "1", "100000000000000000000"),
        ("100000000000000000015", "1", "100000000000000000020"),
        ("100000000000000000025", "1", "100000000000000000020"),
        ("100000000000000000016", "1", "100000000000000000020"),
        ("-100000000000000000015", "1", "-100000000000000000020"),
        ("20000000000000000001", "2", "10000000000000000000"),
        ("20000000000000000003", "2", "10000000000000000002"),
        ("1", "0.00000000000000000000000000000000000007", "14285714285714285714000000000000000000"),
    ])
    func divisionRoundsToTwentySignificantDigitsTiesToEven(_ lhs: String, _ rhs: String, _ expected: String)
        throws
    {
        #expect(try (Self.value(lhs) / Self.value(rhs)).description == expected)
    }

    @Test func divisionBelowTheExponentRangeRoundsThereAndByZeroThrows() throws {
        let tiny = try ExactDecimal(significand: 1, exponent: -120)
        #expect(try tiny / 3 == (try ExactDecimal(significand: 33_333_333, exponent: -128)))
        #expect(try ExactDecimal(significand: 1, exponent: -128) / 3 == 0)
        #expect(
            try ExactDecimal(significand: 2, exponent: -128) / 3 == (try ExactDecimal(significand: 1, exponent: -128)))
        #expect(throws: QuantityError.divisionByZero(operation: "division")) { try Self.value("1") / 0 }
        #expect(throws: QuantityError.overflow(operation: "division")) {
            try ExactDecimal(significand: 1, exponent: 100) / ExactDecimal(significand: 1, exponent: -100)
        }
    }

    // MARK: - Order, equality, hashing

    @Test func comparesAcrossExponents() throws {
        #expect(Self.value("0.5") < 1)
        #expect(Self.value("100") > Self.value("99.999"))
        #expect(Self.value("-1.5") < Self.value("-1.4999"))
        #expect(Self.value("-0.001") < 0)
        #expect(try ExactDecimal(significand: 1, exponent: -128) > 0)
        #expect(try ExactDecimal(significand: 1, exponent: 38) > Self.value(Self.maximum))
        #expect(
            Self.value("0.00000000000000000000000000000000000002")
                > Self.value("0.000000000000000000000000000000000000019"))
        #expect(!(Self.value("1.50") < Self.value("1.5")) && !(Self.value("1.5") < Self.value("1.50")))
        #expect(min(Self.value("2.10"), Self.value("2.1")) == Self.value("2.1"))
    }

    /// The order agrees with the sign of the exact difference, for values of one scale (the fast path) and of
    /// different scales, both signs, zero and equal values.
    @Test func orderAgreesWithTheSignOfTheDifference() throws {
        var random = SplitMix64(seed: 18)
        var sameScale = 0
        var disagreements: [String] = []
        for _ in 0..<3_000 {
            let lhs = try ExactDecimal(
                significand: Int128(Int64.random(in: -1_000_000...1_000_000, using: &random)),
                exponent: Int.random(in: -6...6, using: &random))
            // One pair in four is the same value, written with or without trailing zeros.
            let rhs =
                Int.random(in: 0..<4, using: &random) == 0
                ? try ExactDecimal(significand: lhs.significand * 100, exponent: lhs.exponent - 2)
                : try ExactDecimal(
                    significand: Int128(Int64.random(in: -1_000_000...1_000_000, using: &random)),
                    exponent: Int.random(in: -6...6, using: &random))
            if lhs.exponent == rhs.exponent { sameScale += 1 }
            let difference = try lhs - rhs
            if (lhs < rhs) != (difference.significand < 0) || (rhs < lhs) != (difference.significand > 0),
                disagreements.count < 10
            {
                disagreements.append("\(lhs) vs \(rhs)")
            }
        }
        #expect(disagreements.isEmpty)
        #expect(sameScale > 100)
    }

    @Test func equalValuesAreEqualAndHashAlike() throws {
        let short = Self.value("1.5")
        let long = Self.value("1.50")
        #expect(short == long)
        #expect(short.hashValue == long.hashValue)
        #expect(Set([short, long, try ExactDecimal(significand: 150, exponent: -2)]).count == 1)
        #expect(Self.value("100") == ExactDecimal(100))
        #expect(ExactDecimal(95, decimalPlaces: 2) == Self.value("0.95"))
        #expect(Self.value("-0") == 0)
    }

    // MARK: - Text, Double, Codable, Foundation

    @Test func writesPlainTextNeverAnExponent() throws {
        #expect(ExactDecimal(-15).description == "-15")
        #expect(Self.value("0.001").description == "0.001")
        #expect(try ExactDecimal(significand: 12, exponent: 5).description == "1200000")
        #expect(
            try ExactDecimal(significand: -7, exponent: -30).description == "-0." + String(repeating: "0", count: 29)
                + "7")
        #expect(Self.value("2.5").rounded(places: 0) == 3)
        #expect(Self.value("-2.5").rounded(places: 0) == -3)
        #expect(Self.value("0.74922779922779922780").rounded(places: 3) == Self.value("0.749"))
    }

    /// The plain-text bytes writers append are exactly the bytes of `description`, at the limits of the type too.
    @Test func plainTextBytesAreTheDescriptionsBytes() throws {
        let values: [ExactDecimal] = [
            .zero, ExactDecimal(-15), Self.value("0.001"), Self.value("388.1"),
            try ExactDecimal(significand: 12, exponent: 127), try ExactDecimal(significand: -7, exponent: -128),
            try ExactDecimal(significand: 99_999_999_999_999_999_999_999_999_999_999_999_999, exponent: -3),
            try ExactDecimal(significand: -99_999_999_999_999_999_999_999_999_999_999_999_999, exponent: 2),
        ]
        for value in values {
            let bytes = value.withPlainTextBytes { Array($0) }
            #expect(bytes == Array(value.description.utf8), "\(value)")
        }
        #expect(Self.value("-0.5").withPlainTextBytes { String(decoding: $0, as: UTF8.self) } == "-0.5")
    }

    @Test func convertsToDoubleForDisplay() {
        #expect(Double(Self.value("0.1")) == 0.1)
        #expect(Double(Self.value("-2.5")) == -2.5)
        #expect(Double(Self.value("12345678901234567890")) == 1.2345678901234567e19)
        #expect(Double(Self.value("0.7492277992277992278")) == 0.7492277992277992)
    }

    @Test func codableRoundTripAsExactText() throws {
        let values = [Self.value("1.50"), Self.value("-0.001"), Self.value(Self.maximum), 0]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self) == "[\"1.5\",\"-0.001\",\"\(Self.maximum)\",\"0\"]")
        #expect(try JSONDecoder().decode([ExactDecimal].self, from: data) == values)
        // The JSON report writes figures as numbers; those read back exactly too.
        #expect(
            try JSONDecoder().decode([ExactDecimal].self, from: Data("[388.1, 0.7492277992277992278]".utf8))
                == [Self.value("388.1"), Self.value("0.7492277992277992278")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ExactDecimal].self, from: Data("[\"1e5\"]".utf8))
        }
    }

    @Test func bridgesToAndFromFoundationDecimalExactly() throws {
        for text in [
            "388.1", "-0.001", Self.maximum, "0", "1" + String(repeating: "0", count: 40), "0.00000000000000000001",
        ] {
            let foundation = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
            let exact = try ExactDecimal(foundation)
            #expect(exact == Self.value(text), "\(text)")
            #expect(Decimal(exact) == foundation, "\(text)")
        }
        #expect(throws: QuantityError.self) { try ExactDecimal(Decimal.nan) }
    }

    /// Seeded random operands that fit: `+ − ×` agree with Foundation's `Decimal` whenever Erqi's result exists,
    /// and Erqi refuses only results that need more than 38 digits.
    @Test func arithmeticAgreesWithFoundationDecimal() throws {
        var random = SplitMix64(seed: 0xDEC1_3A1)
        var compared = 0
        var refused = 0
        for _ in 0..<3_000 {
            let operands = try (0..<2).map { _ in
                let digits = Int.random(in: 1...18, using: &random)
                let significand = Int128(
                    Int64.random(in: 0...Int64.max, using: &random) % Int64(pow(10, Double(digits))))
                let negative = Bool.random(using: &random)
                return try ExactDecimal(
                    significand: negative ? -significand : significand,
                    exponent: Int.random(in: -20...20, using: &random))
            }
            let (a, b) = (operands[0], operands[1])
            let (x, y) = (Decimal(a), Decimal(b))
            // Each case: Erqi's result, Foundation's, and how to undo the operation exactly (to show that a result
            // Erqi refused was rounded by Foundation).
            let cases: [(ExactDecimal?, Decimal, (ExactDecimal) -> ExactDecimal?, ExactDecimal)] = [
                (try? a + b, x + y, { try? $0 - a }, b),
                (try? a - b, x - y, { try? $0 + b }, a),
                (try? a * b, x * y, { _ in nil }, b),
            ]
            for (exact, foundation, undo, operand) in cases {
                guard let exact else {
                    // Refused only where the exact result needs more than 38 digits: Foundation's is then rounded.
                    if let rounded = try? ExactDecimal(foundation) { #expect(undo(rounded) != operand, "\(a) \(b)") }
                    refused += 1
                    continue
                }
                #expect(Decimal(exact) == foundation, "\(a) \(b) → \(exact) vs \(foundation)")
                compared += 1
            }
        }
        #expect(compared > 7_000)
        #expect(refused > 10)
    }
}
