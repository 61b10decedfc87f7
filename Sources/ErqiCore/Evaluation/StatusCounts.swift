/// How many items have each status; encodes as an object keyed by status, in ``EvaluationStatus`` order.
public struct StatusCounts: Sendable, Hashable, Codable {
    private var counts: [Int]

    /// Creates counts of zero.
    public init() {
        counts = Array(repeating: 0, count: EvaluationStatus.allCases.count)
    }

    /// The count for a status.
    public subscript(status: EvaluationStatus) -> Int {
        get { counts[Self.index(status)] }
        set { counts[Self.index(status)] = newValue }
    }

    /// The total over all statuses.
    public var total: Int { counts.reduce(0, +) }

    /// The statuses with a count above zero, in ``EvaluationStatus`` order.
    public var nonZero: [(status: EvaluationStatus, count: Int)] {
        EvaluationStatus.allCases.compactMap { status in
            let count = self[status]
            return count > 0 ? (status, count) : nil
        }
    }

    /// Adds other counts to these.
    /// - Parameter other: The counts to add.
    public mutating func add(_ other: StatusCounts) {
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    /// The statuses in counting order, built once: `allCases` makes a new array at every use.
    private static let order = EvaluationStatus.allCases

    private static func index(_ status: EvaluationStatus) -> Int {
        order.firstIndex(of: status) ?? 0
    }

    private struct StatusKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes counts from an object keyed by status; missing statuses count 0.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` for a non-integer count.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StatusKey.self)
        self.init()
        for status in EvaluationStatus.allCases {
            self[status] = try container.decodeIfPresent(Int.self, forKey: StatusKey(stringValue: status.rawValue)) ?? 0
        }
    }

    /// Encodes every status with its count.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StatusKey.self)
        for status in EvaluationStatus.allCases {
            try container.encode(self[status], forKey: StatusKey(stringValue: status.rawValue))
        }
    }
}
