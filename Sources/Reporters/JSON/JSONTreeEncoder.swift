import ErqiReporting
import Foundation

/// An `Encoder` that builds a ``JSONNode`` tree, writing an ``ExactDecimal`` as exact number text.
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was encoded; `nil` until something is.
    var node: JSONNode?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    /// Encodes a value into a tree.
    static func encode<Value: Encodable>(_ value: Value) throws -> JSONNode {
        let encoder = JSONTreeEncoder(codingPath: [])
        return try encoder.box(value, at: [])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: JSONObjectBox
        if case .object(let existing) = node {
            object = existing
        } else {
            object = JSONObjectBox()
            node = .object(object)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: JSONArrayBox
        if case .array(let existing) = node {
            array = existing
        } else {
            array = JSONArrayBox()
            node = .array(array)
        }
        return JSONUnkeyedContainer(encoder: self, array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self, codingPath: codingPath)
    }

    /// Encodes a value at a coding path into a node.
    func box<Value: Encodable>(_ value: Value, at path: [any CodingKey]) throws -> JSONNode {
        if let decimal = value as? ExactDecimal { return try Self.number(decimal, at: path) }
        if let double = value as? Double { return try Self.number(double, at: path) }
        if let float = value as? Float { return try Self.number(Double(float), at: path) }
        if let string = value as? String { return .string(string) }
        if let bool = value as? Bool { return .bool(bool) }
        let nested = JSONTreeEncoder(codingPath: path)
        try value.encode(to: nested)
        return nested.node ?? .object(JSONObjectBox())
    }

    static func number(_ value: ExactDecimal, at path: [any CodingKey]) throws -> JSONNode {
        .number(value.description)
    }

    static func number(_ value: Double, at path: [any CodingKey]) throws -> JSONNode {
        guard value.isFinite else {
            throw JSONReporterError.unrepresentableNumber(path: pathText(path), value: "\(value)")
        }
        return .number(value.description)
    }

    static func pathText(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
    }
}

// MARK: - Containers

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let object: JSONObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.set(key.stringValue, try JSONTreeEncoder.number(value, at: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(key.stringValue, .number("\(value)")) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(key.stringValue, try encoder.box(value, at: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = JSONObjectBox()
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(
            JSONKeyedContainer<NestedKey>(encoder: encoder, object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        object.set(key.stringValue, .array(nested))
        return JSONUnkeyedContainer(encoder: encoder, array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKeyString: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(forKeyString: key.stringValue) }

    private func superEncoder(forKeyString key: String) -> any Encoder {
        let nested = JSONTreeEncoder(codingPath: codingPath + [JSONIndexKey(stringValue: key)])
        object.set(key, .deferred(nested))
        return nested
    }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let array: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(index: count)] }

    mutating func encodeNil() throws { array.elements.append(.null) }
    mutating func encode(_ value: Bool) throws { array.elements.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) throws {
        array.elements.append(try JSONTreeEncoder.number(value, at: nextPath))
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: Int8) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: Int16) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: Int32) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: Int64) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: UInt) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: UInt8) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: UInt16) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: UInt32) throws { array.elements.append(.number("\(value)")) }
    mutating func encode(_ value: UInt64) throws { array.elements.append(.number("\(value)")) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try encoder.box(value, at: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let path = nextPath
        let nested = JSONObjectBox()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder, object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = JSONArrayBox()
        array.elements.append(.array(nested))
        return JSONUnkeyedContainer(encoder: encoder, array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = JSONTreeEncoder(codingPath: nextPath)
        array.elements.append(.deferred(nested))
        return nested
    }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { encoder.node = try JSONTreeEncoder.number(value, at: codingPath) }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: Int8) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: Int16) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: Int32) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: Int64) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: UInt) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: UInt8) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: UInt16) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: UInt32) throws { encoder.node = .number("\(value)") }
    mutating func encode(_ value: UInt64) throws { encoder.node = .number("\(value)") }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try encoder.box(value, at: codingPath)
    }
}

/// A coding key for array positions and `super`.
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

    init(index: Int) { self.init(intValue: index) }
}
