// libFuzzer target for the five reporters. Built and run by `scripts/fuzz reporters SECONDS`.
//
// The input is a small program: `FuzzInput` reads it byte by byte (zeros once it runs out, so every input
// describes a finite scorecard) and `ScorecardBuilder` turns it into report options and a `Scorecard` whose
// every text, number, status and date is chosen by the input. Texts come from a pool of hostile strings
// (quotes, CR/LF, CSV formulas, `<script>`, pipes, bidi overrides, emoji, controls, noncharacters, …), from
// raw input bytes decoded as UTF-8, or from arbitrary scalars. Decimals range from tiny to huge (an ExactDecimal
// has no NaN); growth rates can be infinite or NaN.
//
// Layout: byte 0 chooses the reporter to check (its value modulo 5: text, CSV, JSON, Markdown, HTML), so
// that one execution writes one report and every reporter gets a fifth of the executions; byte 1 chooses the
// options (bit 0 English, bit 1 plain numbers, bit 2 decimal places given (byte 2
// says how many, -4…27 before clamping), bit 3 colour, bit 4 line width given (next byte), bit 5 wide
// ambiguous characters, bit 6 byte-order mark, bit 7 compact JSON); the rest builds the scorecard.
//
// The scorecard is written by the chosen reporter (or by those listed in ERQI_FUZZ_REPORTERS) with those
// options and checked:
// - text: no control, bidi or line-separator character from data; with a line width, no line wider than it
//   (after removing colour escapes); without colour, no escape at all;
// - CSV: a byte-order mark exactly when asked; parses as RFC 4180 (a tiny reader below) into rows of the
//   header's width; the header is `CSVReporter.columns`; the rows equal `CSVReporter.rows`; every text cell
//   is neutralised (cannot start a formula) and every number cell is a plain decimal;
// - JSON: decodes with `JSONDecoder` into an equal scorecard (it may refuse only a scorecard holding NaN or
//   an infinite rate, with `JSONReporterError`);
// - Markdown: no `<` and no control characters; every table row has as many cells as its header;
// - HTML: every tag is one the reporter writes (so no `<script`), with balanced quotes, no event handler,
//   properly nested, and no raw `>` in text.
// Nothing may trap; a violated check is a deliberate trap, so libFuzzer records the input as a crash.

import ErqiCSVReporter
import ErqiCore
import ErqiReporting
import ErqiHTMLReporter
import ErqiJSONReporter
import ErqiMarkdownReporter
import ErqiTextReporter
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func reportersFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var builder = ScorecardBuilder(input: FuzzInput(bytes: UnsafeBufferPointer(start: data, count: size)))
    let chosen = allReporters[Int(builder.input.byte()) % allReporters.count]
    let checks = listedReporters ?? [chosen]
    let (options, prettyPrinted) = builder.options()
    let scorecard = builder.scorecard()
    if checks.contains("text") { checkText(scorecard, options) }
    if checks.contains("csv") { checkCSV(scorecard, options) }
    if checks.contains("json") {
        checkJSON(scorecard, options, prettyPrinted: prettyPrinted, unrepresentable: builder.unrepresentable)
    }
    if checks.contains("markdown") { checkMarkdown(scorecard, options) }
    if checks.contains("html") { checkHTML(scorecard, options) }
    return 0
}

private let allReporters = ["text", "csv", "json", "markdown", "html"]

/// The reporters listed in ERQI_FUZZ_REPORTERS (comma-separated), checked on every input instead of the one
/// the input chooses: to replay an input through all of them (`ERQI_FUZZ_REPORTERS=text,csv,json,markdown,html`)
/// or to profile one.
private let listedReporters: Set<String>? = {
    guard let list = ProcessInfo.processInfo.environment["ERQI_FUZZ_REPORTERS"] else { return nil }
    return Set(list.split(separator: ",").map(String.init)).intersection(allReporters)
}()

private func fail(_ message: String) -> Never { fatalError(message) }

private func render(_ reporter: some Reporter, _ scorecard: Scorecard) -> String {
    do {
        return try reporter.render(scorecard)
    } catch {
        fail("\(reporter.format.name) threw \(error)")
    }
}

// MARK: - Input

struct FuzzInput {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// A number in the range, from as few bytes as the range needs.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let largest = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        var value: UInt64 = 0
        var covered: UInt64 = 0
        while covered < largest {
            value = value << 8 | UInt64(byte())
            covered = covered << 8 | 0xFF
        }
        let offset = largest == .max ? value : value % (largest + 1)
        return range.lowerBound &+ Int(truncatingIfNeeded: offset)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func take(_ count: Int) -> [UInt8] { (0..<count).map { _ in byte() } }
}

// MARK: - Building a scorecard

private let hostileTexts: [String] = [
    "He said \"hi\", then left", "a,b,c", "line one\r\nline two\nline three\rend", "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>", "<SCRIPT src=x>", "| pipe | in | table |", "二七区老旧小区改造提质",
    "emoji 👩‍👩‍👧 🇨🇳 ✅ 🏗️", "مرحبا بالعالم — עברית \u{202E}override\u{202C} end", "\u{2066}isolate\u{2069}",
    String(repeating: "很长很长的名字", count: 12), "-15", "+1", "@SUM(A1:A2)", "\tleading tab", "'apostrophe",
    "`code` *bold* _it_ [link](javascript:alert(1)) ![img](x) # head", "&amp; &lt;b&gt;",
    "\u{1B}[31mred\u{1B}[0m bell\u{07}", "</style></title><img src=x onerror=alert(1)>", "\" onmouseover=\"x",
    "\u{0}", "\u{7F}\u{85}\u{9B}", "\u{2028}\u{2029}", "\u{FEFF}bom", "\u{FFFD}", noncharacters,
    "\u{301}combining", "e\u{301}\u{302}\u{303}", "\u{200B}\u{200D}\u{2060}", "“quoted” — …① ×",
    "ｆｕｌｌｗｉｄｔｈ", "\u{1F1E8}", "\u{E0001}tag", "\\", "\\|", "a\\", "--", "=", "0", "-0", "1e5", "NaN",
    "count:个", "x y", "Ω", "😀", "]]>", "<!--", "-->", "{{x}}", "${x}", "%s%n", "\r", "\n", "\r\n", " ",
]

private let interestingScalars: [Unicode.Scalar] =
    [
        "\"", ",", "\r", "\n", "\t", "|", "<", ">", "&", "'", "=", "+", "-", "@", "\\", "*", "_", "`", "#", "~", "[",
        "]", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{202E}", "\u{2067}", "\u{200D}",
        "\u{FE0F}", "\u{301}", "\u{FEFF}", "\u{FFFD}", "二", "七", "…", "—", "①", "😀", "\u{1F1E8}",
        "ｗ",
    ] + [0xFFFF, 0xFDD0, 0x10FFFF, 0xE000].compactMap(Unicode.Scalar.init)

/// Noncharacters, which Swift string literals refuse.
private let noncharacters = String(
    String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x10FFFF].compactMap(Unicode.Scalar.init)))

struct ScorecardBuilder {
    var input: FuzzInput
    /// Whether the scorecard holds a value JSON cannot write (a NaN decimal, a non-finite double).
    var unrepresentable = false

    init(input: FuzzInput) { self.input = input }

    mutating func bool() -> Bool { input.bool() }
    mutating func int(_ range: ClosedRange<Int>) -> Int { input.int(range) }
    mutating func maybe<T>(_ make: (inout ScorecardBuilder) -> T) -> T? { bool() ? make(&self) : nil }
    mutating func pick<T>(_ items: [T]) -> T { input.pick(items) }
    mutating func list<T>(_ count: ClosedRange<Int>, _ make: (inout ScorecardBuilder) -> T) -> [T] {
        (0..<int(count)).map { _ in make(&self) }
    }

    mutating func options() -> (ReportOptions, prettyPrinted: Bool) {
        let flags = input.byte()
        let places = input.byte()
        let bit = { (n: UInt8) in flags & (1 << n) != 0 }
        let options = ReportOptions(
            language: bit(0) ? .en : .zh, numberStyle: bit(1) ? .plain : .report,
            decimalPlaces: bit(2) ? Int(places % 32) - 4 : nil, colour: bit(3),
            lineWidth: bit(4) ? Int(input.byte()) : nil, ambiguousWidth: bit(5) ? .wide : .narrow,
            byteOrderMark: bit(6))
        return (options, !bit(7))
    }

    mutating func text() -> String {
        var result = ""
        for _ in 0..<int(0...3) {
            switch input.byte() % 8 {
            case 0, 1, 2, 3: result += pick(hostileTexts)
            case 4:
                result += String(decoding: input.take(int(0...12)), as: UTF8.self)
            case 5:
                var scalars = String.UnicodeScalarView()
                for _ in 0..<int(0...6) { scalars.append(pick(interestingScalars)) }
                result += String(scalars)
            case 6:
                let value = UInt32(int(0...0x10FFFF))
                result.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default:
                result += String(repeating: pick(["二七", "a", "|", "\"", "😀", "\r\n"]), count: int(0...60))
            }
        }
        return result
    }

    mutating func decimal() -> ExactDecimal {
        switch input.byte() % 16 {
        case 0: return 0
        case 1: return 1
        case 2: return -1
        case 3:
            // The extremes: the smallest magnitude and the largest significand at the largest exponent.
            let largest = Int128(String(repeating: "9", count: ExactDecimal.maximumSignificantDigits)) ?? 1
            let extremes = [(1, -128), (-1, -128), (largest, 127), (-largest, 127)]
            let (significand, exponent) = pick(extremes)
            return (try? ExactDecimal(significand: significand, exponent: exponent)) ?? 0
        default:
            var significand: UInt64 = 0
            for _ in 0..<int(1...8) { significand = significand << 8 | UInt64(input.byte()) }
            let exponent = bool() ? int(-10...10) : int(-60...60)
            let signed = Int128(significand)
            // At most 20 digits and an exponent within ±60: always representable.
            return (try? ExactDecimal(significand: bool() ? -signed : signed, exponent: exponent)) ?? 0
        }
    }

    mutating func double() -> Double {
        switch input.byte() % 4 {
        case 0: return Double(int(-2000...2000)) / 1000
        case 1:
            var bits: UInt64 = 0
            for _ in 0..<8 { bits = bits << 8 | UInt64(input.byte()) }
            return Double(bitPattern: bits)
        case 2: return pick([.infinity, -.infinity, .nan, .greatestFiniteMagnitude, .leastNonzeroMagnitude, -0.0])
        default: return Double(int(1...500)) / 1000
        }
    }

    mutating func unit() -> QuantityUnit {
        switch input.byte() % 16 {
        case 0: return .count(measureWord: nil)
        case 1:
            // Any text, empty or starting with a combining mark (both once failed to decode).
            let word = text()
            return .count(measureWord: word.isEmpty ? nil : word)
        case 2: return .count(measureWord: "个")
        case 3: return .count(measureWord: "户,\"\r\n|<b>")
        default:
            return pick([
                .yuan, .percent, .percentagePoints, .multiple, .days, .months, .years, .squareMetres,
                .squareKilometres, .mu, .metres, .kilometres,
            ])
        }
    }

    mutating func quantity(_ unit: QuantityUnit) -> Quantity { Quantity(value: decimal(), unit: unit) }

    mutating func date() -> CalendarDate {
        let dayNumber =
            bool() ? int(14_610...22_279) : int(-719_162...2_932_896)  // 2010–2030 mostly, else years 1–9999
        guard let date = try? CalendarDate(dayNumber: dayNumber) else { fail("day \(dayNumber) is in range") }
        return date
    }

    mutating func period() -> Period {
        let first = date()
        let last = (try? first.adding(days: bool() ? int(0...400) : int(0...4_000_000))) ?? first
        guard let period = try? Period(start: first, end: last) else { fail("\(first)...\(last) is a period") }
        return period
    }

    mutating func localized() -> LocalizedText { LocalizedText(zh: text(), en: maybe { $0.text() }) }

    mutating func citation() -> SourceCitation {
        SourceCitation(
            source: Source.ID(text()), line: maybe { $0.bool() ? $0.int(1...9999) : $0.int(Int.min...Int.max) },
            literal: maybe { $0.text() })
    }

    mutating func requirement(_ unit: QuantityUnit) -> Requirement {
        let value = quantity(unit)
        let comparator = pick(ComparisonOperator.allCases)
        if comparator == .between {
            let other = quantity(unit)
            let (lower, upper) = value.value <= other.value ? (value, other) : (other, value)
            return (try? Requirement(between: lower, and: upper)) ?? .atLeast(value)
        }
        return (try? Requirement(comparator, value)) ?? .atLeast(value)
    }

    mutating func observation(_ unit: QuantityUnit) -> Observation {
        Observation(
            id: Observation.ID(text()), indicator: Indicator.ID(text()), period: period(), value: quantity(unit),
            approximation: pick(Approximation.allCases), quality: pick(ObservationQuality.allCases),
            citation: maybe { $0.citation() }, comparabilityNote: maybe { LocalizedText(zh: $0.text()) },
            note: maybe { LocalizedText(zh: $0.text()) })
    }

    mutating func indicator(_ unit: QuantityUnit? = nil) -> Indicator {
        Indicator(
            id: Indicator.ID(text()), name: localized(), unit: unit ?? self.unit(),
            direction: pick(Direction.allCases), kind: pick(IndicatorKind.allCases))
    }

    mutating func target() -> Target {
        let unit = unit()
        return Target(
            id: Target.ID(text()), title: localized(), indicator: Indicator.ID(text()), period: period(),
            requirement: requirement(unit),
            baseline: maybe {
                Baseline(value: $0.quantity(unit), date: $0.maybe { $0.date() }, citation: $0.maybe { $0.citation() })
            },
            deadline: maybe { $0.date() },
            revisions: list(0...2) {
                TargetRevision(
                    effectiveOn: $0.date(), requirement: $0.requirement($0.bool() ? unit : $0.unit()),
                    citation: $0.maybe { $0.citation() },
                    reason: $0.maybe { LocalizedText(zh: $0.text()) })
            },
            trajectory: maybe {
                Trajectory(checkpoints: $0.list(0...2) { .init(date: $0.date(), share: $0.decimal()) })
            },
            weight: decimal(), citation: maybe { $0.citation() },
            note: maybe { LocalizedText(zh: $0.text()) })
    }

    mutating func issue() -> EvaluationIssue {
        switch int(0...8) {
        case 0:
            return .conflictingFigures(used: Observation.ID(text()), others: list(0...2) { Observation.ID($0.text()) })
        case 1: return .observationUnitMismatch(observation: Observation.ID(text()), expected: unit(), found: unit())
        case 2: return .requirementUnitMismatch(expected: unit(), found: unit())
        case 3: return .unknownIndicator(Indicator.ID(text()))
        case 4: return .coverageGap(observations: list(0...2) { Observation.ID($0.text()) })
        case 5: return .calculation(.notPositive(name: text(), value: decimal()))
        case 6: return .calculation(.zeroDivisor(name: text()))
        case 7: return .calculation(.quantity(.mixedUnits(unit(), unit())))
        default: return .calculation(.targetEqualsBaseline(target: decimal(), baseline: decimal()))
        }
    }

    mutating func evaluation() -> TargetEvaluation {
        let target = target()
        let unit = target.requirement.unit
        var evaluation = TargetEvaluation(
            target: target, indicator: maybe { $0.indicator($0.bool() ? unit : nil) }, asOf: date())
        evaluation.status = pick(EvaluationStatus.allCases)
        evaluation.reason = maybe { $0.pick(StatusReason.allCases) }
        evaluation.actual = maybe { $0.decimal() }
        evaluation.actualApproximation = pick(Approximation.allCases)
        evaluation.actualQuality = maybe { $0.pick(ObservationQuality.allCases) }
        evaluation.actualDate = maybe { $0.date() }
        evaluation.check = maybe { $0.pick([RequirementCheck.holds, .fails, .undetermined]) }
        evaluation.observationsUsed = list(0...2) { $0.observation($0.bool() ? unit : $0.unit()) }
        evaluation.observationsSuperseded = list(0...1) { $0.observation(unit) }
        evaluation.observationsNotComparable = list(0...2) { $0.observation(unit) }
        var figures = EvaluationFigures()
        figures.completion = maybe { $0.decimal() }
        figures.completionOfOriginal = maybe { $0.decimal() }
        figures.gapClosed = maybe { $0.decimal() }
        figures.expectedProgress = maybe { $0.decimal() }
        figures.paceRatio = maybe { $0.decimal() }
        figures.projection = maybe { $0.decimal() }
        figures.shortfall = maybe { $0.decimal() }
        figures.requiredPerYear = maybe { $0.decimal() }
        figures.requiredPerMonth = maybe { $0.decimal() }
        if bool() {
            let policy = EvaluationPolicy(growthOnTrackRatio: double(), growthAccelerationRatio: double())
            figures.growth = try? GrowthAssessment(observedRate: double(), requiredRate: double(), policy: policy)
            if let growth = figures.growth,
                !growth.observedRate.isFinite || !growth.requiredRate.isFinite || !growth.ratio.isFinite
            {
                unrepresentable = true
            }
        }
        evaluation.figures = figures
        evaluation.issues = list(0...2) { $0.issue() }
        return evaluation
    }

    mutating func milestone() -> MilestoneEvaluation {
        let milestone = Milestone(
            id: Milestone.ID(text()), title: localized(), due: date(),
            evidence: list(0...2) { .init(date: $0.date(), isDone: $0.bool(), citation: $0.maybe { $0.citation() }) },
            weight: decimal(), citation: maybe { $0.citation() })
        return MilestoneEvaluation(milestone: milestone, asOf: date())
    }

    mutating func rollup() -> Rollup {
        var rollup = Rollup()
        for status in EvaluationStatus.allCases { rollup.counts[status] = bool() ? int(0...5) : int(0...1_000_000) }
        rollup.meanProgress = maybe { $0.decimal() }
        rollup.progressCount = int(0...1_000_000)
        rollup.excluded = list(0...2) { Rollup.Exclusion(item: $0.text(), reason: $0.pick(Rollup.Reason.allCases)) }
        return rollup
    }

    mutating func theme(depth: Int) -> ThemeScorecard {
        ThemeScorecard(
            id: Theme.ID(text()), title: localized(), rollup: rollup(),
            themes: depth > 0 ? list(0...2) { $0.theme(depth: depth - 1) } : [],
            targets: list(0...3) { $0.evaluation() }, milestones: list(0...2) { $0.milestone() })
    }

    mutating func scorecard() -> Scorecard {
        let policy = EvaluationPolicy(
            aheadThreshold: decimal(), onTrackThreshold: decimal(), atRiskThreshold: decimal(),
            approximationTolerance: decimal(), growthOnTrackRatio: Double(int(0...100)) / 100,
            growthAccelerationRatio: Double(int(0...100)) / 100)
        let plans = list(0...2) {
            PlanScorecard(
                id: Plan.ID($0.text()), title: $0.localized(), period: $0.period(),
                source: $0.maybe { Source.ID($0.text()) }, rollup: $0.rollup(),
                themes: $0.list(0...2) { $0.theme(depth: 1) })
        }
        let sources = list(0...2) {
            Source(
                id: Source.ID($0.text()), title: $0.localized(), publishedOn: $0.maybe { $0.date() },
                locator: $0.text(), note: $0.maybe { LocalizedText(zh: $0.text()) })
        }
        return Scorecard(
            asOf: date(), policy: policy, plans: plans, rollup: rollup(), sources: sources,
            indicators: list(0...3) { $0.indicator() }, achievements: list(0...3) { $0.observation($0.unit()) })
    }
}

// MARK: - Text

private func isForbiddenInTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

private func withoutColour(_ line: Substring) -> String {
    var result = String.UnicodeScalarView()
    var scalars = line.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
        if scalar == "\u{1B}", scalars.first == "[" {
            while let next = scalars.popFirst(), next != "m" {}
            continue
        }
        result.append(scalar)
    }
    return String(result)
}

private func checkText(_ scorecard: Scorecard, _ options: ReportOptions) {
    let text = render(TextReporter(options: options), scorecard)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let plain = options.colour ? withoutColour(line) : String(line)
        if let bad = plain.unicodeScalars.first(where: isForbiddenInTerminal) {
            fail("text: U+\(String(bad.value, radix: 16)) in line \(line.debugDescription)")
        }
        if let width = options.lineWidth, DisplayWidth.of(plain, ambiguous: options.ambiguousWidth) > width {
            fail("text: line wider than \(width): \(line.debugDescription)")
        }
    }
}

// MARK: - CSV

/// A strict RFC 4180 reader: CRLF record ends, quotes doubled inside quoted fields, nothing after a closing
/// quote but a comma or the record end.
private func parseCSV(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    var quoted = false
    var atFieldStart = true
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    field.append("\"")
                } else {
                    quoted = false
                    guard let next = scalars.first, next == "," || next == "\r" else { return nil }
                }
            } else {
                field.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard atFieldStart else { return nil }
            quoted = true
            atFieldStart = false
        case ",":
            record.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        case "\r":
            guard scalars.popFirst() == "\n" else { return nil }
            record.append(String(field))
            records.append(record)
            record = []
            field = String.UnicodeScalarView()
            atFieldStart = true
        case "\n":
            return nil
        default:
            field.append(scalar)
            atFieldStart = false
        }
    }
    guard !quoted, record.isEmpty, field.isEmpty else { return nil }
    return records
}

private let numberColumns: Set<String> = [
    "target_value", "target_upper_value", "original_value", "original_upper_value", "baseline_value",
    "actual_value", "completion", "completion_of_original", "gap_closed", "expected_progress", "pace_ratio",
    "projection", "shortfall", "required_per_year", "required_per_month",
]
private let dateColumns: Set<String> = ["period_start", "period_end", "as_of", "revision_effective_on", "actual_date"]

private func isPlainDecimal(_ cell: String) -> Bool {
    var bytes = cell.utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    return parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

private func checkCSV(_ scorecard: Scorecard, _ options: ReportOptions) {
    let reporter = CSVReporter(options: options)
    var csv = render(reporter, scorecard)
    if options.byteOrderMark {
        guard csv.unicodeScalars.first == "\u{FEFF}" else { fail("csv: no byte-order mark") }
        csv.unicodeScalars.removeFirst()
    } else if csv.unicodeScalars.first == "\u{FEFF}" {
        fail("csv: byte-order mark without being asked")
    }
    guard let records = parseCSV(csv) else { fail("csv: not RFC 4180: \(csv.debugDescription)") }
    let columns = CSVReporter.columns
    guard records.first == columns else { fail("csv: header \(records.first ?? [])") }
    let rows = Array(records.dropFirst())
    guard rows == reporter.rows(scorecard) else { fail("csv: the rows read back differ from CSVReporter.rows") }
    guard rows.count == scorecard.allTargetEvaluations.count else {
        fail("csv: \(rows.count) rows for \(scorecard.allTargetEvaluations.count) targets")
    }
    for row in rows {
        guard row.count == columns.count else { fail("csv: a row of \(row.count) cells: \(row)") }
        for (column, cell) in zip(columns, row) where !cell.isEmpty {
            if numberColumns.contains(column) {
                guard isPlainDecimal(cell) || cell == "NaN" else { fail("csv: \(column) is not a number: \(cell)") }
            } else if dateColumns.contains(column) {
                guard (try? CalendarDate(iso: cell)) != nil else { fail("csv: \(column) is not a date: \(cell)") }
            } else {
                switch cell.unicodeScalars.first {
                case "=", "+", "-", "@", "\t", "\r", "\n":
                    fail("csv: \(column) is not neutralised: \(cell.debugDescription)")
                default: break
                }
            }
        }
    }
}

// MARK: - JSON

private func checkJSON(_ scorecard: Scorecard, _ options: ReportOptions, prettyPrinted: Bool, unrepresentable: Bool) {
    let reporter = JSONReporter(options: options, prettyPrinted: prettyPrinted)
    let json: String
    do {
        json = try reporter.render(scorecard)
    } catch let error as JSONReporterError {
        guard unrepresentable else { fail("json: refused a representable scorecard: \(error)") }
        return
    } catch {
        fail("json: threw \(error)")
    }
    let decoded: Scorecard
    do {
        decoded = try JSONDecoder().decode(Scorecard.self, from: Data(json.utf8))
    } catch {
        fail("json: does not decode: \(error)\n\(json)")
    }
    guard decoded == scorecard else { fail("json: decodes into another scorecard\n\(json)") }
}

// MARK: - Markdown

private func checkMarkdown(_ scorecard: Scorecard, _ options: ReportOptions) {
    // On UTF-8 bytes: every byte looked for is ASCII, C1 controls are C2 80…C2 9F, U+2028/2029 E2 80 A8/A9.
    let markdown = Array(render(MarkdownReporter(options: options), scorecard).utf8)
    var tableWidth: Int?
    var lineStart = 0
    while lineStart <= markdown.count {
        let lineEnd = markdown[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? markdown.count
        let line = markdown[lineStart..<lineEnd]
        func show() -> String { String(decoding: line, as: UTF8.self).debugDescription }
        // `<` may appear only inside a code span (which shows it as text); controls nowhere.
        var inCode = false
        var pipes = 0
        var position = line.startIndex
        while position < line.endIndex {
            let byte = line[position]
            let next = position + 1 < line.endIndex ? line[position + 1] : 0
            let third = position + 2 < line.endIndex ? line[position + 2] : 0
            if byte < 0x20 || byte == 0x7F || (byte == 0xC2 && next < 0xA0)
                || (byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9))
            {
                fail("markdown: a control character in \(show())")
            }
            if byte == UInt8(ascii: "\\") && !inCode {
                position += 1
            } else if byte == UInt8(ascii: "`") {
                inCode.toggle()
            } else if byte == UInt8(ascii: "<") && !inCode {
                fail("markdown: < outside a code span in \(show())")
            } else if byte == UInt8(ascii: "|") {
                pipes += 1
            }
            position += 1
        }
        if line.first == UInt8(ascii: "|") {
            if let width = tableWidth {
                guard pipes == width else { fail("markdown: \(pipes) pipes, the header has \(width): \(show())") }
            } else {
                tableWidth = pipes
            }
        } else {
            tableWidth = nil
        }
        lineStart = lineEnd + 1
    }
}

// MARK: - HTML

private let htmlTags: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "h3", "h4", "p",
    "ul", "li", "div", "span", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "svg", "rect",
    "line", "strong", "code", "bdi", "time", "polyline", "circle", "text",
]
private let voidTags: Set<String> = ["meta", "col", "br", "img", "link", "input", "hr"]

private func checkHTML(_ scorecard: Scorecard, _ options: ReportOptions) {
    // Works on UTF-8 bytes: browsers tokenise code points (a `>` followed by a combining mark is one Character
    // but still ends a tag), and bytes are fast. `<script` needs no search of its own: every tag must be one
    // of `htmlTags`.
    let html = Array(render(HTMLReporter(options: options), scorecard).utf8)
    let lt = UInt8(ascii: "<")
    let gt = UInt8(ascii: ">")
    let quote = UInt8(ascii: "\"")
    let slash = UInt8(ascii: "/")
    func near(_ index: Int) -> String {
        String(decoding: html[max(0, index - 80)..<min(html.count, index + 80)], as: UTF8.self)
    }
    var stack: [String] = []
    var index = 0
    let doctype = Array("<!DOCTYPE html>".utf8)
    if html.starts(with: doctype) { index = doctype.count }
    while index < html.count {
        guard let open = html[index...].firstIndex(of: lt) else {
            if html[index...].contains(gt) { fail("html: raw > after the last tag") }
            break
        }
        if html[index..<open].contains(gt) { fail("html: raw > in text near \(near(open))") }
        guard var close = html[open...].firstIndex(of: gt) else { fail("html: unclosed tag near \(near(open))") }
        var start = open + 1
        index = close + 1
        let closing = html[start] == slash
        if closing { start += 1 }
        let selfClosing = close > start && html[close - 1] == slash
        if selfClosing { close -= 1 }
        var end = start
        while end < close,
            (html[end] | 0x20 >= UInt8(ascii: "a") && html[end] | 0x20 <= UInt8(ascii: "z"))
                || (html[end] >= UInt8(ascii: "0") && html[end] <= UInt8(ascii: "9"))
        {
            end += 1
        }
        let name = String(decoding: html[start..<end], as: UTF8.self)
        guard htmlTags.contains(name) else { fail("html: unexpected tag near \(near(open))") }
        if closing {
            guard end == close, stack.popLast() == name else { fail("html: mismatched </\(name)> near \(near(open))") }
            continue
        }
        // Attributes: quotes balance, and outside the quoted values there is no `<` and no event handler.
        var inQuotes = false
        var previous = UInt8(ascii: " ")
        for position in end..<close {
            let byte = html[position]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == lt { fail("html: < in a tag near \(near(open))") }
                if (previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "\n")),
                    byte | 0x20 == UInt8(ascii: "o"), position + 1 < close,
                    html[position + 1] | 0x20 == UInt8(ascii: "n")
                {
                    fail("html: event handler near \(near(open))")
                }
            }
            previous = byte
        }
        if inQuotes { fail("html: unbalanced quotes near \(near(open))") }
        if !selfClosing && !voidTags.contains(name) { stack.append(name) }
    }
    if !stack.isEmpty { fail("html: unclosed elements \(stack)") }
}
