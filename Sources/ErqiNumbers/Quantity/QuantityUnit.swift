/// The unit of a ``Quantity``: what is counted or measured.
///
/// 万 (10⁴) and 亿 (10⁸) are display magnitudes, not units: 518亿元 is `Quantity(51_800_000_000, .yuan)`.
/// Percentages and percentage points hold fractions (99.62% is 0.9962; 3个百分点 is 0.03).
///
/// A unit encodes as one short string (its ``code``): `"CNY"`, `"count:个"`, `"percent"`, `"pp"`,
/// `"multiple"`, `"day"`, `"month"`, `"year"`, `"m2"`, `"km2"`, `"mu"`, `"ha"`, `"m"`, `"km"`, `"m3"`, `"t"`,
/// `"kg"`, `"ug/m3"`.
public enum QuantityUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Chinese yuan (元, CNY). 万元 and 亿元 are the same unit at another magnitude.
    case yuan
    /// A count of things, with the measure word the text used (个, 所, 户, 人次, …); `nil` for a bare number.
    case count(measureWord: String?)
    /// A percentage, held as a fraction: 99.62% is 0.9962.
    case percent
    /// Percentage points (个百分点), held as a fraction: 3 points is 0.03.
    case percentagePoints
    /// A ratio or multiple (倍): 1.64倍 is 1.64.
    case multiple
    /// Days (天).
    case days
    /// Months (个月).
    case months
    /// Years (年).
    case years
    /// Square metres (平方米). 万平方米 is the same unit at another magnitude.
    case squareMetres
    /// Square kilometres (平方公里).
    case squareKilometres
    /// Mu (亩), the Chinese unit of land area.
    case mu
    /// Metres (米).
    case metres
    /// Kilometres (公里).
    case kilometres
    /// Hectares (公顷), the metric unit of land area; 万公顷 is the same unit at another magnitude.
    case hectares
    /// Cubic metres (立方米), e.g. of water or earthworks.
    case cubicMetres
    /// Tonnes (吨); 万吨 is the same unit at another magnitude.
    case tonnes
    /// Kilograms (公斤, 千克).
    case kilograms
    /// Micrograms per cubic metre (微克/立方米, μg/m³), the unit of PM2.5 and PM10 concentrations.
    case microgramsPerCubicMetre

    /// The unit's short code, as written in plan files and reports.
    public var code: String {
        switch self {
        case .yuan: "CNY"
        case .count(let word): word.flatMap { $0.isEmpty ? nil : "count:\($0)" } ?? "count"
        case .percent: "percent"
        case .percentagePoints: "pp"
        case .multiple: "multiple"
        case .days: "day"
        case .months: "month"
        case .years: "year"
        case .squareMetres: "m2"
        case .squareKilometres: "km2"
        case .mu: "mu"
        case .metres: "m"
        case .kilometres: "km"
        case .hectares: "ha"
        case .cubicMetres: "m3"
        case .tonnes: "t"
        case .kilograms: "kg"
        case .microgramsPerCubicMetre: "ug/m3"
        }
    }

    /// The measure word of a count, or `nil` for other units.
    public var measureWord: String? {
        if case .count(let word) = self { return word }
        return nil
    }

    /// Creates a unit from its ``code``.
    /// - Parameter code: A code such as `"CNY"` or `"count:户"`.
    /// - Returns: `nil` when the code names no unit.
    public init?(code: String) {
        switch code {
        case "CNY": self = .yuan
        case "count": self = .count(measureWord: nil)
        case "percent": self = .percent
        case "pp": self = .percentagePoints
        case "multiple": self = .multiple
        case "day": self = .days
        case "month": self = .months
        case "year": self = .years
        case "m2": self = .squareMetres
        case "km2": self = .squareKilometres
        case "mu": self = .mu
        case "m": self = .metres
        case "km": self = .kilometres
        case "ha": self = .hectares
        case "m3": self = .cubicMetres
        case "t": self = .tonnes
        case "kg": self = .kilograms
        case "ug/m3": self = .microgramsPerCubicMetre
        default:
            // By UTF-8 bytes, not Characters: "count:" followed by a combining mark is still the prefix.
            guard code.utf8.starts(with: "count:".utf8) else { return nil }
            let word = String(code.unicodeScalars.dropFirst(6))
            guard !word.isEmpty else { return nil }
            self = .count(measureWord: word)
        }
    }

    /// The unit's code.
    public var description: String { code }

    /// Decodes a unit from its code.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the code names no unit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let unit = QuantityUnit(code: code) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Unknown unit code '\(code)'; expected CNY, count:<word>, percent, …")
        }
        self = unit
    }

    /// Encodes the unit as its code.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
