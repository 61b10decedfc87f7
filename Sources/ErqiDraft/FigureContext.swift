import ErqiCore

/// The words around one figure: the sentence and comma clause before its number, and the clause after it.
struct FigureContext {
    /// The offset of the figure's first numeral in the joined text.
    let numberStart: Int
    /// The end of the figure in the joined text.
    let end: Int
    /// The line of the first numeral.
    let line: Int
    /// The figure from its first numeral, line breaks removed.
    let literal: String
    /// The sentence before the number (from the last 。；！？).
    let sentence: String
    /// The comma clause before the number (from the last ，、： as well).
    let near: String
    /// The clause before the number up to the last ，：；。 (an enumeration with 、 stays in it): where cue words count.
    let clause: String
    /// Whether the number stands inside an opening quote that is not closed before it (a slogan: “三个二七”).
    let isQuoted: Bool
    /// The comma clause after the figure.
    let after: String
    /// The rest of the sentence after the figure.
    let afterSentence: String

    /// The characters a number can start with.
    static let numeralStarts: Set<Character> = Set(
        "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅")

    /// The context of an extracted quantity.
    init(found: ParsedQuantity, text: DraftText) {
        var start = found.range.lowerBound
        while start < found.range.upperBound, !Self.numeralStarts.contains(text.characters[start]) { start += 1 }
        if start == found.range.upperBound { start = found.range.lowerBound }
        self.init(numberStart: start, end: found.range.upperBound, text: text)
    }

    /// The context of the figure between two offsets.
    init(numberStart: Int, end: Int, text: DraftText) {
        self.numberStart = numberStart
        self.end = end
        line = text.line(at: numberStart)
        literal = text.flat(numberStart..<end)
        sentence = text.flat(text.clauseStart(before: numberStart, commas: false)..<numberStart)
        near = text.flat(text.clauseStart(before: numberStart, commas: true)..<numberStart)
        clause = text.flat(text.clauseStart(before: numberStart, commas: true, enumerations: false)..<numberStart)
        if let open = sentence.lastIndex(where: { "“‘「『".contains($0) }) {
            let inside = sentence[sentence.index(after: open)...]
            isQuoted = !inside.contains(where: { "”’」』".contains($0) }) && inside.count <= 6
        } else {
            isQuoted = false
        }
        after = text.flat(end..<text.clauseEnd(after: end, commas: true))
        afterSentence = text.flat(end..<text.clauseEnd(after: end, commas: false))
    }

    /// Every 全覆盖 (full coverage) of the text, read as 100%.
    static func fullCoverage(in text: DraftText) -> [(found: ParsedQuantity, context: FigureContext)] {
        let word = Array("全覆盖")
        var results: [(found: ParsedQuantity, context: FigureContext)] = []
        let flat = text.characters
        var index = 0
        while index + word.count <= flat.count {
            if Array(flat[index..<(index + word.count)]) == word {
                let found = ParsedQuantity(
                    text: "全覆盖", range: index..<(index + word.count), quantity: Quantity(1, .percent))
                results.append((found, FigureContext(numberStart: index, end: index + word.count, text: text)))
                index += word.count
            } else {
                index += 1
            }
        }
        return results
    }
}
