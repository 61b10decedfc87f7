import Foundation
import Testing

@testable import ErqiCore
@testable import ErqiPlanFiles

/// The checks of a file's bytes that run on every load: UTF-8 (with ASCII skipped eight bytes at a time),
/// NUL bytes and inner byte-order marks found with `memchr`, and the line table built only for a problem.
struct SourceTextBytesTests {
    @Test func theFirstInvalidByteIsFoundWhereverItIsInARunOfASCII() {
        var random = SplitMix64(seed: 1_803)
        for _ in 0..<400 {
            // Characters of one or three bytes; the bad byte goes between two of them.
            var characters = (0..<Int.random(in: 1...40, using: &random)).map { _ in
                [UInt8.random(in: 0x21...0x7E, using: &random)]
            }
            if Bool.random(using: &random) { characters.insert(Array("中".utf8), at: characters.count / 2) }
            let bad = Int.random(in: 0...characters.count, using: &random)
            let before = characters[0..<bad].flatMap { $0 }
            let after = characters[bad...].flatMap { $0 }
            let bytes = before + [[0xFF, 0xC0, 0x80, 0xED][Int.random(in: 0..<4, using: &random)]] + after
            let expectedColumn = bad + 1
            let problems = SourceText(file: "t.csv", bytes: bytes).unreadableEncodingProblems()
            #expect(problems.count == 1)
            #expect(problems.first?.line == 1 && problems.first?.column == expectedColumn, "\(bytes)")
        }
    }

    @Test func validTextOfAnyLengthHasNoEncodingProblem() {
        for length in 0..<40 {
            let text = String(repeating: "ab,1\n", count: length) + String(repeating: "é", count: length % 3)
            #expect(SourceText(file: "t.csv", bytes: Array(text.utf8)).encodingProblems().isEmpty)
        }
    }

    @Test func aNulAndInnerByteOrderMarksAreFoundWhereTheyAre() {
        let nul = SourceText(file: "t.csv", bytes: Array("a,b\nc\u{0}d\n".utf8))
        #expect(
            nul.unreadableEncodingProblems().map(\.description) == [
                "t.csv:2:2: the file holds a NUL byte; it is not a text file"
            ])
        // 0xEF also leads other characters (U+FF0C, a full-width comma): only EF BB BF is a mark.
        let marks = SourceText(file: "t.csv", bytes: Array("\u{FEFF}a，b\n\u{FEFF}c\r\u{FEFF}".utf8))
        #expect(marks.innerByteOrderMarks().map { ($0.line, $0.column) }.elementsEqual([(2, 1), (3, 1)], by: ==))
    }

    @Test func copiesOfATextShareOneLineTableAcrossThreads() async {
        let bytes = Array((1...2_000).map { "row \($0)\r\n" }.joined().utf8)
        let text = SourceText(file: "t.csv", bytes: bytes)
        let lines = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                let copy = text
                group.addTask { (0..<200).map { copy.position(of: $0 * 41).line } }
            }
            return await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        // Each row is 9 to 12 bytes; the line of an offset is one more than the line feeds before it.
        let expected = (0..<200).map { bytes[0..<($0 * 41)].count(where: { $0 == 0x0A }) + 1 }
        #expect(lines.count == 4 && lines.allSatisfy { $0 == expected })
    }
}
