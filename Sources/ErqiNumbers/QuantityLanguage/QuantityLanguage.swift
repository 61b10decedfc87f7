import Foundation

/// Reads quantities the way Chinese reports write them: 518亿元以上, 13.2万余户, 百分之五点二, 三万五.
///
/// ```swift
/// let target = try QuantityLanguage.parse("518亿元以上")
/// // target.quantity == Quantity(value: 51800000000, unit: .yuan), target.comparator == .atLeast
///
/// let found = QuantityLanguage.extract(from: "完成297\n个老旧小区改造任务")
/// // one quantity: 297 count:个, text "297\n个", range 2..<7
/// ```
///
/// ## Numbers
/// Arabic digits (with thousands separators, full-width forms, 万/亿/万亿 and 十/百/千 magnitudes: 1.2万,
/// 16.4亿, 3.1千万); Chinese numerals 零〇一二两三四五六七八九十百千万亿, the formal 壹贰叁肆伍陆柒捌玖拾佰仟,
/// 廿 and 卅; spoken elisions, the same in both digit systems (三万五 = 3万5 = 35000, 3千5 = 3500, 一百二 = 120);
/// 零 (一千零十 = 1010, 1万零5 = 10005); mixed forms (100万三千, 1万600); decimals (16.4, 一点五); negatives
/// (负, -); fractions (三分之一 as a ``QuantityUnit/multiple``, 百分之五点二 as a ``QuantityUnit/percent``). Values are exact: they never pass through `Double`.
///
/// ## Qualifiers
/// 以上/及以上/不少于/不低于/至少 → ≥; 以下/以内/不超过/不高于/至多/最多 → ≤; 超过/超/逾/多于/高于 → >;
/// 不满/不到/不足/少于/低于 → <; 余/多 → ``Approximation/moreThan``; 近/将近/接近 → ``Approximation/nearly``;
/// 约/大约/左右/上下 → ``Approximation/about``.
///
/// ## Changes, ranges and commitments
/// A change keeps its direction (``ParsedQuantity/change``) and its sign: 下降3% is −3%, 同比增长8% is +8% year on
/// year, 提高2个百分点 is +2 points, 翻一番 is a multiple of 2 (翻两番 4); a comparator or 多/近 on a decrease is
/// mirrored (下降3%以上 is ≤ −3%). 提高到80% names the level reached (80%), not a change. A range (2%至3%, 2至3%,
/// 2%-3%, 两到三年, 2至3万元) is one quantity with ``ParsedQuantity/upperQuantity`` and the comparator
/// ``ComparisonOperator/between``. 确保 and 力争 are kept as ``ParsedQuantity/commitment``; 控制在3% is ≤ 3%.
///
/// ## Units
/// 元 (万元, 亿元 scale the value), 天, 个月, 年, 公里/千米, 米, 平方公里/平方千米, 平方米 (万平方米), 亩, 公顷,
/// 立方米, 吨 (万吨), 公斤/千克, 微克/立方米 (μg/m³), %, 个百分点, 倍, beds (床, 张床位: `count:床位`), and counts that
/// keep their measure word: 个 所 家 条 户 套 项 座 处 名 人 人次 场 次, and further 件 类 张 台 辆 部 本 只 头 棵 株 间
/// 栋 幢 批 份 篇 封 位 块 架 艘 宗 起 例 支 片 盏 根 层 户次 架次 小时 岁 班次 车次 辆次. ``parse(_:)`` rejects any
/// other word after the number (``QuantityParseError/unknownUnit(_:offset:)``) rather than reading a count, and reads
/// the English unit, magnitude and qualifier words that ``QuantityFormatter`` writes in English.
public enum QuantityLanguage {
    /// Parses a text that is exactly one quantity, with optional qualifiers and unit (`518亿元以上`), or one range
    /// (`2%至3%`).
    ///
    /// Leading and trailing white space is allowed. A word after the number that is no known unit is an error
    /// (``QuantityParseError/unknownUnit(_:offset:)``), never a bare count. A fraction without an exact decimal value (三分之一) is
    /// rounded to 20 significant digits (ties to even, as every division) and marked ``Approximation/about``
    /// unless another approximation was written.
    /// - Parameter text: The text, e.g. `"13.2万余户"`.
    /// - Returns: The quantity with its comparator and approximation; its range covers the text without the
    ///   surrounding white space.
    /// - Throws: ``QuantityParseError`` with the offset of the first offending character.
    public static func parse(_ text: String) throws(QuantityParseError) -> ParsedQuantity {
        let original = Array(text)
        let characters = original.map(QuantityLexicon.normalized)
        let start = try firstNonSpace(characters)
        let parser = PhraseParser(characters: characters, mode: .whole)
        let phrase = try parser.parse(at: start)
        if let range = try parser.parseRange(after: phrase) {
            try requireEnd(characters, original, after: range.end)
            return quantity(of: range, in: original)
        }
        try requireEnd(characters, original, after: phrase.end)
        return quantity(of: phrase, in: original)
    }

    /// The parsed quantity of one phrase.
    static func quantity(of phrase: Phrase, in original: [Character]) -> ParsedQuantity {
        let approximation =
            phrase.isInexactFraction && phrase.approximation == .exact ? .about : phrase.approximation
        return ParsedQuantity(
            text: String(original[phrase.start..<phrase.end]), range: phrase.start..<phrase.end,
            quantity: Quantity(value: phrase.value, unit: phrase.unit), comparator: phrase.comparator,
            approximation: approximation, change: phrase.change, commitment: phrase.commitment)
    }

    /// The parsed quantity of a range: the lower end, the upper end and ``ComparisonOperator/between``.
    static func quantity(of range: PhraseRange, in original: [Character]) -> ParsedQuantity {
        let inexact = range.first.isInexactFraction || range.second.isInexactFraction
        let approximation = inexact && range.approximation == .exact ? .about : range.approximation
        return ParsedQuantity(
            text: String(original[range.first.start..<range.end]), range: range.first.start..<range.end,
            quantity: Quantity(value: range.lower, unit: range.unit), comparator: .between,
            approximation: approximation, upperQuantity: Quantity(value: range.upper, unit: range.unit),
            change: range.first.change, commitment: range.first.commitment)
    }

    /// Parses a text that is exactly one number (`16.4亿`, `一万零五`, `负一点五`, `百分之五点二`, `1,234.5`).
    ///
    /// Magnitudes are applied (1.2万 is 12000) and a fraction gives its quotient (百分之五点二 is 0.052);
    /// units, qualifiers and 余/多 are not numbers and are rejected.
    /// - Parameter text: The text.
    /// - Returns: The exact value.
    /// - Throws: ``QuantityParseError`` with the offset of the first offending character;
    ///   ``QuantityParseError/inexactFraction(offset:)`` for a fraction with no exact decimal value.
    public static func parseNumber(_ text: String) throws(QuantityParseError) -> ExactDecimal {
        let original = Array(text)
        let characters = original.map(QuantityLexicon.normalized)
        let start = try firstNonSpace(characters)
        let phrase = try PhraseParser(characters: characters, mode: .whole).parse(at: start, numberOnly: true)
        if let offset = phrase.number.moreThanOffset {
            throw .unexpectedCharacter(original[offset], offset: offset)
        }
        try requireEnd(characters, original, after: phrase.end)
        if phrase.isInexactFraction { throw .inexactFraction(offset: phrase.start) }
        return phrase.value
    }

    /// Finds every quantity in running text, in order, with its character range.
    ///
    /// - A single line break (with spaces) inside a phrase is joined ("完成297⏎个" is 297个, "518亿⏎元以上" is
    ///   518亿元以上), but never before a digit, so two numbers are never glued together.
    /// - Not quantities: years (2020年, a bare 2016), months, days and times (7月30日, 1~6月, 10点), ordinals
    ///   (第3, 十一届十次), vague numbers (几十家, 数百), labels in quotes or list markers (“1346”, 1、, (2)),
    ///   numbers glued to Latin letters (PM2.5, 5G), a Chinese numeral without a unit (二七区, 六稳), and a lone
    ///   一 unless qualified or a multiple (一批 and 一次 are no quantities; 近一倍 is).
    /// - Only the measure words in the lexicon count in running text: 500强 is the bare number 500.
    /// - Text that looks like a number but breaks its grammar (一一, 1.2.3) is skipped whole.
    /// - Parameter text: The running text.
    /// - Returns: The quantities found; an empty array when there are none.
    public static func extract(from text: String) -> [ParsedQuantity] {
        QuantityExtractor(text: text).extract()
    }

    // MARK: - Helpers

    private static func firstNonSpace(_ characters: [Character]) throws(QuantityParseError) -> Int {
        var start = 0
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        guard start < characters.count else { throw .empty(offset: 0) }
        return start
    }

    private static func requireEnd(_ characters: [Character], _ original: [Character], after end: Int)
        throws(QuantityParseError)
    {
        var position = end
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        if position < characters.count { throw .unexpectedCharacter(original[position], offset: position) }
    }
}
