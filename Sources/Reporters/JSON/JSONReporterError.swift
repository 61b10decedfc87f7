/// An error in writing a scorecard as JSON.
public enum JSONReporterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A number has no JSON form (NaN or infinity); `path` is the coding path to it.
    case unrepresentableNumber(path: String, value: String)

    /// A message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .unrepresentableNumber(let path, let value):
            "cannot write \(value) at \(path.isEmpty ? "the top level" : path) in JSON: "
                + "JSON has no NaN or infinity; check the calculation that produced it"
        }
    }
}
