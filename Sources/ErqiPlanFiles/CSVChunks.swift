import ErqiCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits the rows of a CSV file into chunks of about equal size at row boundaries outside quotes, so that the
/// chunks can be read on several cores.
///
/// A line break ends a row only outside quotes, and whether a byte is inside quotes follows from the number of
/// double quotes before it (a doubled quote counts twice). The split is a guess for a file whose quotes are
/// broken: the reader of each chunk checks that the chunk before it ended exactly where it starts, and reads on
/// serially when it did not.
package enum CSVChunks {
    /// The smallest chunk worth a core of its own, 1 MiB.
    package static let defaultMinimumSize = 1 << 20
    /// The largest chunk read at once, 4 MiB: a larger file is read in more chunks than cores, so that the rows
    /// of few chunks wait to be merged at any time.
    package static let defaultMaximumSize = 4 << 20

    /// The chunks of `range`, in file order: at most `count`, each at least `minimumSize` bytes except the last,
    /// each after the first starting just after a line break (CRLF, LF or a lone CR) outside quotes.
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - range: Where the rows to split start and end (after the header).
    ///   - count: The number of chunks wanted, e.g. the number of cores.
    ///   - minimumSize: The smallest chunk in bytes (at least 1).
    /// - Returns: Adjacent ranges that cover `range`; one when the rows are too few to split.
    package static func split(_ bytes: [UInt8], rows range: Range<Int>, count: Int, minimumSize: Int) -> [Range<Int>] {
        let total = range.count
        let wanted = min(max(1, count), max(1, total / max(1, minimumSize)))
        guard wanted > 1 else { return [range] }
        return bytes.withUnsafeBufferPointer { buffer in
            var chunks: [Range<Int>] = []
            var start = range.lowerBound
            // The quote state is known at `scanned`: outside quotes at a chunk boundary.
            var scanned = range.lowerBound
            var inQuotes = false
            for part in 1..<wanted {
                let target = range.lowerBound + total / wanted * part
                guard target > scanned else { continue }
                if quoteCount(buffer, scanned, target) % 2 == 1 { inQuotes.toggle() }
                guard let boundary = rowEnd(buffer, from: target, to: range.upperBound, inQuotes: inQuotes) else {
                    break
                }
                chunks.append(start..<boundary)
                start = boundary
                scanned = boundary
                inQuotes = false
            }
            chunks.append(start..<range.upperBound)
            return chunks
        }
    }

    /// The offset just after the first line break outside quotes at or after `from`, or `nil` when there is none
    /// before `end` (or it is the very end).
    private static func rowEnd(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, inQuotes: Bool) -> Int? {
        var quoted = inQuotes
        var index = from
        while index < end {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index + 1 < end, buffer[index + 1] == UInt8(ascii: "\n") { index += 1 }
                return index + 1 < end ? index + 1 : nil
            }
            index += 1
        }
        return nil
    }

    /// The number of double quotes in `from..<to`, found with `memchr`.
    private static func quoteCount(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let start = UnsafeRawPointer(base)
        var index = from
        var count = 0
        while index < to {
            guard let hit = memchr(start + index, Int32(UInt8(ascii: "\"")), to - index) else { break }
            count += 1
            index = start.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return count
    }
}
