import ErqiCore
import ErqiPlanFiles
import Testing

/// Issue #13, point 1: one depth limit for both loaders, so that no walk over themes can exhaust the stack.
struct NestingLimitTests {
    static let targetsHeader = "plan,plan_period,theme,id,title,indicator,unit,period,requirement\n"
    static let observations = "id,indicator,period,value\nh1,compounds,2020-H1,103\n"

    static func csvTargets(themeLevels: Int) -> [UInt8] {
        let path = [String](repeating: "a", count: themeLevels).joined(separator: "/")
        return Array((targetsHeader + "p2020,2020,\(path),c,小区,compounds,count:个,2020,357\n").utf8)
    }

    static func csvProblems(themeLevels: Int) -> [String] {
        do {
            _ = try PlanFileLoader.loadCSV(
                targets: ("targets.csv", csvTargets(themeLevels: themeLevels)),
                observations: ("observations.csv", Array(observations.utf8)))
            return []
        } catch {
            return error.problems.map { "\($0.kind) \($0)" }
        }
    }

    /// A JSON plan whose themes nest `levels` deep (each theme is two JSON levels: its object and its array).
    static func jsonPlan(themeLevels levels: Int) -> String {
        var theme = "{\"id\": \"t\(levels)\", \"title\": \"层\", \"targets\": [{\"id\": \"c\", \"title\": \"小区\", "
        theme += "\"indicator\": \"compounds\", \"period\": \"2020\", \"requirement\": \"357个以上\"}]}"
        for level in stride(from: levels - 1, through: 1, by: -1) {
            theme = "{\"id\": \"t\(level)\", \"title\": \"层\", \"themes\": [\(theme)]}"
        }
        return """
            {"erqiPlanFormat": 1, "indicators": [{"id": "compounds", "name": "小区", "unit": "count:个"}],
            "plans": [{"id": "p", "title": "计划", "period": "2020", "themes": [\(theme)]}],
            "observations": [{"id": "h1", "indicator": "compounds", "period": "2020-H1", "value": "103个"}]}
            """
    }

    @Test(arguments: [1_000, 10_000])
    func point1DeepCSVThemePathIsALocatedTooLargeProblem(_ levels: Int) {
        #expect(
            Self.csvProblems(themeLevels: levels) == [
                "tooLarge targets.csv:2:12: theme: nesting deeper than 200 levels (this theme path has \(levels)); "
                    + "plan files nest at most 200 levels"
            ])
    }

    @Test func point1CSVThemePathAtTheLimitIsRead() throws {
        #expect(Self.csvProblems(themeLevels: NestingLimit.maximumDepth) == [])
        #expect(Self.csvProblems(themeLevels: NestingLimit.maximumDepth + 1).count == 1)
    }

    @Test func point1JSONJustOverTheCapIsTheSameKindOfProblem() {
        // The root, "plans", a plan and its "themes" take 4 levels, each theme 2 and its "targets" and target 2:
        // 97 nested themes take 199 levels, 98 take 201.
        let fits = Self.jsonPlan(themeLevels: 97)
        let over = Self.jsonPlan(themeLevels: 98)
        #expect(throws: Never.self) { try PlanFileLoader.loadJSON(bytes: Array(fits.utf8), file: "deep.json") }
        do {
            _ = try PlanFileLoader.loadJSON(bytes: Array(over.utf8), file: "deep.json")
            Issue.record("nesting past the cap was accepted")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.kind == .tooLarge)
            #expect(
                error.problems.first?.message == "nesting deeper than 200 levels; plan files nest at most 200 levels")
            #expect(error.problems.first?.line == 2)
        }
    }

    @Test func point1PlanAtTheDepthLimitIsEvaluated() throws {
        let dataset = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Self.csvTargets(themeLevels: 199)),
            observations: ("observations.csv", Array(Self.observations.utf8)))
        var depth = 0
        var themes = dataset.plans.first?.themes ?? []
        while let theme = themes.first {
            depth += 1
            themes = theme.themes
        }
        #expect(depth == 199)
        let scorecard = Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(iso: "2020-12-31"))
        #expect(scorecard.allTargetEvaluations.count == 1)
        // One plan: its rollup is the overall one, which alone says how many figures count twice (none).
        var overall = scorecard.rollup
        #expect(overall.doubleCountedFigures == 0)
        overall.doubleCountedFigures = nil
        #expect(scorecard.plans.first?.rollup == overall)
    }
}
