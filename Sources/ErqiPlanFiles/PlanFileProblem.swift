import ErqiCore

/// One problem in a plan file: what is wrong and exactly where (file, line, column, field).
public struct PlanFileProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of problem, one per validation rule.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The file cannot be read.
        case unreadable
        /// The bytes are not UTF-8, or hold a byte-order mark or a NUL.
        case encoding
        /// The JSON or CSV syntax is broken.
        case syntax
        /// The file nests deeper, or is larger or has a longer field, than the loader accepts.
        case tooLarge
        /// A key or column the format does not define.
        case unknownField
        /// A required key or cell is missing or empty.
        case missingField
        /// A value has the wrong JSON type (a number where text is expected, …).
        case wrongType
        /// Two items of one kind share an id.
        case duplicateID
        /// A reference names an id that does not exist.
        case unknownID
        /// A value is in another unit than its indicator.
        case unitMismatch
        /// A date or period that does not exist or ends before it starts.
        case invalidDate
        /// A count below zero.
        case negativeCount
        /// A value that is not a quantity, number or known code.
        case unparseableValue
        /// Revisions whose dates do not increase, or that precede the target's period.
        case revisionOrder
        /// An observation that straddles the boundary of a target's period for its indicator.
        case observationOutsidePeriod
        /// An id that breaks the id rule: blank, with a control or invisible character, or not in NFC.
        case invalidID
        /// A trajectory checkpoint outside the target's period, or whose date or share goes backwards.
        case trajectoryOrder
    }

    /// The kind of problem.
    public var kind: Kind
    /// The file's path as given to the loader.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column in characters (Unicode scalars), counting from 1.
    public var column: Int
    /// The field: a JSON path such as `plans[0].themes[1].targets[2].requirement`, or a CSV column name.
    public var field: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a problem. Characters a reader cannot see in the field or message (a zero-width space, a
    /// control character, …) are written by code point and name, `<U+200B ZERO WIDTH SPACE>`.
    /// - Parameters:
    ///   - kind: The kind of problem.
    ///   - file: The file's path.
    ///   - line: The line, from 1.
    ///   - column: The column, from 1.
    ///   - field: The field.
    ///   - message: What is wrong and how to fix it.
    public init(kind: Kind, file: String, line: Int, column: Int, field: String, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.field = VisibleText.make(field)
        self.message = VisibleText.make(message)
    }

    /// `file:line:column: field: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(file):\(line):\(column): \(field.isEmpty ? "" : "\(field): ")\(message)"
    }
}

/// Every problem found in a plan file; the loader collects them all rather than stopping at the first.
public struct PlanFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [PlanFileProblem]

    /// Creates an error from its problems.
    /// - Parameter problems: The problems.
    public init(problems: [PlanFileProblem]) {
        self.problems = problems
    }

    /// One problem a line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
