import ErqiCore
import Testing

/// Bugs found by the fuzz targets (`scripts/fuzz`); the inputs are in `Fuzz/<Target>/regressions/`.
struct PeriodFuzzRegressionTests {
    /// `Fuzz/Reporters/regressions/period-year-before-1000`: a period in a year before 1000 was described as
    /// `1-Q1` or `999`, which `Period(parsing:)` refuses (it reads four-digit years), so a scorecard holding one
    /// did not survive the JSON reporter. Years are now written with four digits.
    @Test(arguments: [1, 9, 99, 999, 1000, 2020, 9999])
    func descriptionsParseBack(_ year: Int) throws {
        var periods = [
            try Period.year(year), try Period.half(year, 1), try Period.half(year, 2), try Period.quarter(year, 1),
            try Period.quarter(year, 4), try Period.month(year, 7), try Period.month(year, 12),
        ]
        if year < 9999 { periods.append(try Period.years(year, through: year + 1)) }
        for period in periods {
            #expect(try Period(parsing: period.description) == period, "\(period.description)")
        }
    }

    @Test func yearsBeforeOneThousandHaveFourDigits() throws {
        #expect(try Period.quarter(1, 1).description == "0001-Q1")
        #expect(try Period.year(999).description == "0999")
        #expect(try Period.years(5, through: 12).description == "0005–0012")
        #expect(try Period.month(42, 3).description == "0042-03")
    }
}
