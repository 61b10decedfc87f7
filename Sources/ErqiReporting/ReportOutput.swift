/// A buffered byte sink for reports: a `TextOutputStream` that keeps a fixed buffer of UTF-8 bytes and hands it
/// to a destination whenever it fills, or collects every byte for ``bytes``.
///
/// A reporter writes into it as into any text stream, and may also append ASCII bytes, UTF-8 bytes and exact
/// decimals' text without making a `String`. Nothing the report holds is kept beyond one buffer
/// (``defaultCapacity``, 64 KiB, unless a single write is longer), so a report of any size writes in constant
/// memory.
///
/// The built-in reporters keep the ``Reporter`` seam (`write(_:to:)` into any `TextOutputStream`) and write
/// through a sink with ``streaming(into:capacity:_:)``: when the stream given is itself a `ReportOutput`, they
/// write straight into it; otherwise they buffer and pass the stream one `String` per buffer.
///
/// ```swift
/// var sink = ReportOutput(capacity: 1 << 16) { bytes in
///     try file.write(contentsOf: bytes)  // any destination: a file descriptor, a socket, a digest
/// }
/// try CSVReporter().write(scorecard, to: &sink)
/// try sink.finish()  // flushes the rest and throws the destination's first error, if any
/// ```
///
/// Every write must be whole UTF-8 (a `String`, an ASCII byte, or complete UTF-8 sequences), so that a flush
/// never splits a character.
public struct ReportOutput: TextOutputStream {
    /// The buffer size the built-in reporters use: 64 KiB.
    public static let defaultCapacity = 65_536

    /// The bytes not yet handed to the destination.
    @usableFromInline var buffer: [UInt8]
    /// The size at which the buffer is flushed; `Int.max` when collecting.
    @usableFromInline let capacity: Int
    /// Where full buffers go; `nil` when collecting.
    @usableFromInline let destination: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The number of bytes handed to the destination so far.
    @usableFromInline var flushedCount = 0
    /// The first error the destination threw, or `nil`.
    public private(set) var failure: (any Error)?

    /// Makes a sink that collects every byte in memory, for ``bytes``: what `render` needs, and tests.
    public init() {
        buffer = []
        capacity = Int.max
        destination = nil
    }

    /// Makes a sink that hands its buffer to `destination` each time it holds `capacity` bytes or more, and on
    /// ``flush()``.
    ///
    /// `TextOutputStream.write` cannot throw: when the destination throws, the sink keeps the first error in
    /// ``failure``, drops everything written later, and ``finish()`` throws it.
    /// - Parameters:
    ///   - capacity: The buffer size in bytes (at least 1); ``defaultCapacity`` unless you have a reason.
    ///   - destination: Called with each full buffer, in order; the bytes are valid only during the call.
    public init(
        capacity: Int = ReportOutput.defaultCapacity, destination: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) {
        self.capacity = max(1, capacity)
        self.destination = destination
        buffer = []
        buffer.reserveCapacity(min(self.capacity, ReportOutput.defaultCapacity * 16))
    }

    /// The bytes collected and not yet flushed: the whole report for a sink made with ``init()``.
    public var bytes: [UInt8] { buffer }

    /// The number of bytes written so far, flushed or not.
    public var count: Int { flushedCount + buffer.count }

    // MARK: - Writing

    /// Appends a string's UTF-8 bytes.
    /// - Parameter string: The text.
    @inlinable
    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Appends one ASCII byte (below 0x80) as it is.
    /// - Parameter byte: The byte, e.g. `UInt8(ascii: ",")`.
    @inlinable
    public mutating func write(ascii byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= capacity { flush() }
    }

    /// Appends UTF-8 bytes as they are; they must be whole characters.
    /// - Parameter utf8: The bytes.
    @inlinable
    public mutating func write(utf8: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Appends UTF-8 bytes as they are; they must be whole characters.
    /// - Parameter utf8: The bytes, e.g. a `StaticString`'s or a `String.UTF8View`'s slice.
    @inlinable
    public mutating func write(utf8: some Sequence<UInt8>) {
        buffer.append(contentsOf: utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Appends the same ASCII byte `count` times: indentation, padding.
    /// - Parameters:
    ///   - byte: The byte.
    ///   - count: How many times; nothing when zero or negative.
    @inlinable
    public mutating func write(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        buffer.append(contentsOf: repeatElement(byte, count: count))
        if buffer.count >= capacity { flush() }
    }

    /// Appends an integer in decimal, as `"\(value)"` writes it.
    /// - Parameter value: The integer.
    public mutating func write(_ value: Int) {
        var magnitude = value.magnitude
        // 20 digits hold UInt64.max; least significant first.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var count = 0
            repeat {
                let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
                digits[count] = UInt8(ascii: "0") + UInt8(digit)
                count += 1
                magnitude = quotient
            } while magnitude != 0
            if value < 0 { buffer.append(UInt8(ascii: "-")) }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(digits[index]) }
        }
        if buffer.count >= capacity { flush() }
    }

    /// Appends an exact decimal as plain text, the same bytes as its `description` (`51800000000`, `0.9962`,
    /// `-15`), without making a `String`.
    /// - Parameter value: The value.
    public mutating func write(_ value: ExactDecimal) {
        value.withPlainTextBytes { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { flush() }
    }

    /// Appends a day as `YYYY-MM-DD`, the same bytes as its `description`.
    /// - Parameter date: The day.
    public mutating func write(_ date: CalendarDate) {
        func twoDigits(_ value: Int) {
            buffer.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10 % 10))
            buffer.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
        }
        let year = date.year
        guard (0...9999).contains(year) else {
            write(date.description)
            return
        }
        twoDigits(year / 100)
        twoDigits(year % 100)
        buffer.append(UInt8(ascii: "-"))
        twoDigits(date.month)
        buffer.append(UInt8(ascii: "-"))
        twoDigits(date.day)
        if buffer.count >= capacity { flush() }
    }

    // MARK: - Flushing

    /// Hands the buffered bytes to the destination now; a collecting sink keeps them.
    ///
    /// After the destination has thrown, the bytes are dropped: see ``failure``.
    public mutating func flush() {
        guard let destination, !buffer.isEmpty else { return }
        if failure == nil {
            do {
                try buffer.withUnsafeBytes { try destination($0) }
            } catch {
                failure = error
            }
        }
        flushedCount += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes the rest and reports whether every byte reached the destination.
    /// - Throws: The first error the destination threw.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    // MARK: - Bridging a text stream

    /// Runs `body` with a sink that writes into `output`: the stream itself when it is a `ReportOutput`,
    /// otherwise a buffer that passes `output` one `String` per `capacity` bytes, and the rest when `body`
    /// returns or throws.
    ///
    /// This is how a reporter keeps the simple seam (`write(_:to:)` into any `TextOutputStream`) and still
    /// writes bytes through one buffer.
    /// - Parameters:
    ///   - output: The stream the report goes to.
    ///   - capacity: The buffer size when `output` is not a `ReportOutput`.
    ///   - body: Writes the report into the sink.
    /// - Returns: What `body` returns.
    /// - Throws: Whatever `body` throws.
    public static func streaming<Output: TextOutputStream, Result>(
        into output: inout Output, capacity: Int = ReportOutput.defaultCapacity,
        _ body: (inout ReportOutput) throws -> Result
    ) rethrows -> Result {
        try withUnsafeMutablePointer(to: &output) { pointer in
            if Output.self == ReportOutput.self {
                return try pointer.withMemoryRebound(to: ReportOutput.self, capacity: 1) { sink in
                    try body(&sink.pointee)
                }
            }
            var sink = ReportOutput(capacity: capacity) { bytes in
                pointer.pointee.write(String(decoding: bytes, as: UTF8.self))
            }
            defer { sink.flush() }
            return try body(&sink)
        }
    }
}

/// A sink holds a destination closure that is not `Sendable`: use it from one task.
@available(*, unavailable)
extension ReportOutput: Sendable {}
