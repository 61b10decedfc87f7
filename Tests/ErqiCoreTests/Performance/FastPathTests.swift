import Foundation
import Testing

@testable import ErqiCore

/// The fast paths of the loader and the reporters give exactly what the validated slow paths give.
/// Correctness only: no timing here (speed is measured by Benchmarks/ in release builds).
struct FastPathTests {
    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    static func slowParse(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    static func randomDecimalText(_ random: inout SplitMix64) -> String {
        let digits = Int.random(in: 1...24, using: &random)
        var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
        if Bool.random(using: &random), digits > 1 {
            let point = Int.random(in: 1..<digits, using: &random)
            text.insert(".", at: text.index(text.startIndex, offsetBy: point))
        }
        if Int.random(in: 0..<8, using: &random) == 0 { text = "000" + text }
        if Int.random(in: 0..<6, using: &random) == 0 { text += "00" }
        return Bool.random(using: &random) ? "-" + text : text
    }

    @Test func fastDecimalParsingGivesTheSameDecimalAsTheSlowPath() throws {
        var random = SplitMix64(seed: 20_250_630)
        var fast = 0
        var samples = [
            "0", "-0", "0.0", "1", "-1", "1.50", "150", "1500", "-12.50", "000123.4500", "9999999999999999999",
            "10000000000000000000", "1844674407370955161.5", "0.0000000000000000001", "51800000000", "0.9962",
        ]
        for _ in 0..<50_000 { samples.append(Self.randomDecimalText(&random)) }
        for text in samples {
            let expected = try #require(Self.slowParse(text), "\(text)")
            let parsed = try ExactDecimal.parse(text)
            #expect(Self.bytes(parsed) == Self.bytes(expected), "\(text)")
            #expect(parsed.description == expected.description, "\(text)")
            #expect(parsed.hashValue == expected.hashValue, "\(text)")
            if let value = Array(text.utf8).withUnsafeBufferPointer(ExactDecimal.plainValue) {
                fast += 1
                #expect(Self.bytes(value) == Self.bytes(expected), "\(text)")
            }
        }
        #expect(fast > 30_000)
    }

    @Test func fastDecimalParsingRejectsWhatTheSlowPathRejects() {
        for text in ["", "-", ".", "1.", ".5", "1..2", "1.2.3", "+1", " 1", "1 ", "1e5", "1,000", "--1", "1-", "١٢"] {
            let fast = Array(text.utf8).withUnsafeBufferPointer(ExactDecimal.plainValue)
            #expect(fast == nil, "\(text)")
            #expect(throws: QuantityError.self) { try ExactDecimal.parse(text) }
        }
    }

    @Test func plainTextEqualsDescription() throws {
        var random = SplitMix64(seed: 7)
        #expect(RawDecimalText.isUsable)
        var values: [Decimal] = [0, 1, -1, .nan, Decimal(UInt64.max), .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        for _ in 0..<20_000 {
            let value = try #require(Self.slowParse(Self.randomDecimalText(&random)))
            let divisor = Decimal(Int.random(in: 1...997, using: &random))
            values += [value, value / divisor, value * divisor, value - divisor, -value, value / 3]
        }
        for value in values {
            #expect(ExactDecimal.plainText(value) == value.description, "\(value.description)")
        }
    }

    @Test func truncatedDoubleEqualsGrowthAssessmentDouble() throws {
        var random = SplitMix64(seed: 99)
        var values: [Decimal] = [
            0, 1, -1, .nan, Decimal(UInt64.max), Decimal(sign: .plus, exponent: 100, significand: 7),
        ]
        for _ in 0..<5_000 {
            let value = try #require(Self.slowParse(Self.randomDecimalText(&random)))
            values += [value, value / 7, value * 1_000_003]
        }
        for value in values {
            let fast = try #require(RawDecimalText.truncatedDouble(value))
            let slow = GrowthAssessment.portableDouble(value)
            #expect(fast.bitPattern == slow.bitPattern || (fast.isNaN && slow.isNaN), "\(value)")
        }
    }

    @Test func whitespaceTrimmingMatchesFoundation() {
        let spaces = [
            "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{202F}",
            "\u{205F}", "\u{3000}",
        ]
        let others = ["a", "中", "\u{0301}", "\u{2028}", "\u{FEFF}", "\u{200C}", "x y", "\u{1F600}", "\u{85}", "0"]
        var random = SplitMix64(seed: 3)
        var samples = spaces + others + ["", "  ", " a ", "\u{3000}中文\u{3000}", " \u{0301}x "]
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &random)
            samples.append(
                (0..<count).map { _ in
                    Bool.random(using: &random)
                        ? spaces.randomElement(using: &random)! : others.randomElement(using: &random)!
                }.joined())
        }
        for text in samples {
            let bytes = Array(text.utf8)
            let range = CSVWhitespace.trimmed(bytes, 0..<bytes.count)
            #expect(String(decoding: bytes[range], as: UTF8.self) == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func fastPeriodAndDateParsingMatchTheSlowPath() {
        var samples = [
            "2025", "2025-03", "2025-H1", "2025-Q3", "2025-13", "2025-00", "2025-02-29", "2024-02-29",
            "2025-01-01..2025-03-31", "2025-03-31..2025-01-01", "2025-01-01..2025-02-30", "0000", "9999", "2021-2025",
            "2025-1-01", "2025/01/01", "２０２５", "2025-06-30", "0001-01-01..9999-12-31", "2025-01-01..2025-01-01",
        ]
        var random = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let year = Int.random(in: 0...10_000, using: &random)
            let month = Int.random(in: 0...13, using: &random)
            let day = Int.random(in: 0...32, using: &random)
            let text = String(format: "%04d-%02d-%02d", year, month, day)
            samples += [text, String(text.prefix(7)), String(text.prefix(4)), "2025-01-01.." + text]
        }
        for text in samples {
            let bytes = Array(text.utf8)
            let fastPeriod = bytes.withUnsafeBufferPointer(PlainTextParsing.period)
            let slowPeriod = try? Period(parsing: text)
            if let fastPeriod { #expect(fastPeriod == slowPeriod, "\(text)") }
            let fastDate = bytes.withUnsafeBufferPointer(PlainTextParsing.date)
            let slowDate = try? CalendarDate(iso: text)
            if let fastDate { #expect(fastDate == slowDate, "\(text)") }
            if bytes.count == 10 || bytes.count == 22 || bytes.count == 7 || bytes.count == 4,
                text.utf8.allSatisfy({ $0 < 0x80 }), slowPeriod != nil, !text.contains("H"), !text.contains("Q"),
                !(bytes.count == 9)
            {
                #expect(fastPeriod != nil, "\(text) should take the fast path")
            }
        }
    }

    /// The loader's first pass (no locations recorded) and the full pass build the same dataset.
    @Test func quickAndFullCSVPassesBuildTheSameDataset() throws {
        let targets = """
            plan,plan_title,plan_period,theme,theme_title,id,title,indicator,indicator_name,unit,direction,kind,period,deadline,comparator,requirement,upper,baseline,baseline_date,effective_on,reason,source,line
            u1,县1,2025,economy,经济, t1 ,投资,i1,固定资产投资,CNY,higherIsBetter,flow,2025,,atLeast,518亿元以上,,,,,,plan,3
            u1,,,economy,,t1,投资,i1,,,,,,,atLeast,500亿元,,,,2025-04-15,调整,plan,
            u1,,,"society/health",,t2,床位,i2,床位数,count:张,,stock,2025,2025-09-30,,1200,,1000,2024-12-31,,,plan,4
            u1,,,society,,t3,失业率,i3,失业率,percent,band,rate,2025,,between,0.03,0.055,,,,,plan,5

            """
        let observations = """
            id,indicator,period,value,approximation,source,comparability_note
            o1,i1,2025-01-01..2025-03-31,12000000000.50,,stats,
            o2,i1,2025-04,"3000000000",about,stats,
            o3,i2,2025-06-30,\u{3000}1100\u{3000},,stats,
            o4,i3,2025-06-30,4.2%,,stats,
            o5,i3,2025-05-31,0.05,nearly,stats,口径不同
            """
        let files: [CSVPlanFile.Table: SourceText] = [
            .targets: SourceText(file: "targets.csv", bytes: Array(targets.utf8)),
            .observations: SourceText(file: "observations.csv", bytes: Array(observations.utf8)),
        ]
        var quick = CSVPlanFile(recordingLocations: false)
        var full = CSVPlanFile()
        let quickResult = quick.decode(files)
        let fullResult = full.decode(files)
        let quickDataset = try #require(quickResult)
        let fullDataset = try #require(fullResult)
        #expect(quick.problems.isEmpty)
        #expect(quickDataset == fullDataset)
        let loaded = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Array(targets.utf8)), observations: ("observations.csv", Array(observations.utf8)))
        #expect(loaded == fullDataset)
        #expect(loaded.observations.count == 5)
        #expect(loaded.observations[2].value.value == 1100)
    }

    /// Operands like the evaluation's: figures from data (1 to 24 digits), 38-digit quotients, tiny and huge
    /// magnitudes, both signs.
    static func randomOperand(_ random: inout SplitMix64) throws -> Decimal {
        let value = try #require(Self.slowParse(Self.randomDecimalText(&random)))
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return value / Decimal(Int.random(in: 1...999_999, using: &random))
        case 1:
            let scale = Decimal(sign: .plus, exponent: Int.random(in: -60...60, using: &random), significand: 1)
            return value * scale
        case 2: return value * Decimal(UInt64.random(in: 1...UInt64.max, using: &random))
        default: return value
        }
    }

    @Test func quotientEqualsFoundationDivisionByteForByte() throws {
        #expect(DecimalQuotient.isUsable)
        var random = SplitMix64(seed: 38)
        var pairs: [(Decimal, Decimal)] = [
            (Decimal(string: "388.1")!, 518), (1, 3), (2, 3), (1, 7), (Decimal(string: "0.5")!, 3), (100, 3),
            (1, 2), (10, 4), (0, 5), (5, 0), (.nan, 2), (2, .nan), (-1, 3), (1, -3), (-6, -4),
            (.greatestFiniteMagnitude, 3), (.greatestFiniteMagnitude, Decimal(string: "0.001")!),
            (.leastNonzeroMagnitude, 3), (1, .greatestFiniteMagnitude), (Decimal(UInt64.max), 1),
            (Decimal(1) / Decimal(3), Decimal(182) / Decimal(366)),
            // Exponents 39 apart: Foundation truncates the denominator to the room it estimates.
            (
                Decimal(string: "207727968524243503770681")!,
                Decimal(string: "0.126857390769409460512610832750273612156")!
            ),
            // Underflow before trailing zeros are stripped: NaN.
            (
                Decimal(string: "-0.0000000000000000000000000000000000000000004153")!,
                Decimal(sign: .minus, exponent: 58, significand: 5)
            ),
        ]
        for _ in 0..<100_000 {
            pairs.append((try Self.randomOperand(&random), try Self.randomOperand(&random)))
        }
        var fast = 0
        for (lhs, rhs) in pairs {
            let expected = lhs / rhs
            #expect(Self.bytes(DecimalQuotient.quotient(lhs, rhs)) == Self.bytes(expected), "\(lhs) / \(rhs)")
            if DecimalQuotient.fastQuotient(lhs, rhs) != nil { fast += 1 }
        }
        // Nearly every pair takes the fast path; the rest (zeros, NaN, exponents out of range) fall back.
        #expect(fast > 90_000)
    }

    /// Pairs for the arithmetic: random operands as for the quotient, plus pairs of equal, opposite, zero and
    /// near values, and values far apart.
    static func arithmeticPairs(seed: UInt64) throws -> [(Decimal, Decimal)] {
        var random = SplitMix64(seed: seed)
        var pairs: [(Decimal, Decimal)] = [
            (0, 0), (0, 5), (5, 0), (-5, 0), (0, -5), (5, 5), (5, -5), (-5, 5), (.nan, 1), (1, .nan),
            (Decimal(string: "1.0")!, 1), (Decimal(string: "0.1")!, Decimal(string: "0.10")!),
            (.greatestFiniteMagnitude, .greatestFiniteMagnitude), (.greatestFiniteMagnitude, 1),
            (.leastNonzeroMagnitude, 1), (Decimal(1) / Decimal(3), Decimal(2) / Decimal(3)),
            (Decimal(sign: .plus, exponent: 127, significand: 1), Decimal(sign: .plus, exponent: 127, significand: 9)),
            (
                Decimal(sign: .plus, exponent: -128, significand: 1),
                Decimal(sign: .minus, exponent: -128, significand: 3)
            ),
        ]
        for _ in 0..<100_000 {
            let lhs = try randomOperand(&random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: pairs.append((lhs, lhs))
            case 1: pairs.append((lhs, -lhs))
            case 2: pairs.append((lhs, lhs * Decimal(Int.random(in: -3...3, using: &random))))
            default: pairs.append((lhs, try randomOperand(&random)))
            }
        }
        return pairs
    }

    @Test func sumAndDifferenceEqualFoundationByteForByte() throws {
        #expect(DecimalSum.isUsable)
        var fast = 0
        for (lhs, rhs) in try Self.arithmeticPairs(seed: 43) {
            #expect(Self.bytes(DecimalSum.sum(lhs, rhs)) == Self.bytes(lhs + rhs), "\(lhs) + \(rhs)")
            #expect(Self.bytes(DecimalSum.difference(lhs, rhs)) == Self.bytes(lhs - rhs), "\(lhs) - \(rhs)")
            if DecimalSum.fastSum(lhs, rhs) != nil { fast += 1 }
        }
        // Most pairs take the fast path; the rest (NaN, far apart, beyond 128 bits, zero results) fall back.
        #expect(fast > 50_000)
    }

    @Test func orderEqualsFoundations() throws {
        #expect(DecimalOrder.isUsable)
        var fast = 0
        for (lhs, rhs) in try Self.arithmeticPairs(seed: 44) {
            let expected: ComparisonResult =
                lhs < rhs ? .orderedAscending : lhs > rhs ? .orderedDescending : .orderedSame
            #expect(DecimalOrder.compare(lhs, rhs) == expected, "\(lhs) ? \(rhs)")
            #expect(DecimalOrder.isLess(lhs, than: rhs) == (lhs < rhs), "\(lhs) < \(rhs)")
            if DecimalOrder.fastCompare(lhs, rhs) != nil { fast += 1 }
        }
        #expect(fast > 50_000)
    }
}
