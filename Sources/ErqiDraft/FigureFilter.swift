import ErqiCore

/// Decides which numbers are no figure of a plan, and finds the numbers the quantity extractor did not read.
enum FigureFilter {
    /// The category and reason when an extracted quantity is left out, or `nil` when it is a figure.
    static func leftOutCategory(_ found: ParsedQuantity, context: FigureContext) -> (LeftOutCategory, String)? {
        let literal = context.literal
        let unit = found.quantity.unit
        let after = context.after
        if after.hasPrefix("强") {
            return (.threshold, "a class of companies (…强), not a result")
        }
        if context.isQuoted {
            return (.name, "inside a quoted name or slogan")
        }
        if unit.measureWord == "次", ["党代会", "全会", "会议", "代表大会"].contains(where: { after.hasPrefix($0) }) {
            return (.ordinal, "the number of a meeting (十一次党代会)")
        }
        if let word = unit.measureWord, isChineseNumeral(literal, before: word), let next = after.first,
            "一二三四五六七八九十".contains(next)
        {
            return (.name, "part of a name that contains numbers (三个二七)")
        }
        if unit == .years, ["的时间", "时间", "内", "间"].contains(where: { after.hasPrefix($0) }) {
            return (.date, "a span of years that sets a period")
        }
        if unit == .count(measureWord: nil),
            CueWords.peopleWords.contains(where: { after.hasPrefix($0) }) || after.prefix(4).contains("人")
        {
            return nil
        }
        if unit == .count(measureWord: nil) {
            return (.noUnit, "a bare number without a unit or measure word")
        }
        if let first = literal.first, "千百万亿".contains(first) {
            return (.vagueAmount, "a round magnitude without a digit (千万, 百年) is a manner of speaking")
        }
        if unit.measureWord != nil, CueWords.themeWords.contains(where: { after.hasPrefix($0) }) {
            return (.themeCount, "counts themes or list items of the report itself")
        }
        if let word = unit.measureWord, ["个", "项", "大", "方面"].contains(word), isChineseNumeral(literal, before: word),
            let first = literal.first, "三四五六七八九十".contains(first), literal.count <= 2
        {
            return (.themeCount, "a small count in Chinese numerals (六个, 八项) counts the report's own items")
        }
        let qualified = found.comparator != nil || found.approximation == .moreThan
        let sizedThing = ["项目", "企业"].contains(where: { after.prefix(8).contains($0) })
        if qualified, unit == .yuan, sizedThing,
            after.hasPrefix("的") || after.hasPrefix("项目") || after.hasPrefix("重大")
                || after.hasPrefix("企业")
        {
            return (.threshold, "a size class of projects or firms (…亿元以上项目), not a result")
        }
        if unit == .metres || unit == .kilometres,
            ["安全区", "范围", "半径", "以内", "内"].contains(where: { after.hasPrefix($0) })
        {
            return (.threshold, "the radius of a zone, which qualifies the target rather than being one")
        }
        if unit == .count(measureWord: "小时") || (unit == .days && after.hasPrefix("后")) {
            return (.date, "a time span of an event, not a result")
        }
        if unit == .years, isChineseNumeral(literal, before: "年"), found.comparator == nil,
            !context.near.hasSuffix("连续")
        {
            return (.date, "a span of years used as a period or a headline")
        }
        return nil
    }

    /// Whether the number of a literal is written in Chinese numerals only.
    private static func isChineseNumeral(_ literal: String, before word: String) -> Bool {
        let number = literal.prefix { !word.hasPrefix(String($0)) && !"%余多".contains($0) }
        return !number.isEmpty && number.allSatisfy { "零〇一二两三四五六七八九十".contains($0) }
    }

    /// The runs of Arabic digits the extractor did not read, each with its category.
    static func unreadNumbers(in text: DraftText, covered: [Range<Int>]) -> [LeftOutFigure] {
        let characters = text.characters
        var results: [LeftOutFigure] = []
        var index = 0
        var coveredIndex = 0
        let sorted = covered.sorted { $0.lowerBound < $1.lowerBound }
        while index < characters.count {
            if let vague = vagueAmount(in: characters, at: index) {
                results.append(
                    LeftOutFigure(
                        literal: String(characters[index..<vague]), line: text.line(at: index),
                        category: .vagueAmount, reason: "a vague amount (几十, 千万, 百年) is a manner of speaking"))
                index = vague
                continue
            }
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." {
                end += 1
            }
            while coveredIndex < sorted.count, sorted[coveredIndex].upperBound <= index { coveredIndex += 1 }
            let isCovered = coveredIndex < sorted.count && sorted[coveredIndex].contains(index)
            if !isCovered {
                let literalEnd = min(characters.count, end + 1)
                let literal = text.flat(index..<literalEnd)
                let (category, reason) = category(of: characters, start: index, end: end)
                results.append(
                    LeftOutFigure(literal: literal, line: text.line(at: index), category: category, reason: reason))
            }
            index = end
        }
        return results
    }

    /// The end of a vague amount that starts here (几十家, 数百人, 千万人次, 百年, 百余家), or `nil`.
    private static func vagueAmount(in characters: [Character], at index: Int) -> Int? {
        let magnitudes: Set<Character> = ["十", "百", "千", "万", "亿"]
        let words = ["人次", "人", "家", "年", "个", "项", "名", "次"]
        var position = index
        if "几数".contains(characters[index]) {
            position += 1
        } else if index > 0, "零〇一二两三四五六七八九十百千万亿0123456789".contains(characters[index - 1]) {
            return nil
        }
        let numberStart = position
        while position < characters.count, magnitudes.contains(characters[position]) { position += 1 }
        guard position > numberStart else { return nil }
        if position < characters.count, "余多".contains(characters[position]) { position += 1 }
        let rest = String(characters[position..<min(characters.count, position + 2)])
        guard let word = words.first(where: { rest.hasPrefix($0) }) else { return nil }
        return position + word.count
    }

    /// Why the extractor skipped a run of digits.
    private static func category(of characters: [Character], start: Int, end: Int) -> (LeftOutCategory, String) {
        let next: Character? = end < characters.count ? characters[end] : nil
        let previous: Character? = start > 0 ? characters[start - 1] : nil
        if let next, "年月日号时点".contains(next) || next == "~" || next == "-" || next == "～" {
            return (.date, "a date, a year or a time")
        }
        if let previous, "年月".contains(previous) { return (.date, "a date, a year or a time") }
        if let previous, previous == "第" { return (.ordinal, "an ordinal") }
        if let next, "届批名位".contains(next) { return (.ordinal, "an ordinal or a rank") }
        if let previous, previous.isASCII && previous.isLetter { return (.name, "part of a name with letters (PM2.5)") }
        if let next, next.isASCII && next.isLetter { return (.name, "part of a name with letters (5G)") }
        if let previous, "“\"「『(（".contains(previous) { return (.name, "a label or a slogan in quotes") }
        if let next, "、.)）".contains(next) { return (.ordinal, "a list marker") }
        if let next, next == "强" { return (.threshold, "a class of companies (…强)") }
        return (.noUnit, "a number that the quantity language does not read as a quantity")
    }
}
