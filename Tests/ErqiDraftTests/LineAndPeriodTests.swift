import ErqiCore
import ErqiDraft
import Testing

/// Lines are cited where the number starts, with the newspaper line breaks joined; periods come from the report's
/// year and its phrases. Fixtures are our own sentences.
struct LineAndPeriodTests {
    @Test func figureBrokenAcrossLinesIsJoinedAndCitedWhereItsNumberStarts() throws {
        let text = "第一段。\n\n今年要高标准完成128\n个小区改造任务；\n确保\n\n40项服务一次办成。"
        let draft = ReportDrafter(year: 2022).draft(text)
        let figures = draft.figures.map { "\($0.line) \($0.literal) \($0.quantity)" }
        #expect(figures == ["3 128个 128 count:个", "7 40项 40 count:项"])
    }

    @Test func crlfLineEndsCountLikeLf() throws {
        let draft = ReportDrafter(year: 2022).draft("一\r\n\r\n确保新建学校\r\n6所。")
        #expect(draft.figures.map(\.line) == [4])
    }

    @Test(arguments: [
        ("上半年完成投资40亿元。", "2022-H1"),
        ("全年确保完成投资80亿元。", "2022"),
        ("十四五期间确保新建学校20所。", "2021–2025"),
        ("到2025年确保新建学校20所。", "2022–2025"),
        ("五年来累计新建学校20所。", "2016–2020"),
    ])
    func periodComesFromPhrase(sentence: String, period: String) throws {
        let figure = try #require(ReportDrafter(year: 2022).draft(sentence).figures.first)
        #expect(figure.period.description == period)
    }

    @Test func yearIsInferredFromTheMostPrintedYear() {
        let draft = ReportDrafter().draft("2021年回顾。2021年完成了投资9亿元。2019年以来如此。")
        #expect(draft.year == 2021)
        #expect(draft.figures.first?.period.description == "2021")
    }

    @Test func unprintedYearMarksEveryFigureForReview() throws {
        let draft = ReportDrafter(publicationYear: 2019).draft("累计建成公园9个。")
        let figure = try #require(draft.figures.first)
        #expect(draft.year == 2019)
        #expect(figure.review?.contains("year is not printed") == true)
    }

    @Test func estimateIsPreliminary() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("预计全年实现税收同比增长6%。").figures.first)
        #expect(figure.quality == .preliminary)
    }
}
