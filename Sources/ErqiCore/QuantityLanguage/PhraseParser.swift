import Foundation

/// A quantity phrase read from text: qualifiers, number, unit, with what the extraction filters need to know.
struct Phrase {
    /// The offset of the first character (a prefix qualifier or the number).
    var start: Int
    /// The offset just past the last character.
    var end: Int
    /// The number (the numerator of a fraction).
    var number: ReadNumber
    /// The exact value in base units.
    var value: Decimal
    /// The unit.
    var unit: QuantityUnit
    /// The comparator, if a qualifier gave one.
    var comparator: ComparisonOperator?
    /// The approximation.
    var approximation: Approximation
    /// Whether a unit or measure word was written (or the phrase is a percentage or fraction).
    var hasUnitWord: Bool
    /// Whether any qualifier (prefix, 多/余, suffix) was written.
    var hasQualifier: Bool
    /// Whether the value is a fraction whose decimal does not terminate (so `value` is rounded).
    var isInexactFraction: Bool
}

/// Reads a quantity phrase: `[prefix qualifiers] number [多/余] [unit] [多/余] [suffix qualifier]`, or a fraction
/// (`三分之一`, `百分之五点二`) in place of the number.
///
/// Between the parts it allows spaces and at most one line break, and only before a part that cannot continue
/// a number (a unit, a magnitude, a qualifier): so "完成297⏎个" joins but "297⏎30个" never becomes 29730.
struct PhraseParser {
    private let characters: [Character]
    private let mode: ReadingMode

    /// Creates a parser.
    /// - Parameters:
    ///   - characters: The normalized input.
    ///   - mode: How strictly to read.
    init(characters: [Character], mode: ReadingMode) {
        self.characters = characters
        self.mode = mode
    }

    /// The offset after spaces, at most one line break, and spaces.
    /// - Parameters:
    ///   - characters: The normalized input.
    ///   - position: Where to start skipping.
    static func gapEnd(in characters: [Character], from position: Int) -> Int {
        var index = position
        while index < characters.count, QuantityLexicon.isHorizontalSpace(characters[index]) { index += 1 }
        if index < characters.count, characters[index].isNewline {
            index += 1
            while index < characters.count, QuantityLexicon.isHorizontalSpace(characters[index]) { index += 1 }
        }
        return index
    }

    /// Reads a phrase.
    /// - Parameters:
    ///   - start: Where the phrase starts.
    ///   - numberOnly: Read only a number or fraction: no qualifiers, no units.
    /// - Returns: The phrase.
    /// - Throws: ``QuantityParseError`` when the text there is not a quantity.
    func parse(at start: Int, numberOnly: Bool = false) throws(QuantityParseError) -> Phrase {
        var state = Qualifiers(mode: mode)
        var index = start
        if !numberOnly {
            for _ in 0..<2 {
                guard let prefix = prefixQualifier(at: index) else { break }
                try state.apply(prefix.qualifier, offset: index)
                index = Self.gapEnd(in: characters, from: index + prefix.length)
            }
        }

        var number: ReadNumber
        var digits: DecimalDigits
        var unit = QuantityUnit.count(measureWord: nil)
        var hasUnitWord = false
        var exactValue: Decimal?
        var inexact = false

        if let fraction = try percentLikeFraction(at: index) {
            number = fraction.numerator
            digits = fraction.digits
            unit = fraction.unit
            hasUnitWord = true
            index = fraction.numerator.end
        } else {
            var reader = NumberReader(characters: characters, start: index, mode: mode)
            number = try reader.read()
            digits = number.value
            index = number.end
            let magnitudeAt = Self.gapEnd(in: characters, from: index)
            if mode == .whole, magnitudeAt > index, let magnitude = englishMagnitude(at: magnitudeAt) {
                digits = digits.shifted(by: magnitude.power)
                index = magnitudeAt + magnitude.length
            }
            if QuantityLexicon.matches("分之", in: characters, at: index) {
                let denominator = number
                guard !denominator.value.isZero else { throw .zeroDenominator(offset: denominator.start) }
                var numeratorReader = NumberReader(characters: characters, start: index + 2, mode: mode)
                number = try numeratorReader.read()
                index = number.end
                let quotient = try Self.divide(number, by: denominator)
                exactValue = quotient.value
                inexact = !quotient.exact
                unit = .multiple
                hasUnitWord = true
            }
        }
        if let offset = number.moreThanOffset { try state.apply(.approximation(.moreThan), offset: offset) }

        if !numberOnly {
            // 多/余 between the number and the unit: 40余场, 6600多人.
            let markerAt = Self.gapEnd(in: characters, from: index)
            if number.moreThanOffset == nil, markerAt < characters.count,
                QuantityLexicon.isMoreThanMarker(characters[markerAt])
            {
                if state.accepts(.approximation(.moreThan)) {
                    try state.apply(.approximation(.moreThan), offset: markerAt)
                    index = markerAt + 1
                } else if mode == .whole {
                    throw .conflictingQualifier(offset: markerAt)
                }
            }
            if !hasUnitWord, let found = unitWord(at: index) {
                unit = found.unit
                digits = digits.shifted(by: found.scale)
                hasUnitWord = true
                index = found.end
                // 多/余 after a unit of time, a multiple or a percentage: 3年多, 一倍多.
                if index < characters.count, QuantityLexicon.isMoreThanMarker(characters[index]),
                    QuantityLexicon.takesMoreThanAfterUnit(unit), state.accepts(.approximation(.moreThan))
                {
                    try state.apply(.approximation(.moreThan), offset: index)
                    index += 1
                }
            }
            let suffixAt = Self.gapEnd(in: characters, from: index)
            if let suffix = suffixQualifier(at: suffixAt) {
                if state.accepts(suffix.qualifier) {
                    try state.apply(suffix.qualifier, offset: suffixAt)
                    index = suffixAt + suffix.length
                } else if mode == .whole {
                    throw .conflictingQualifier(offset: suffixAt)
                }
            }
        }

        let value: Decimal
        if let exactValue {
            value = exactValue
        } else {
            do {
                value = try digits.decimal(negative: number.negative)
            } catch {
                switch error {
                case .tooManyDigits: throw .tooManyDigits(offset: number.start)
                case .outOfRange: throw .outOfRange(offset: number.start)
                }
            }
        }
        return Phrase(
            start: start, end: index, number: number, value: value, unit: unit, comparator: state.comparator,
            approximation: state.approximation, hasUnitWord: hasUnitWord, hasQualifier: state.any,
            isInexactFraction: inexact)
    }

    // MARK: - Qualifiers

    /// The comparator and approximation read so far.
    private struct Qualifiers {
        let mode: ReadingMode
        var comparator: ComparisonOperator?
        var approximation = Approximation.exact
        var any = false

        /// Whether the qualifier agrees with those read so far.
        func accepts(_ qualifier: QuantityLexicon.Qualifier) -> Bool {
            switch qualifier {
            case .comparator(let new): comparator == nil || comparator == new
            case .approximation(let new): approximation == .exact || approximation == new
            }
        }

        mutating func apply(_ qualifier: QuantityLexicon.Qualifier, offset: Int) throws(QuantityParseError) {
            guard accepts(qualifier) else { throw .conflictingQualifier(offset: offset) }
            switch qualifier {
            case .comparator(let new): comparator = new
            case .approximation(let new): approximation = new
            }
            any = true
        }
    }

    private func prefixQualifier(at index: Int) -> (length: Int, qualifier: QuantityLexicon.Qualifier)? {
        if let found = QuantityLexicon.prefixQualifierTable.first(in: characters, at: index) {
            return (found.length, found.meaning)
        }
        if mode == .whole, let found = QuantityLexicon.englishPrefixQualifierTable.first(in: characters, at: index) {
            return (found.length, found.meaning)
        }
        return nil
    }

    private func suffixQualifier(at index: Int) -> (length: Int, qualifier: QuantityLexicon.Qualifier)? {
        guard let found = QuantityLexicon.suffixQualifierTable.first(in: characters, at: index) else { return nil }
        return (found.length, found.meaning)
    }

    /// An English magnitude word written by ``QuantityFormatter`` (`51.8 billion`), read in whole mode only.
    private func englishMagnitude(at index: Int) -> (length: Int, power: Int)? {
        let found = QuantityLexicon.englishMagnitudeTable.first(in: characters, at: index) { end in
            !(end < characters.count && QuantityLexicon.isLatinLetter(characters[end]))
        }
        guard let found else { return nil }
        return (found.length, found.meaning)
    }

    // MARK: - Units

    private struct FoundUnit {
        var unit: QuantityUnit
        var scale: Int
        var end: Int
    }

    /// The unit or measure word after the number (spaces and one line break allowed before it).
    private func unitWord(at position: Int) -> FoundUnit? {
        let index = Self.gapEnd(in: characters, from: position)
        guard index < characters.count else { return nil }
        if let found = QuantityLexicon.unitWordTable.first(in: characters, at: index) {
            return FoundUnit(unit: found.meaning.unit, scale: found.meaning.scale, end: index + found.length)
        }
        guard mode == .whole else { return nil }
        let english = QuantityLexicon.englishUnitWordTable.first(in: characters, at: index) { end in
            !(end < characters.count && QuantityLexicon.isLatinLetter(characters[end]))
        }
        if let english {
            return FoundUnit(unit: english.meaning.unit, scale: english.meaning.scale, end: index + english.length)
        }
        let character = characters[index]
        if QuantityLexicon.isIdeograph(character), !QuantityLexicon.isNumeralCharacter(character),
            !QuantityLexicon.isNegativeSign(character), !QuantityLexicon.isMoreThanMarker(character),
            suffixQualifier(at: index) == nil
        {
            return FoundUnit(unit: .count(measureWord: String(character)), scale: 0, end: index + 1)
        }
        return nil
    }

    // MARK: - Fractions

    /// Reads 百分之/千分之/万分之 and the numerator after it (百分之五点二 is 5.2%, held as 0.052).
    private func percentLikeFraction(at index: Int) throws(QuantityParseError)
        -> (digits: DecimalDigits, unit: QuantityUnit, numerator: ReadNumber)?
    {
        var position = index
        var negative = false
        if position < characters.count, QuantityLexicon.isNegativeSign(characters[position]) {
            negative = true
            position += 1
        }
        guard position + 2 < characters.count, characters[position + 1] == "分", characters[position + 2] == "之"
        else { return nil }
        let power: Int
        switch characters[position] {
        case "百", "佰": power = 2
        case "千", "仟": power = 3
        case "万", "萬": power = 4
        default: return nil
        }
        let numeratorStart = position + 3
        var numerator: ReadNumber
        let next = numeratorStart + 1 < characters.count ? characters[numeratorStart + 1] : " "
        if numeratorStart < characters.count, characters[numeratorStart] == "百",
            !QuantityLexicon.isNumeralCharacter(next)
        {
            // 百分之百
            numerator = ReadNumber(
                value: DecimalDigits(100), negative: false, start: numeratorStart, end: numeratorStart + 1,
                moreThanOffset: nil)
        } else {
            var reader = NumberReader(characters: characters, start: numeratorStart, mode: mode)
            numerator = try reader.read()
        }
        numerator.negative = numerator.negative != negative
        numerator.start = index
        let unit: QuantityUnit = power == 2 ? .percent : .multiple
        return (numerator.value.shifted(by: -power), unit, numerator)
    }

    /// Divides two numbers exactly when the quotient terminates within 38 digits.
    private static func divide(_ numerator: ReadNumber, by denominator: ReadNumber) throws(QuantityParseError)
        -> (value: Decimal, exact: Bool)
    {
        let top = try convert(numerator)
        let bottom = try convert(denominator)
        let quotient: Decimal
        do {
            quotient = try DecimalArithmetic.divide(top, bottom)
        } catch {
            throw .outOfRange(offset: denominator.start)
        }
        if quotient.isZero != top.isZero { throw .outOfRange(offset: denominator.start) }
        guard let parts = DecimalDigits.of(quotient) else { throw .outOfRange(offset: denominator.start) }
        // A quotient that fills every digit did not terminate (or cannot be told from one that did not).
        let limit = ExactDecimal.maximumSignificantDigits
        let product = quotient * bottom
        if parts.digits.digits.count < limit, !product.isNaN, product == top { return (quotient, true) }
        // Decimal division may give 39 digits; keep 38 so that the value can be written and read back.
        let rounded = parts.digits.rounded(significantDigits: limit)
        do {
            return (try rounded.decimal(negative: parts.negative), false)
        } catch {
            throw .outOfRange(offset: denominator.start)
        }
    }

    private static func convert(_ number: ReadNumber) throws(QuantityParseError) -> Decimal {
        do {
            return try number.value.decimal(negative: number.negative)
        } catch {
            switch error {
            case .tooManyDigits: throw .tooManyDigits(offset: number.start)
            case .outOfRange: throw .outOfRange(offset: number.start)
            }
        }
    }
}
