/// Finds every quantity in running text (see ``QuantityLanguage/extract(from:)`` for the rules).
struct QuantityExtractor {
    private let original: [Character]
    private let characters: [Character]
    private let parser: PhraseParser

    /// Creates an extractor over a text.
    /// - Parameter text: The running text.
    init(text: String) {
        original = Array(text)
        characters = original.map(QuantityLexicon.normalized)
        parser = PhraseParser(characters: characters, mode: .running)
    }

    /// Every quantity in the text, in order, never overlapping.
    func extract() -> [ParsedQuantity] {
        var results: [ParsedQuantity] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if QuantityLexicon.asciiDigit(character) != nil, index > 0,
                QuantityLexicon.isLatinLetter(characters[index - 1])
            {
                index = skipIdentifier(from: index)
                continue
            }
            if let phrase = candidate(at: index) {
                if accepts(phrase) {
                    if let range = try? parser.parseRange(after: phrase), accepts(range.second) {
                        results.append(QuantityLanguage.quantity(of: range, in: original))
                        index = max(range.end, index + 1)
                        continue
                    }
                    results.append(QuantityLanguage.quantity(of: phrase, in: original))
                    index = max(phrase.end, index + 1)
                } else {
                    index = max(skipRun(from: phrase.number.start), index + 1)
                }
                continue
            }
            index = skipRun(from: index)
        }
        return results
    }

    // MARK: - Candidates

    /// The phrase that starts here, if one does.
    private func candidate(at index: Int) -> Phrase? {
        let character = characters[index]
        if startsPrefixQualifier(at: index) || parser.startsPrefixWord(at: index) {
            if let phrase = try? parser.parse(at: index) { return phrase }
            return nil
        }
        var startsNumber = QuantityLexicon.canStartNumeral(character)
        if QuantityLexicon.isNegativeSign(character), index + 1 < characters.count,
            QuantityLexicon.canStartNumeral(characters[index + 1])
        {
            let previous = index > 0 ? characters[index - 1] : " "
            let glued =
                QuantityLexicon.isNumeralCharacter(previous) || QuantityLexicon.isLatinLetter(previous)
                || QuantityLexicon.isDatePart(previous)
            startsNumber = character != "-" || !glued
        }
        if QuantityLexicon.fractionDenominatorCharacters.contains(character),
            QuantityLexicon.matches("分之", in: characters, at: index + 1)
        {
            startsNumber = true
        }
        guard startsNumber else { return nil }
        return try? parser.parse(at: index)
    }

    /// Whether a prefix qualifier starts here and is meant as one (近 in 最近 or 附近 is not).
    private func startsPrefixQualifier(at index: Int) -> Bool {
        guard QuantityLexicon.prefixQualifierTable.first(in: characters, at: index) != nil else { return false }
        if characters[index] == "近", index > 0, "最附邻靠将接".contains(characters[index - 1]) { return false }
        return true
    }

    // MARK: - Filters

    /// Whether a phrase is a quantity rather than a date, an ordinal, a label or a word that contains a numeral.
    private func accepts(_ phrase: Phrase) -> Bool {
        let number = phrase.number
        let numberCharacters = characters[number.start..<number.end]
        let hasArabic = numberCharacters.contains { QuantityLexicon.asciiDigit($0) != nil }
        let previous: Character? = number.start > 0 ? characters[number.start - 1] : nil
        let afterNumber: Character? = number.end < characters.count ? characters[number.end] : nil
        let afterPhrase: Character? = phrase.end < characters.count ? characters[phrase.end] : nil
        let hasPrefix = phrase.start < number.start

        // Ordinals and vague counts: 第3, 十一届十次, 几十家, 数百, 周一.
        if !hasPrefix, let previous {
            if previous == "第" || previous == "届" { return false }
            if !hasArabic, "几数周初".contains(previous) { return false }
        }
        // Glued to Latin letters: 5G, 3D.
        if let afterNumber, QuantityLexicon.isLatinLetter(afterNumber) { return false }
        // Dates and times: 7月30日, 10点.
        if !phrase.hasUnitWord, let afterNumber, QuantityLexicon.isDatePart(afterNumber) { return false }
        let plainDigitCount =
            numberCharacters.allSatisfy { QuantityLexicon.asciiDigit($0) != nil } ? numberCharacters.count : nil
        if phrase.unit == .years {
            if !phrase.hasQualifier, plainDigitCount == 4 { return false }
            if let afterPhrase, "级代".contains(afterPhrase) { return false }
        }
        if !phrase.hasUnitWord && !phrase.hasQualifier {
            if !hasArabic { return false }
            if plainDigitCount == 4, let year = Int(String(numberCharacters)), (1900...2100).contains(year) {
                return false
            }
            if isLabel(phrase, previous: previous, after: afterPhrase) { return false }
            if isStartOfDateRange(after: number.end) { return false }
        }
        if !hasArabic, let word = phrase.unit.measureWord, QuantityLexicon.extraMeasureWords.contains(word) {
            // Chinese numerals take only the core measure words: 三位一体 is no count.
            return false
        }
        if !hasArabic, number.end - number.start == 1, QuantityLexicon.chineseDigit(characters[number.start]) == 1,
            !phrase.hasQualifier, phrase.unit != .multiple
        {
            // A lone 一 is nearly always the article "a/one" (一批, 一次, 一个方向).
            return false
        }
        return true
    }

    /// Whether a bare number is a label: “1346”, list markers such as 1、 or (2).
    private func isLabel(_ phrase: Phrase, previous: Character?, after: Character?) -> Bool {
        if let previous, let after, "“\"「『‘".contains(previous), "”\"」』’".contains(after) { return true }
        if let previous, let after, "(（".contains(previous), ")）".contains(after) { return true }
        guard let after, "、.)）".contains(after) else { return false }
        var position = phrase.start - 1
        while position >= 0, QuantityLexicon.isHorizontalSpace(characters[position]) { position -= 1 }
        return position < 0 || characters[position].isNewline
    }

    /// Whether a range connector and a date part follow: the 1 of 1~6月.
    private func isStartOfDateRange(after end: Int) -> Bool {
        guard end + 1 < characters.count, QuantityLexicon.isRangeConnector(characters[end]),
            QuantityLexicon.canStartNumeral(characters[end + 1])
        else { return false }
        var reader = NumberReader(characters: characters, start: end + 1, mode: .running)
        guard let next = try? reader.read(), next.end < characters.count else { return false }
        return QuantityLexicon.isDatePart(characters[next.end])
    }

    // MARK: - Skipping

    /// The offset after a numeral run that starts here (so that 二七 is not read again from 七).
    private func skipRun(from index: Int) -> Int {
        guard index < characters.count,
            QuantityLexicon.canStartNumeral(characters[index])
                || QuantityLexicon.smallUnitPower(characters[index]) != nil
                || QuantityLexicon.bigUnitPower(characters[index]) != nil
        else { return index + 1 }
        var position = index
        while position < characters.count, QuantityLexicon.isNumeralCharacter(characters[position]) {
            position += 1
        }
        return max(position, index + 1)
    }

    /// The offset after an identifier that mixes letters and digits (PM2.5, E04-05).
    private func skipIdentifier(from index: Int) -> Int {
        var position = index
        while position < characters.count {
            let character = characters[position]
            guard
                QuantityLexicon.asciiDigit(character) != nil || QuantityLexicon.isLatinLetter(character)
                    || character == "." || character == "-" || character == "_"
            else { break }
            position += 1
        }
        return max(position, index + 1)
    }

}
