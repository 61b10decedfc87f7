/// A JSON value under construction. Objects and arrays are reference boxes, because `Encoder` hands out
/// containers that are filled after they are returned.
enum JSONNode {
    case null
    case bool(Bool)
    /// A number, already as JSON number text.
    case number(String)
    case string(String)
    case object(JSONObjectBox)
    case array(JSONArrayBox)
    /// The value of a nested encoder, read when the tree is written (for `superEncoder`).
    case deferred(JSONTreeEncoder)

    /// The node with deferred values resolved; an encoder that encoded nothing is an empty object.
    var resolved: JSONNode {
        if case .deferred(let encoder) = self { return encoder.node?.resolved ?? .object(JSONObjectBox()) }
        return self
    }
}

/// An object's members in insertion order.
final class JSONObjectBox {
    private(set) var keys: [String] = []
    private(set) var values: [String: JSONNode] = [:]

    /// Sets a member, keeping the position of a key already set.
    func set(_ key: String, _ value: JSONNode) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }

    subscript(key: String) -> JSONNode? { values[key] }
}

/// An array's elements.
final class JSONArrayBox {
    var elements: [JSONNode] = []
}
