import ErqiCore
import ErqiPlanFiles
import Testing

/// Rows of one indicator come in runs in `observations.csv`, and the reader takes a row that only names the last
/// indicator without looking it up again. Every later row of a run that says more (a unit, a direction, a kind,
/// a name) is still read and checked as the first row was (issue #18, loading the national plan).
struct IndicatorRunLoadingTests {
    static let targets = """
        plan,plan_period,theme,id,title,indicator,indicator_name,unit,period,requirement,source
        p,2025,t,t1,目标,named,有名字的指标,count:个,2025,10,s
        p,2025,t,t2,目标,unnamed,,count:个,2025,10,s

        """

    static func problems(_ observations: String) -> [String] {
        do {
            _ = try PlanFileLoader.loadCSV(
                targets: ("targets.csv", Array(targets.utf8)),
                observations: ("observations.csv", Array(observations.utf8)))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func laterRowsOfARunWithAUnitDirectionOrKindAreChecked() {
        let observations = """
            id,indicator,indicator_name,unit,direction,kind,period,value,source
            o1,named,,,,,2025-01,1,s
            o2,named,,,,,2025-02,2,s
            o3,named,,percent,,,2025-03,3,s
            o4,named,,,sideways,,2025-04,4,s
            o5,named,,,,level,2025-05,5,s
            o6,named,,furlongs,,,2025-06,6,s

            """
        #expect(
            Self.problems(observations) == [
                "observations.csv:4:11: unit: indicator 'named' is in count:个 on an earlier row, not percent",
                "observations.csv:5:12: direction: unknown direction 'sideways'; use higherIsBetter, lowerIsBetter, band",
                "observations.csv:6:13: kind: unknown kind 'level'; use flow, stock, rate",
                "observations.csv:7:11: unit: unknown unit 'furlongs'; use CNY, count:<measure word>, percent, pp, multiple, day, month, year, m2, km2, mu, m or km",
            ])
    }

    @Test func aLaterRowOfARunNamesAnIndicatorDefinedWithoutName() throws {
        let observations = """
            id,indicator,indicator_name,unit,period,value,source
            o1,unnamed,,,2025-01,1,s
            o2,unnamed,,,2025-02,2,s
            o3,unnamed,后来的名字,,2025-03,3,s
            o4,named,另一个名字,,2025-04,4,s

            """
        #expect(Self.problems(observations) == [])
        let dataset = try PlanFileLoader.loadCSV(
            targets: ("targets.csv", Array(Self.targets.utf8)),
            observations: ("observations.csv", Array(observations.utf8)))
        #expect(dataset.indicators.map(\.name.zh) == ["有名字的指标", "后来的名字"])
    }
}
