import ErqiCore
import ErqiDraft

/// The summary line `erqi draft` prints on standard error after the numbers it left out, in Chinese or English.
enum DraftSummaryWords {
    /// The summary of a draft, after the file name.
    ///
    /// The drafter explains how it found the year in English only, so the Chinese line gives the year without it.
    /// - Parameters:
    ///   - draft: The draft.
    ///   - language: The language.
    /// - Returns: The text, e.g. `目标 5 个，实际数 25 个，待复核 5 个，未采用的数字 23 个；年份 2020` or
    ///   `5 targets, 25 observations, 5 to review, 23 numbers left out; year 2020: given (2020)`.
    static func line(_ draft: PlanDraft, in language: Language) -> String {
        switch language {
        case .zh:
            return "目标 \(draft.targets.count) 个，实际数 \(draft.observations.count) 个，"
                + "待复核 \(draft.figuresToReview.count) 个，未采用的数字 \(draft.leftOut.count) 个；年份 \(draft.year)"
        case .en:
            return "\(draft.targets.count) targets, \(draft.observations.count) observations, "
                + "\(draft.figuresToReview.count) to review, \(draft.leftOut.count) numbers left out; "
                + "year \(draft.year): \(draft.yearReason)"
        }
    }
}
