import ErqiCore
import ErqiPlanFiles
import Testing

/// The small rules under the loaders' messages: the id rule (#13 point 15), how lines are counted (point 9) and
/// how invisible characters are named in messages (point 12).
struct PlanTextRulesTests {
    @Test(
        arguments: [
            ("invest-2020", nil),
            ("投资 2020", nil),
            ("caf\u{E9}", nil),
            ("", "the id is empty"),
            ("   ", "the id is blank; write visible characters"),
            ("\u{3000}", "the id is blank; write visible characters"),
            ("a\u{0}b", "the id holds U+0000 NULL"),
            ("a\nb", "the id holds U+000A LINE FEED"),
            ("a\u{1B}[31m", "the id holds U+001B ESCAPE"),
            ("a\u{200B}b", "the id holds U+200B ZERO WIDTH SPACE"),
            ("a\u{200F}", "the id holds U+200F RIGHT-TO-LEFT MARK"),
            ("\u{FEFF}a", "the id holds U+FEFF ZERO WIDTH NO-BREAK SPACE"),
            ("a\u{202E}b", "the id holds U+202E RIGHT-TO-LEFT OVERRIDE"),
            ("a\u{2066}b", "the id holds U+2066 LEFT-TO-RIGHT ISOLATE"),
            ("a\u{061C}b", "the id holds U+061C ARABIC LETTER MARK"),
            ("a\u{2060}b", "the id holds U+2060 WORD JOINER"),
            ("a\u{2028}b", "the id holds U+2028 LINE SEPARATOR"),
            ("cafe\u{301}", "the id is not in Unicode normalization form C (NFC); write it with composed characters"),
        ] as [(String, String?)])
    func point15IdentifierRule(_ id: String, _ expected: String?) {
        let violation = IdentifierRule.violation(in: id)
        if let expected {
            #expect(violation?.hasPrefix(expected) == true, "\(violation ?? "nil")")
        } else {
            #expect(violation == nil)
        }
    }

    @Test func point9LinesEndAtLFCRLFAndALoneCR() {
        // Line 1 "a" ends with CR, line 2 "bc" with CRLF, line 3 "d" with LF, line 4 is "e".
        let text = SourceText(file: "f", bytes: Array("a\rbc\r\nd\ne".utf8))
        let positions = (0..<10).map { text.position(of: $0) }
        #expect(positions.map(\.line) == [1, 1, 2, 2, 2, 2, 3, 3, 4, 4])
        #expect(positions.map(\.column) == [1, 2, 1, 2, 3, 4, 1, 2, 1, 2])
    }

    @Test func point12InvisibleCharactersAreNamedInMessages() {
        let problem = PlanFileProblem(
            kind: .unknownID, file: "p.json", line: 1, column: 2, field: "id\u{200B}",
            message: "unknown indicator 'a\u{200B}b\u{1B}'")
        #expect(
            problem.description
                == "p.json:1:2: id<U+200B ZERO WIDTH SPACE>: unknown indicator 'a<U+200B ZERO WIDTH SPACE>b<U+001B ESCAPE>'"
        )
        #expect(VisibleText.make("投资 2020 (≥)") == "投资 2020 (≥)")
        #expect(VisibleText.make("a\u{A0}b") == "a<U+00A0 NO-BREAK SPACE>b")
    }
}
