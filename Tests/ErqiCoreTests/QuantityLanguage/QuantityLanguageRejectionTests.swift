import ErqiCore
import Testing

/// A text that is not a quantity, and the error it must give.
struct RejectionCase: Sendable, CustomTestStringConvertible {
    let input: String
    let error: QuantityParseError

    var testDescription: String { input.count > 30 ? String(input.prefix(30)) + "…" : input }
}

struct QuantityLanguageRejectionTests {
    static let rejections: [RejectionCase] = [
        // The examples.
        RejectionCase(input: "一一", error: .digitAfterDigit(offset: 1)),
        RejectionCase(input: "百十一", error: .unitWithoutDigit(offset: 0)),
        RejectionCase(input: "10..1万", error: .secondDecimalPoint(offset: 3)),
        RejectionCase(input: "1.2.3", error: .secondDecimalPoint(offset: 3)),
        // cn2an's rejections.
        RejectionCase(input: "壹壹", error: .digitAfterDigit(offset: 1)),
        RejectionCase(input: "一七二零", error: .digitAfterDigit(offset: 1)),
        RejectionCase(input: "十一十二", error: .unitOutOfOrder(offset: 2)),
        RejectionCase(input: "负十一十二", error: .unitOutOfOrder(offset: 3)),
        RejectionCase(input: "十七十八", error: .unitOutOfOrder(offset: 2)),
        RejectionCase(input: "零点", error: .missingFractionDigits(offset: 2)),
        RejectionCase(input: "点零", error: .missingNumber(offset: 0)),
        RejectionCase(input: "点一", error: .missingNumber(offset: 0)),
        RejectionCase(input: "零点点", error: .missingFractionDigits(offset: 2)),
        RejectionCase(input: "10.1万零100", error: .trailingAfterDecimal(offset: 5)),
        // Further grammar.
        RejectionCase(input: "", error: .empty(offset: 0)),
        RejectionCase(input: "   ", error: .empty(offset: 0)),
        RejectionCase(input: "以上", error: .missingNumber(offset: 0)),
        RejectionCase(input: "亿元", error: .unitWithoutDigit(offset: 0)),
        RejectionCase(input: "负", error: .missingNumber(offset: 1)),
        RejectionCase(input: "一十一百", error: .unitOutOfOrder(offset: 3)),
        RejectionCase(input: "一万一万", error: .repeatedMagnitude(offset: 3)),
        RejectionCase(input: "一亿二亿", error: .repeatedMagnitude(offset: 3)),
        RejectionCase(input: "一亿万", error: .unitWithoutDigit(offset: 2)),
        RejectionCase(input: "一千零零一", error: .misplacedZero(offset: 3)),
        RejectionCase(input: "一百零", error: .misplacedZero(offset: 2)),
        RejectionCase(input: "零万", error: .misplacedZero(offset: 0)),
        RejectionCase(input: "30千", error: .invalidCoefficient(offset: 0)),
        RejectionCase(input: "四千2300", error: .positionOverflow(offset: 2)),
        RejectionCase(input: "1万60000", error: .positionOverflow(offset: 2)),
        RejectionCase(input: "1亿12000万", error: .positionOverflow(offset: 2)),
        RejectionCase(input: "1,2345", error: .misplacedSeparator(offset: 1)),
        RejectionCase(input: "12345,678", error: .misplacedSeparator(offset: 5)),
        RejectionCase(input: "一万2.5", error: .misplacedDecimal(offset: 2)),
        RejectionCase(input: "1.", error: .missingFractionDigits(offset: 2)),
        RejectionCase(input: "1.2万5千", error: .trailingAfterDecimal(offset: 4)),
        RejectionCase(input: "123456789012345678901234567890123456789", error: .tooManyDigits(offset: 0)),
        RejectionCase(input: "99999999999999999999999999999999999999亿1", error: .tooManyDigits(offset: 0)),
        RejectionCase(input: "1" + String(repeating: "0", count: 200), error: .outOfRange(offset: 0)),
        RejectionCase(input: "0." + String(repeating: "0", count: 200) + "1", error: .outOfRange(offset: 0)),
        RejectionCase(input: "1" + String(repeating: "0", count: 500), error: .tooManyDigits(offset: 0)),
        RejectionCase(input: "零分之一", error: .zeroDenominator(offset: 0)),
        RejectionCase(input: "超过100以上", error: .conflictingQualifier(offset: 5)),
        RejectionCase(input: "约100余", error: .conflictingQualifier(offset: 4)),
        RejectionCase(input: "518亿元以上的", error: .unexpectedCharacter("的", offset: 7)),
        RejectionCase(input: "518亿元 518亿元", error: .unexpectedCharacter("5", offset: 6)),
        RejectionCase(input: "297\n30个", error: .unexpectedCharacter("3", offset: 4)),
        RejectionCase(input: "二〇二〇年", error: .digitAfterDigit(offset: 1)),
    ]

    @Test(arguments: rejections)
    func rejectsWithTheOffendingOffset(_ rejection: RejectionCase) {
        #expect(throws: rejection.error) { try QuantityLanguage.parse(rejection.input) }
    }

    @Test(arguments: [
        ("三分之一", QuantityParseError.inexactFraction(offset: 0)),
        ("100元", .unexpectedCharacter("元", offset: 3)),
        ("13.2万余", .unexpectedCharacter("余", offset: 5)),
        ("80多万", .unexpectedCharacter("多", offset: 2)),
        ("零点零大", .unexpectedCharacter("大", offset: 3)),
        ("一一", .digitAfterDigit(offset: 1)),
    ])
    func parseNumberRejectsWhatIsNotANumber(text: String, error: QuantityParseError) {
        #expect(throws: error) { try QuantityLanguage.parseNumber(text) }
    }

    @Test func everyErrorSaysWhereAndHowToFix() {
        for rejection in Self.rejections {
            let message = rejection.error.description
            #expect(message.hasPrefix("at character \(rejection.error.offset): "))
            #expect(message.count > 30)
        }
    }
}
