import Foundation
import Testing

@testable import ErqiCore
@testable import ErqiPlanFiles

/// Splitting a CSV file into chunks at row boundaries outside quotes (issue #18, point 3).
struct CSVChunksTests {
    /// The offsets where rows start, as the serial reader finds them.
    static func rowStarts(_ text: String) -> Set<Int> {
        var table = CSVTable(SourceText(file: "t.csv", bytes: Array(text.utf8)))
        var cells: [CSVCell] = []
        var starts: Set<Int> = [table.position]
        while case .success(true) = table.nextRow(into: &cells) { starts.insert(table.position) }
        return starts
    }

    @Test func aQuotedRowStraddlingTheSplitPointEndsTheFirstChunkAfterIt() {
        // The middle of the bytes falls inside the quoted note of the second row, between two of its line breaks.
        let first = "a,1,short\n"
        let straddling = "b,2,\"line one,\nline two\nline \"\"three\"\"\n,\nline four\"\n"
        let text = first + straddling + "c,3,x\n"
        let bytes = Array(text.utf8)
        let middle = bytes.count / 2
        #expect(middle > first.utf8.count && middle < first.utf8.count + straddling.utf8.count)
        let chunks = CSVChunks.split(bytes, rows: 0..<bytes.count, count: 2, minimumSize: 1)
        #expect(
            chunks == [0..<(first.utf8.count + straddling.utf8.count), (first + straddling).utf8.count..<bytes.count])
    }

    @Test func aSplitPointInsideACRLFBreakEndsTheChunkAfterTheLineFeed() {
        let text = "aaaa\r\nbbbb\r\n"
        let bytes = Array(text.utf8)
        // The middle is offset 6, just after "aaaa\r\n": the chunk ends after the next break, at 12 (the end).
        #expect(CSVChunks.split(bytes, rows: 0..<bytes.count, count: 2, minimumSize: 1) == [0..<12])
        let crlf = Array("aaa\r\nbbbbbb\r\ncc\n".utf8)
        // The middle, 8, lies in "bbbbbb": the chunk ends after its CRLF, not between CR and LF.
        #expect(CSVChunks.split(crlf, rows: 0..<crlf.count, count: 2, minimumSize: 1) == [0..<13, 13..<16])
        let lineFeed = Array("aaaaaaa\r\nbbbbbbb\n".utf8)
        // The middle, 8, is the LF of a CRLF: the chunk ends just after it.
        #expect(CSVChunks.split(lineFeed, rows: 0..<lineFeed.count, count: 2, minimumSize: 1) == [0..<9, 9..<17])
        let cr = Array("aaa\rbbbbbb\rcc\r".utf8)
        #expect(CSVChunks.split(cr, rows: 0..<cr.count, count: 2, minimumSize: 1) == [0..<11, 11..<14])
    }

    @Test func fewRowsOrASmallFileGiveOneChunk() {
        let bytes = Array("a,b\nc,d\n".utf8)
        #expect(CSVChunks.split(bytes, rows: 0..<bytes.count, count: 8, minimumSize: 1 << 20) == [0..<bytes.count])
        #expect(CSVChunks.split(bytes, rows: 0..<bytes.count, count: 1, minimumSize: 1) == [0..<bytes.count])
        let oneRow = Array("\"a\nb\nc\nd\"\n".utf8)
        #expect(CSVChunks.split(oneRow, rows: 0..<oneRow.count, count: 4, minimumSize: 1) == [0..<oneRow.count])
    }

    @Test func everyChunkStartsWhereTheSerialReaderStartsARow() {
        var random = SplitMix64(seed: 18_003)
        let pieces = ["x", "1,2", "\"q,\n\"", "\"\"\"\"", "\"a\r\nb\"", "\"\r\"", ",", "中文", "\"\""]
        let breaks = ["\n", "\r\n", "\r"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                let fields = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &random)]
                }
                text += fields.joined(separator: ",") + breaks[Int.random(in: 0..<breaks.count, using: &random)]
            }
            let bytes = Array(text.utf8)
            let starts = Self.rowStarts(text)
            for count in [2, 3, 8] {
                let chunks = CSVChunks.split(bytes, rows: 0..<bytes.count, count: count, minimumSize: 1)
                #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == bytes.count)
                #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                #expect(chunks.allSatisfy { !$0.isEmpty && starts.contains($0.lowerBound) }, "\(text.debugDescription)")
            }
        }
    }
}
