/// Why a text is not a quantity, with the character offset of the offending character.
///
/// Offsets count Swift `Character`s (grapheme clusters) from the start of the text given to
/// ``QuantityLanguage/parse(_:)`` or ``QuantityLanguage/parseNumber(_:)``, starting at 0.
/// The ``description`` says what is wrong and how to fix it.
public enum QuantityParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is empty or only white space.
    case empty(offset: Int)
    /// A qualifier, unit or sign has no number (e.g. `以上`, `亿元`, `负`).
    case missingNumber(offset: Int)
    /// A character that has no place in a quantity here.
    case unexpectedCharacter(Character, offset: Int)
    /// A digit directly follows another digit (`一一`, `二〇二〇`); digit-by-digit readings are not accepted.
    case digitAfterDigit(offset: Int)
    /// A unit such as 百, 千, 万 or 亿 has no digit before it (`百十一`, `万`).
    case unitWithoutDigit(offset: Int)
    /// Units below 万 are not in descending order (`十一十二`, `一十一百`).
    case unitOutOfOrder(offset: Int)
    /// 万 or 亿 is used twice at the same level (`一万一万`).
    case repeatedMagnitude(offset: Int)
    /// 零 is misplaced: doubled, at the end, or before a unit (`一千零零一`, `一百零`, `零万`).
    case misplacedZero(offset: Int)
    /// An Arabic number cannot take the unit that follows it (`30千`): only a single digit 1–9 can.
    case invalidCoefficient(offset: Int)
    /// A part is too large for its position (`四千2300`, `1万60000`).
    case positionOverflow(offset: Int)
    /// A second decimal point (`1.2.3`, `10..1万`).
    case secondDecimalPoint(offset: Int)
    /// A decimal point (`.` or 点) has no digit after it (`1.`, `零点`).
    case missingFractionDigits(offset: Int)
    /// A decimal comes after other parts of the number (`一万2.5`); a decimal must start the number.
    case misplacedDecimal(offset: Int)
    /// A thousands separator is not between groups of three digits (`1,2345`).
    case misplacedSeparator(offset: Int)
    /// Something follows a decimal and its magnitude (`10.1万零100`).
    case trailingAfterDecimal(offset: Int)
    /// The value has more than 38 significant digits, which an ``ExactDecimal`` cannot hold.
    case tooManyDigits(offset: Int)
    /// The value is beyond ``ExactDecimal``'s range (an exponent above 127 or below −128).
    case outOfRange(offset: Int)
    /// A fraction's denominator is zero (`零分之一`).
    case zeroDenominator(offset: Int)
    /// A fraction has no exact decimal value (`三分之一`), asked of ``QuantityLanguage/parseNumber(_:)``.
    case inexactFraction(offset: Int)
    /// A second, different comparator or approximation (`超过100以上`, `约100余`), or a qualifier that
    /// contradicts a change or range (`下降负3%`, `2%以上至3%`).
    case conflictingQualifier(offset: Int)
    /// A word after the number is no unit Erqi knows (`45微克`, `5 apples`): the figure would otherwise be read as a
    /// bare count. The text is the word as written.
    case unknownUnit(String, offset: Int)
    /// The two ends of a range have different units (`2%至3年`).
    case rangeUnitsDiffer(offset: Int)
    /// A range's second figure is below its first (`3%至2%`); write the smaller figure first.
    case invertedRange(offset: Int)

    /// The character offset of the offending character.
    public var offset: Int {
        switch self {
        case .empty(let offset), .missingNumber(let offset), .unexpectedCharacter(_, let offset),
            .digitAfterDigit(let offset), .unitWithoutDigit(let offset), .unitOutOfOrder(let offset),
            .repeatedMagnitude(let offset), .misplacedZero(let offset), .invalidCoefficient(let offset),
            .positionOverflow(let offset), .secondDecimalPoint(let offset), .missingFractionDigits(let offset),
            .misplacedDecimal(let offset), .misplacedSeparator(let offset), .trailingAfterDecimal(let offset),
            .tooManyDigits(let offset), .outOfRange(let offset), .zeroDenominator(let offset),
            .inexactFraction(let offset), .conflictingQualifier(let offset), .unknownUnit(_, let offset),
            .rangeUnitsDiffer(let offset), .invertedRange(let offset):
            offset
        }
    }

    /// A message that says where, what is wrong and how to fix it.
    public var description: String {
        "at character \(offset): " + explanation
    }

    private var explanation: String {
        switch self {
        case .empty:
            "the text is empty; write a number such as 518亿元 or 99.62%"
        case .missingNumber:
            "a number is missing; write the figure before the unit or after the qualifier (e.g. 518亿元以上)"
        case .unexpectedCharacter(let character, _):
            "'\(character)' is not part of a quantity; remove it or write the quantity alone"
        case .digitAfterDigit:
            "a digit follows another digit; write 十一 or 11, not 一一 (digit-by-digit readings are not accepted)"
        case .unitWithoutDigit:
            "this unit has no digit before it; write 一百 or 一万, not 百 or 万 alone"
        case .unitOutOfOrder:
            "units must descend (千, 百, 十); write 一百一十一, not 十一十二 or 一十一百"
        case .repeatedMagnitude:
            "万 or 亿 appears twice at one level; write 两万, not 一万一万"
        case .misplacedZero:
            "零 must stand alone between a unit and the digit it introduces; write 一千零一, not 一千零零一 or 一百零"
        case .invalidCoefficient:
            "only a single digit 1–9 can take 十, 百 or 千; write 3000 or 3千, not 30百"
        case .positionOverflow:
            "this part is too large for its position; write 四千二百三十 or 4230, not 四千2300"
        case .secondDecimalPoint:
            "a number has at most one decimal point; write 1.2, not 1.2.3 or 10..1"
        case .missingFractionDigits:
            "a decimal point needs a digit after it; write 1.5 or 一点五"
        case .misplacedDecimal:
            "a decimal must start the number; write 1.25万, not 一万2.5"
        case .misplacedSeparator:
            "thousands separators go between groups of three digits; write 12,345 or 12345"
        case .trailingAfterDecimal:
            "nothing may follow a decimal and its magnitude; write 10.1001万 or 101100, not 10.1万零100"
        case .tooManyDigits:
            "more than 38 significant digits would be rounded; shorten the number"
        case .outOfRange:
            "the value is beyond the exact decimal range (exponent −128…127)"
        case .zeroDenominator:
            "a fraction's denominator must not be zero"
        case .inexactFraction:
            "this fraction has no exact decimal value; parse it as a quantity, which marks it approximate"
        case .conflictingQualifier:
            "a second comparator or approximation contradicts the first; keep one (e.g. 518亿元以上)"
        case .unknownUnit(let word, _):
            "'\(word)' is not a unit Erqi knows; write a known unit (元, %, 个百分点, 吨, 亩, 公顷, 平方米, 微克/立方米, "
                + "a measure word such as 个 or 人次, …) or give the value as {\"value\", \"unit\"}"
        case .rangeUnitsDiffer:
            "the two ends of a range must have one unit; write 2%至3%, not 2%至3年"
        case .invertedRange:
            "a range goes from the smaller figure to the larger; write 2%至3%, not 3%至2%"
        }
    }
}
