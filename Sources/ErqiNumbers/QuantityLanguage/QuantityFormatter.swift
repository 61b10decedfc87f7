/// Writes a ``Quantity`` the way reports write it (518亿元, 1.2万个, 99.62%) or plainly (51,800,000,000 yuan).
///
/// Output is exact unless ``decimalPlaces`` is set, and ``QuantityLanguage/parse(_:)`` reads every exact output
/// back to the same value, unit and approximation (a count whose measure word is itself a unit word, such as
/// `count:年`, comes back as that unit).
///
/// ```swift
/// let report = QuantityFormatter()
/// report.string(Quantity(51_800_000_000, .yuan))                       // "518亿元"
/// report.string(Quantity(132_000, .count(measureWord: "户")), approximation: .moreThan)  // "13.2万余户"
/// QuantityFormatter(style: .plain, language: .en).string(Quantity(51_800_000_000, .yuan))
/// // "51,800,000,000 yuan"
/// ```
public struct QuantityFormatter: Sendable, Hashable {
    /// How numbers are written.
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        /// As reports write them: with 万/亿 (million/billion in English) when that stays short and exact.
        case report
        /// All digits, grouped by thousands with commas.
        case plain
    }

    /// How numbers are written.
    public var style: Style
    /// The language of unit words and qualifiers.
    public var language: Language
    /// The decimal places to show, rounding half away from zero and padding with zeros; `nil` writes the
    /// exact value with as many places as it has.
    public var decimalPlaces: Int?

    /// Creates a formatter.
    /// - Parameters:
    ///   - style: How numbers are written.
    ///   - language: The language of unit words and qualifiers.
    ///   - decimalPlaces: The decimal places to show (0 or more), or `nil` for the exact value.
    public init(style: Style = .report, language: Language = .zh, decimalPlaces: Int? = nil) {
        self.style = style
        self.language = language
        self.decimalPlaces = decimalPlaces.map { max(0, $0) }
    }

    /// Writes a quantity.
    /// - Parameters:
    ///   - quantity: The quantity.
    ///   - approximation: How exactly the figure is stated: written as 余/多, 近 or 约 (more than, nearly, about).
    /// - Returns: The text, e.g. `"518亿元"`, `"99.62%"`, `"3个百分点"`, `"约300项"`.
    public func string(_ quantity: Quantity, approximation: Approximation = .exact) -> String {
        let (magnitude, negative) = Self.digits(of: quantity.value)
        let unit = quantity.unit
        var shown = magnitude.shifted(by: Self.displayShift(unit))
        var magnitudeWord = ""
        if style == .report, Self.takesMagnitude(unit) {
            for (power, zh, en) in Self.magnitudes(language) where !shown.isLess(thanPowerOfTen: power) {
                let scaled = shown.shifted(by: -power)
                if decimalPlaces != nil || scaled.exponent >= -2 {
                    shown = scaled
                    magnitudeWord = language == .zh ? zh : en
                    break
                }
            }
        }
        if let places = decimalPlaces { shown = shown.rounded(places: places) }
        var number = Self.text(of: shown, places: decimalPlaces, grouped: style == .plain || language == .en)
        if negative && !shown.isZero { number = "-" + number }

        let unitWord = Self.unitWord(unit, language: language)
        let moreThanAfterUnit = QuantityLexicon.takesMoreThanAfterUnit(unit)
        switch (language, approximation) {
        case (_, .exact):
            return number + magnitudeWord + unitWord
        case (.zh, .moreThan):
            return moreThanAfterUnit
                ? number + magnitudeWord + unitWord + "多" : number + magnitudeWord + "余" + unitWord
        case (.zh, .nearly):
            return "近" + number + magnitudeWord + unitWord
        case (.zh, .about):
            return "约" + number + magnitudeWord + unitWord
        case (.en, .moreThan):
            return "more than " + number + magnitudeWord + unitWord
        case (.en, .nearly):
            return "nearly " + number + magnitudeWord + unitWord
        case (.en, .about):
            return "about " + number + magnitudeWord + unitWord
        }
    }

    // MARK: - Parts

    /// The power of ten between the stored value and the written number (2 for fractions shown as percent).
    private static func displayShift(_ unit: QuantityUnit) -> Int {
        switch unit {
        case .percent, .percentagePoints: 2
        default: 0
        }
    }

    /// Whether reports write this unit with 万/亿.
    private static func takesMagnitude(_ unit: QuantityUnit) -> Bool {
        switch unit {
        case .yuan, .count, .squareMetres, .mu, .hectares, .cubicMetres, .tonnes: true
        default: false
        }
    }

    /// Magnitudes from the largest: power of ten, Chinese word, English word.
    private static func magnitudes(_ language: Language) -> [(Int, String, String)] {
        switch language {
        case .zh: [(12, "万亿", ""), (8, "亿", ""), (4, "万", "")]
        case .en: [(12, "", " trillion"), (9, "", " billion"), (6, "", " million")]
        }
    }

    private static func unitWord(_ unit: QuantityUnit, language: Language) -> String {
        switch (language, unit) {
        case (.zh, .yuan): "元"
        case (.zh, .count(let word)): word ?? ""
        case (.zh, .percent): "%"
        case (.zh, .percentagePoints): "个百分点"
        case (.zh, .multiple): "倍"
        case (.zh, .days): "天"
        case (.zh, .months): "个月"
        case (.zh, .years): "年"
        case (.zh, .squareMetres): "平方米"
        case (.zh, .squareKilometres): "平方公里"
        case (.zh, .mu): "亩"
        case (.zh, .metres): "米"
        case (.zh, .kilometres): "公里"
        case (.zh, .hectares): "公顷"
        case (.zh, .cubicMetres): "立方米"
        case (.zh, .tonnes): "吨"
        case (.zh, .kilograms): "公斤"
        case (.zh, .microgramsPerCubicMetre): "微克/立方米"
        case (.en, .yuan): " yuan"
        case (.en, .count(let word)): word.map { " " + $0 } ?? ""
        case (.en, .percent): "%"
        case (.en, .percentagePoints): " percentage points"
        case (.en, .multiple): " times"
        case (.en, .days): " days"
        case (.en, .months): " months"
        case (.en, .years): " years"
        case (.en, .squareMetres): " m²"
        case (.en, .squareKilometres): " km²"
        case (.en, .mu): " mu"
        case (.en, .metres): " m"
        case (.en, .kilometres): " km"
        case (.en, .hectares): " ha"
        case (.en, .cubicMetres): " m³"
        case (.en, .tonnes): " tonnes"
        case (.en, .kilograms): " kg"
        case (.en, .microgramsPerCubicMetre): " μg/m³"
        }
    }

    /// The exact digits of a value and its sign, read from its significand (no text in between).
    private static func digits(of value: ExactDecimal) -> (digits: DecimalDigits, negative: Bool) {
        var magnitude = value.significand.magnitude
        guard magnitude != 0 else { return (.zero, false) }
        var reversed: [UInt8] = []
        reversed.reserveCapacity(40)
        while magnitude > UInt128(UInt64.max) {
            reversed.append(UInt8(magnitude % 10))
            magnitude /= 10
        }
        var small = UInt64(magnitude)
        while small > 0 {
            reversed.append(UInt8(small % 10))
            small /= 10
        }
        return (DecimalDigits(digits: reversed.reversed(), exponent: value.exponent), value.significand < 0)
    }

    /// Decimal text of a non-negative value, optionally padded to `places` and grouped by thousands.
    private static func text(of value: DecimalDigits, places: Int?, grouped: Bool) -> String {
        let digits = value.digits
        let integerLength = digits.count + value.exponent
        let integerCount = max(integerLength, 1)
        let fractionCount = max(-value.exponent, 0)
        let shownFraction = max(fractionCount, places ?? 0)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(integerCount + integerCount / 3 + shownFraction + 1)
        if integerLength <= 0 {
            bytes.append(0x30)
        } else {
            for position in 0..<integerLength {
                if grouped, position > 0, (integerLength - position) % 3 == 0 { bytes.append(0x2C) }
                bytes.append(0x30 + (position < digits.count ? digits[position] : 0))
            }
        }
        if shownFraction > 0 {
            bytes.append(0x2E)
            for position in 0..<shownFraction {
                let index = integerLength + position
                bytes.append(0x30 + (index >= 0 && index < digits.count ? digits[index] : 0))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
