import ErqiReporting

/// An `Encoder` that writes JSON into a ``ReportOutput`` as values are encoded, with the layout of the JSON
/// reporter: two-space indentation, `"key": value`, keys in the order they are encoded, empty containers as `{}`
/// and `[]`; an ``ExactDecimal`` as exact number text.
///
/// Nothing is kept but the stack of open containers, so the memory used does not grow with the document. The
/// price is order: a container is closed as soon as its parent writes its next member or the value that opened
/// it is finished, and writing into a closed container throws `EncodingError.invalidValue`. Synthesized
/// `Codable` conformances, and every type in Erqi, encode in that order. A key encoded twice is written twice.
final class JSONStreamEncoder: Encoder {
    /// An open object or array.
    struct Frame {
        /// Which container this is, so that a container handed out earlier knows it is still the same.
        var id: Int
        var isObject: Bool
        /// Members written so far.
        var count: Int
        /// The length of the coding path of the container's value.
        var pathLength: Int
    }

    /// One step of the coding path: a key, or an array position (made into a key only when asked for).
    enum PathStep {
        case key(any CodingKey)
        case index(Int)

        var codingKey: any CodingKey {
            switch self {
            case .key(let key): key
            case .index(let index): JSONIndexKey(intValue: index)
            }
        }
    }

    private let output: UnsafeMutablePointer<ReportOutput>
    private let prettyPrinted: Bool
    /// The containers open now, outermost first; a container's index is its depth.
    private(set) var frames: [Frame] = []
    /// The coding path of the value being encoded.
    private var path: [PathStep] = []
    /// Whether the value being encoded has written nothing yet.
    private var pending = true
    /// The depth of the value being encoded: the containers it opens start there.
    private var valueDepth = 0
    private var nextID = 0
    /// A problem noticed where nothing can throw (an unsupported `superEncoder`).
    private var failure: EncodingError?

    var codingPath: [any CodingKey] { path.map(\.codingKey) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private init(output: UnsafeMutablePointer<ReportOutput>, prettyPrinted: Bool) {
        self.output = output
        self.prettyPrinted = prettyPrinted
        frames.reserveCapacity(16)
        path.reserveCapacity(16)
    }

    /// Writes a value as one JSON document followed by a newline.
    /// - Throws: ``JSONReporterError`` for a non-finite number, `EncodingError` for a value encoded out of order.
    static func write<Value: Encodable>(_ value: Value, prettyPrinted: Bool, to sink: inout ReportOutput) throws {
        try withUnsafeMutablePointer(to: &sink) { pointer in
            let encoder = JSONStreamEncoder(output: pointer, prettyPrinted: prettyPrinted)
            try encoder.encodeValue(value)
            if let failure = encoder.failure { throw failure }
            pointer.pointee.write(ascii: UInt8(ascii: "\n"))
        }
    }

    // MARK: - Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(encoder: self, frame: openContainer(isObject: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONStreamUnkeyedContainer(encoder: self, frame: openContainer(isObject: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONStreamSingleValueContainer(encoder: self, depth: frames.count, pathLength: path.count)
    }

    // MARK: - Containers

    /// A handle on an open container: its depth and id.
    struct FrameReference {
        var depth: Int
        var id: Int
        static let invalid = FrameReference(depth: -1, id: -1)
    }

    /// Opens the container of the value being encoded, or gives back the one it opened already.
    private func openContainer(isObject: Bool) -> FrameReference {
        if pending && frames.count == valueDepth {
            pending = false
            output.pointee.write(ascii: isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
            nextID += 1
            frames.append(Frame(id: nextID, isObject: isObject, count: 0, pathLength: path.count))
            return FrameReference(depth: valueDepth, id: nextID)
        }
        if !pending, valueDepth < frames.count, frames[valueDepth].isObject == isObject {
            return FrameReference(depth: valueDepth, id: frames[valueDepth].id)
        }
        return .invalid
    }

    /// The coding path of a container.
    func codingPath(of frame: FrameReference) -> [any CodingKey] {
        guard isOpen(frame) else { return codingPath }
        return path.prefix(frames[frame.depth].pathLength).map(\.codingKey)
    }

    func count(of frame: FrameReference) -> Int {
        isOpen(frame) ? frames[frame.depth].count : 0
    }

    private func isOpen(_ frame: FrameReference) -> Bool {
        frame.depth >= 0 && frame.depth < frames.count && frames[frame.depth].id == frame.id
    }

    /// Closes every container deeper than `depth`.
    private func close(deeperThan depth: Int) {
        while frames.count > depth {
            let frame = frames.removeLast()
            if frame.count > 0 { newline(frames.count) }
            output.pointee.write(ascii: frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Starts a member of a container: closes deeper containers, writes the separator, the indentation and the
    /// key, and sets the coding path to the member.
    func beginMember(of frame: FrameReference, key: (any CodingKey)?) throws {
        guard isOpen(frame) else { throw outOfOrder(key) }
        close(deeperThan: frame.depth + 1)
        let index = frames[frame.depth].count
        if index > 0 { output.pointee.write(ascii: UInt8(ascii: ",")) }
        frames[frame.depth].count = index + 1
        newline(frame.depth + 1)
        path.removeSubrange(frames[frame.depth].pathLength...)
        if let key {
            writeString(key.stringValue)
            if prettyPrinted {
                output.pointee.write(ascii: UInt8(ascii: ":"))
                output.pointee.write(ascii: UInt8(ascii: " "))
            } else {
                output.pointee.write(ascii: UInt8(ascii: ":"))
            }
            path.append(.key(key))
        } else {
            path.append(.index(index))
        }
    }

    /// Writes a member's value after ``beginMember(of:key:)``.
    func encodeMember<Value: Encodable>(_ value: Value) throws {
        let (savedPending, savedDepth) = (pending, valueDepth)
        pending = true
        valueDepth = frames.count
        try encodeValue(value)
        pending = savedPending
        valueDepth = savedDepth
    }

    /// Opens a container as a member's value, after ``beginMember(of:key:)``.
    func openMemberContainer(isObject: Bool) -> FrameReference {
        let (savedPending, savedDepth) = (pending, valueDepth)
        pending = true
        valueDepth = frames.count
        let frame = openContainer(isObject: isObject)
        pending = savedPending
        valueDepth = savedDepth
        return frame
    }

    /// Notes that `superEncoder` is not supported; the document then fails when it ends.
    func unsupportedSuperEncoder() -> any Encoder {
        failure =
            failure
            ?? EncodingError.invalidValue(
                "super",
                EncodingError.Context(codingPath: codingPath, debugDescription: "superEncoder is not supported"))
        return self
    }

    // MARK: - Values

    /// Encodes the value being encoded (``pending`` is set): numbers and strings directly, anything else through
    /// its `encode(to:)`, closing what it opened; a value that encodes nothing is `{}`.
    func encodeValue<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self {
            pending = false
            writeString(unsafeBitCast(value, to: String.self))
        } else if Value.self == ExactDecimal.self {
            pending = false
            output.pointee.write(unsafeBitCast(value, to: ExactDecimal.self))
        } else if Value.self == Double.self {
            try writeNumber(unsafeBitCast(value, to: Double.self))
        } else if Value.self == Float.self {
            try writeNumber(Double(unsafeBitCast(value, to: Float.self)))
        } else if Value.self == Bool.self {
            writeBool(unsafeBitCast(value, to: Bool.self))
        } else if Value.self == Int.self {
            writeInteger(unsafeBitCast(value, to: Int.self))
        } else {
            let depth = valueDepth
            try value.encode(to: self)
            close(deeperThan: depth)
            if pending {
                pending = false
                output.pointee.write(ascii: UInt8(ascii: "{"))
                output.pointee.write(ascii: UInt8(ascii: "}"))
            }
        }
    }

    /// Whether a single value may be written now: the value at `depth` has written nothing.
    func beginSingleValue(depth: Int, pathLength: Int) throws {
        guard pending, depth == valueDepth, depth == frames.count, pathLength == path.count else {
            throw outOfOrder(nil)
        }
    }

    func writeNull() {
        pending = false
        output.pointee.write(utf8: "null".utf8)
    }

    func writeBool(_ value: Bool) {
        pending = false
        output.pointee.write(utf8: value ? "true".utf8 : "false".utf8)
    }

    func writeInteger(_ value: Int) {
        pending = false
        output.pointee.write(value)
    }

    func writeInteger<Integer: BinaryInteger>(_ value: Integer) {
        pending = false
        output.pointee.write("\(value)")
    }

    func writeNumber(_ value: Double) throws {
        guard value.isFinite else {
            throw JSONReporterError.unrepresentableNumber(path: pathText(), value: "\(value)")
        }
        pending = false
        output.pointee.write(value.description)
    }

    func writeText(_ value: String) {
        pending = false
        writeString(value)
    }

    private func newline(_ depth: Int) {
        guard prettyPrinted else { return }
        output.pointee.write(ascii: UInt8(ascii: "\n"))
        output.pointee.write(repeating: UInt8(ascii: " "), count: 2 * depth)
    }

    private func pathText() -> String {
        path.map { step in
            switch step {
            case .key(let key): key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }

    private func outOfOrder(_ key: (any CodingKey)?) -> EncodingError {
        EncodingError.invalidValue(
            key?.stringValue ?? "",
            EncodingError.Context(
                codingPath: codingPath + (key.map { [$0] } ?? []),
                debugDescription: "the JSON reporter writes as it encodes: this value was encoded after its "
                    + "container was closed, or twice"))
    }

    // MARK: - Strings

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped; U+2028 and U+2029
    /// escaped too, so the output is also valid JavaScript; everything else as UTF-8.
    private func writeString(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            let output = self.output
            output.pointee.write(ascii: UInt8(ascii: "\""))
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let escape: StaticString?
                var width = 1
                var scalar: UInt32 = 0
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20, 0x7F:
                    escape = nil
                    scalar = UInt32(byte)
                case 0xE2
                where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = nil
                    width = 3
                    scalar = bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029
                default:
                    index += 1
                    continue
                }
                output.pointee.write(
                    utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<index]))
                if let escape {
                    output.pointee.write(
                        utf8: UnsafeRawBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    output.pointee.write(utf8: "\\u".utf8)
                    for shift in stride(from: 12, through: 0, by: -4) {
                        let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
                        output.pointee.write(
                            ascii: digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                    }
                }
                index += width
                start = index
            }
            output.pointee.write(utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<count]))
            output.pointee.write(ascii: UInt8(ascii: "\""))
        }
    }
}

// MARK: - Containers

private struct JSONStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStreamEncoder
    let frame: JSONStreamEncoder.FrameReference

    var codingPath: [any CodingKey] { encoder.codingPath(of: frame) }

    mutating func encodeNil(forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        encoder.writeNull()
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        encoder.writeBool(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        encoder.writeText(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        try encoder.writeNumber(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        encoder.writeInteger(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        try encoder.encodeMember(value)
    }

    private func encodeInteger<Integer: BinaryInteger>(_ value: Integer, _ key: Key) throws {
        try encoder.beginMember(of: frame, key: key)
        encoder.writeInteger(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested: JSONStreamEncoder.FrameReference
        do {
            try encoder.beginMember(of: frame, key: key)
            nested = encoder.openMemberContainer(isObject: true)
        } catch {
            nested = .invalid
        }
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(encoder: encoder, frame: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONStreamEncoder.FrameReference
        do {
            try encoder.beginMember(of: frame, key: key)
            nested = encoder.openMemberContainer(isObject: false)
        } catch {
            nested = .invalid
        }
        return JSONStreamUnkeyedContainer(encoder: encoder, frame: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder.unsupportedSuperEncoder() }

    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.unsupportedSuperEncoder() }
}

private struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStreamEncoder
    let frame: JSONStreamEncoder.FrameReference

    var codingPath: [any CodingKey] { encoder.codingPath(of: frame) }
    var count: Int { encoder.count(of: frame) }

    mutating func encodeNil() throws {
        try encoder.beginMember(of: frame, key: nil)
        encoder.writeNull()
    }
    mutating func encode(_ value: Bool) throws {
        try encoder.beginMember(of: frame, key: nil)
        encoder.writeBool(value)
    }
    mutating func encode(_ value: String) throws {
        try encoder.beginMember(of: frame, key: nil)
        encoder.writeText(value)
    }
    mutating func encode(_ value: Double) throws {
        try encoder.beginMember(of: frame, key: nil)
        try encoder.writeNumber(value)
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws {
        try encoder.beginMember(of: frame, key: nil)
        encoder.writeInteger(value)
    }
    mutating func encode(_ value: Int8) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int16) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int32) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int64) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt8) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt16) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt32) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt64) throws { try encodeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.beginMember(of: frame, key: nil)
        try encoder.encodeMember(value)
    }

    private func encodeInteger<Integer: BinaryInteger>(_ value: Integer) throws {
        try encoder.beginMember(of: frame, key: nil)
        encoder.writeInteger(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested: JSONStreamEncoder.FrameReference
        do {
            try encoder.beginMember(of: frame, key: nil)
            nested = encoder.openMemberContainer(isObject: true)
        } catch {
            nested = .invalid
        }
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(encoder: encoder, frame: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested: JSONStreamEncoder.FrameReference
        do {
            try encoder.beginMember(of: frame, key: nil)
            nested = encoder.openMemberContainer(isObject: false)
        } catch {
            nested = .invalid
        }
        return JSONStreamUnkeyedContainer(encoder: encoder, frame: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder.unsupportedSuperEncoder() }
}

private struct JSONStreamSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder
    let depth: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        encoder.writeNull()
    }
    mutating func encode(_ value: Bool) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        encoder.writeBool(value)
    }
    mutating func encode(_ value: String) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        encoder.writeText(value)
    }
    mutating func encode(_ value: Double) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        try encoder.writeNumber(value)
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        encoder.writeInteger(value)
    }
    mutating func encode(_ value: Int8) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int16) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int32) throws { try encodeInteger(value) }
    mutating func encode(_ value: Int64) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt8) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt16) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt32) throws { try encodeInteger(value) }
    mutating func encode(_ value: UInt64) throws { try encodeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        try encoder.encodeValue(value)
    }

    private func encodeInteger<Integer: BinaryInteger>(_ value: Integer) throws {
        try encoder.beginSingleValue(depth: depth, pathLength: pathLength)
        encoder.writeInteger(value)
    }
}

/// A coding key for array positions.
private struct JSONIndexKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}
