import ErqiCore
import ErqiPlanFiles

/// The `"review"` key that `erqi draft` writes on a figure it could not decide.
///
/// It is not a key of the plan format, so the loader refuses it as an unknown key (docs/plan-format.md: "Keys not
/// listed here are errors"); that is what stops an unreviewed draft from being used. This turns the loader's
/// message into one that says what the key is and how to resolve it, keeping the file, line, column and field.
enum DraftReviewMark {
    /// The key.
    static let key = "review"

    /// The problem's text, with an unknown `review` key explained as an open review mark.
    static func explained(_ problem: PlanFileProblem) -> String {
        guard problem.kind == .unknownField, problem.field == key || problem.field.hasSuffix(".\(key)") else {
            return problem.description
        }
        var explained = problem
        explained.message =
            "a review mark left by erqi draft is still open; check the figure it is on against the report, "
            + "correct the figure if needed, then delete the \"review\" key"
        return explained.description
    }
}
