/// Why a reporter cannot write what it was given.
public enum ReporterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reporter writes scorecards but not diffs.
    case diffNotSupported(format: String)
    /// The reporter does not write an indicator's series.
    case seriesNotSupported(format: String)
    /// The reporter writes scorecards but not plan comparisons.
    case comparisonNotSupported(format: String)

    /// The problem in plain words.
    public var description: String {
        switch self {
        case .diffNotSupported(let format): "the \(format) reporter cannot write a comparison of two scorecards"
        case .seriesNotSupported(let format): "the \(format) reporter cannot write an indicator's series"
        case .comparisonNotSupported(let format): "the \(format) reporter cannot write plans side by side"
        }
    }
}
