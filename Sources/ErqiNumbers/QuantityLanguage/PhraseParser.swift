/// A quantity phrase read from text: qualifiers, number, unit, with what the extraction filters need to know.
struct Phrase {
    /// The offset of the first character (a prefix qualifier or the number).
    var start: Int
    /// The offset just past the last character.
    var end: Int
    /// The number (the numerator of a fraction).
    var number: ReadNumber
    /// The exact value in base units.
    var value: ExactDecimal
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
    /// The direction of a change (增长, 下降, 翻一番), or `nil` for a level; a decrease has a negative value.
    var change: QuantityChange? = nil
    /// How firmly the figure is promised (确保, 力争), or `nil`.
    var commitment: Commitment? = nil
    /// Whether a word other than a comparator or approximation (确保, 控制在, 同比, 增长) came before the number.
    var hasPrefixWord = false
    /// The power of ten the unit word applied (−2 for % and 个百分点), 0 without one.
    var unitScale = 0
    /// Whether the comparator (≤) comes from 控制在 alone, with no qualifier written: a range may follow.
    var isCapOnly = false
}

/// Reads a quantity phrase: `[prefix qualifiers] number [多/余] [unit] [多/余] [suffix qualifier]`, or a fraction
/// (`三分之一`, `百分之五点二`) in place of the number.
///
/// Between the parts it allows spaces and at most one line break, and only before a part that cannot continue
/// a number (a unit, a magnitude, a qualifier): so "完成297⏎个" joins but "297⏎30个" never becomes 29730.
struct PhraseParser {
    /// The normalized input.
    let characters: [Character]
    /// How strictly to read.
    let mode: ReadingMode

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
        var words = PrefixWords()
        var index = start
        if !numberOnly {
            var qualifierCount = 0
            while let next = words.read(in: self, at: index) {
                index = next
            }
            while qualifierCount < 2, let prefix = prefixQualifier(at: index) {
                try state.apply(prefix.qualifier, offset: index)
                index = Self.gapEnd(in: characters, from: index + prefix.length)
                qualifierCount += 1
            }
        }

        var number: ReadNumber
        var digits: DecimalDigits
        var unit = QuantityUnit.count(measureWord: nil)
        var hasUnitWord = false
        var exactValue: ExactDecimal?
        var inexact = false
        var unitScale = 0

        if !numberOnly, let doubling = try doubling(at: index) {
            // 翻一番 (doubles: a multiple of 2), 翻两番 (4), 翻番 (2).
            number = doubling.number
            digits = doubling.multiple
            unit = .multiple
            hasUnitWord = true
            index = doubling.end
            if words.change?.direction == .decrease { throw .conflictingQualifier(offset: doubling.number.start) }
            words.change = QuantityChange(.increase, isYearOnYear: words.change?.isYearOnYear ?? false)
        } else if let fraction = try percentLikeFraction(at: index) {
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
                unitScale = found.scale
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
            if mode == .whole, !hasUnitWord { try rejectUnknownUnit(at: Self.gapEnd(in: characters, from: index)) }
        }

        var value: ExactDecimal
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
        var comparator = state.comparator
        var approximation = state.approximation
        if words.change?.direction == .decrease {
            // A decrease is a negative change: 下降3% is −3%, 下降3%以上 is ≤ −3%, 下降3%多 is just below −3%.
            if number.negative { throw .conflictingQualifier(offset: number.start) }
            value = -value
            comparator = comparator?.mirrored
            approximation = approximation.mirrored
        }
        var isCapOnly = false
        if words.isCapped {
            // 控制在3%以内 and 控制在3% are caps (≤); 控制在3%左右 stays an approximate figure.
            switch comparator {
            case nil where approximation == .exact:
                comparator = .atMost
                isCapOnly = true
            case nil, .atMost?, .lessThan?: break
            default: throw .conflictingQualifier(offset: start)
            }
        }
        return Phrase(
            start: start, end: index, number: number, value: value, unit: unit, comparator: comparator,
            approximation: approximation, hasUnitWord: hasUnitWord,
            hasQualifier: state.any || words.change != nil || words.isCapped, isInexactFraction: inexact,
            change: words.change, commitment: words.commitment, hasPrefixWord: words.any, unitScale: unitScale,
            isCapOnly: isCapOnly)
    }

    // MARK: - Prefix words

    /// The words read before the qualifiers and the number: 确保, 力争, 控制在, 同比, 增长, 下降…
    private struct PrefixWords {
        var commitment: Commitment?
        var isCapped = false
        var change: QuantityChange?
        var reachesLevel = false
        var any: Bool { commitment != nil || isCapped || change != nil || reachesLevel }

        /// Reads one more prefix word at `index`; returns the offset after it (and its gap), or `nil`.
        mutating func read(in parser: PhraseParser, at index: Int) -> Int? {
            let characters = parser.characters
            guard change == nil, !reachesLevel else { return nil }
            if commitment == nil, !isCapped,
                let found = QuantityLexicon.commitmentTable.first(in: characters, at: index)
            {
                commitment = found.meaning
                return PhraseParser.gapEnd(in: characters, from: index + found.length)
            }
            if !isCapped, let found = QuantityLexicon.capTable.first(in: characters, at: index) {
                isCapped = true
                return PhraseParser.gapEnd(in: characters, from: index + found.length)
            }
            var position = index
            var yearOnYear = false
            if let found = QuantityLexicon.yearOnYearTable.first(in: characters, at: index) {
                position = PhraseParser.gapEnd(in: characters, from: index + found.length)
                yearOnYear = true
            }
            guard let found = QuantityLexicon.changeWordTable.first(in: characters, at: position) else { return nil }
            var after = position + found.length
            if after < characters.count, characters[after] == "了" { after += 1 }
            after = PhraseParser.gapEnd(in: characters, from: after)
            if after < characters.count, characters[after] == "到" || characters[after] == "至",
                !QuantityLexicon.matches("至少", in: characters, at: after)
            {
                // 提高到80%, 下降至3%: the level reached, not a change.
                reachesLevel = true
                return PhraseParser.gapEnd(in: characters, from: after + 1)
            }
            change = QuantityChange(found.meaning, isYearOnYear: yearOnYear)
            return after
        }
    }

    /// Whether a prefix word (确保, 控制在, 同比增长, 下降, 翻一番…) starts at `index`.
    func startsPrefixWord(at index: Int) -> Bool {
        var words = PrefixWords()
        return words.read(in: self, at: index) != nil
            || (index < characters.count && characters[index] == "翻" && (try? doubling(at: index)) != nil)
    }

    /// Reads 翻一番, 翻了两番 or 翻番 (doubled, n times): the multiple 2ⁿ.
    private func doubling(at index: Int) throws(QuantityParseError)
        -> (number: ReadNumber, multiple: DecimalDigits, end: Int)?
    {
        guard index < characters.count, characters[index] == "翻" else { return nil }
        var position = index + 1
        if position < characters.count, characters[position] == "了" { position += 1 }
        if position < characters.count, characters[position] == "番" {
            let one = ReadNumber(value: DecimalDigits(1), negative: false, start: index, end: position + 1)
            return (one, DecimalDigits(2), position + 1)
        }
        guard position < characters.count, QuantityLexicon.canStartNumeral(characters[position]) else { return nil }
        var reader = NumberReader(characters: characters, start: position, mode: mode)
        let number = try reader.read()
        guard number.end < characters.count, characters[number.end] == "番" else { return nil }
        guard !number.negative, number.moreThanOffset == nil, let times = number.value.smallInteger,
            number.value.isInteger, (1...60).contains(times)
        else { throw .outOfRange(offset: number.start) }
        return (number, DecimalDigits(1 << times), number.end + 1)
    }

    /// Throws ``QuantityParseError/unknownUnit(_:offset:)`` when a word that is no unit follows the number.
    private func rejectUnknownUnit(at index: Int) throws(QuantityParseError) {
        guard index < characters.count else { return }
        let character = characters[index]
        let isWordCharacter =
            (QuantityLexicon.isIdeograph(character) || QuantityLexicon.isLatinLetter(character)
                || character == "/")
            && !QuantityLexicon.isRangeConnector(character) && !QuantityLexicon.isNumeralCharacter(character)
        guard isWordCharacter else { return }
        var end = index
        while end < characters.count, end - index < 16, !characters[end].isWhitespace,
            !QuantityLexicon.isRangeConnector(characters[end]),
            QuantityLexicon.suffixQualifierTable.first(in: characters, at: end) == nil
        {
            end += 1
        }
        throw .unknownUnit(String(characters[index..<end]), offset: index)
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

    /// Divides two numbers: exactly when the quotient terminates within 20 significant digits, otherwise
    /// rounded to 20 significant digits, ties to even (``ExactDecimal/divided(by:)``), and marked inexact.
    private static func divide(_ numerator: ReadNumber, by denominator: ReadNumber) throws(QuantityParseError)
        -> (value: ExactDecimal, exact: Bool)
    {
        let top = try convert(numerator)
        let bottom = try convert(denominator)
        let quotient: ExactDecimal
        do {
            quotient = try top / bottom
        } catch {
            throw .outOfRange(offset: denominator.start)
        }
        if quotient.isZero != top.isZero { throw .outOfRange(offset: denominator.start) }
        return (quotient, (try? quotient * bottom) == top)
    }

    private static func convert(_ number: ReadNumber) throws(QuantityParseError) -> ExactDecimal {
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
