import ErqiCore
import ErqiDraft
import Testing

/// The cue words decide target or achievement. Every fixture is our own short sentence, not a report's.
struct CueWordTests {
    @Test(arguments: [
        ("今年确保新建学校6所。", FigureKind.target),
        ("力争引进企业12家。", FigureKind.target),
        ("全年计划完成投资80亿元。", FigureKind.target),
        ("道路改造不低于5条。", FigureKind.target),
        ("建成公园9个以上。", FigureKind.target),
        ("按期完成12个小区改造任务。", FigureKind.target),
        ("上半年完成了投资40亿元。", FigureKind.observation),
        ("税收同比增长7.5%。", FigureKind.observation),
        ("累计建成公园9个。", FigureKind.observation),
        ("已开通公交线路3条。", FigureKind.observation),
    ])
    func cueWordDecidesKind(sentence: String, kind: FigureKind) throws {
        let draft = ReportDrafter(year: 2022).draft(sentence)
        let figure = try #require(draft.figures.first)
        #expect(draft.figures.count == 1)
        #expect(figure.kind == kind)
        #expect(figure.confidence >= .medium)
        #expect(figure.review == nil)
    }

    @Test func strongCueGivesHighConfidenceAndNamesTheCue() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("确保完成投资80亿元以上。").figures.first)
        #expect(figure.kind == .target)
        #expect(figure.confidence == .high)
        #expect(figure.comparator == .atLeast)
        #expect(figure.quantity == Quantity(8_000_000_000, .yuan))
        #expect(figure.reason.contains("确保"))
    }

    @Test func capWordsGiveAnAtMostTarget() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("能耗增幅控制在3%以内。").figures.first)
        #expect(figure.kind == .target)
        #expect(figure.comparator == .atMost)
    }

    @Test func figureWithoutCueCarriesReviewMark() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("新区公园9个。").figures.first)
        #expect(figure.confidence == .low)
        #expect(figure.review?.contains("Target or achievement") == true)
    }

    @Test func partOpenedBySecondHalfReadsAsPlan() throws {
        let text = "上半年,税收同比增长5%,完成投资30亿元。\n\n下半年\n\n推进公园建设9个,改造道路4条。"
        let draft = ReportDrafter(year: 2022).draft(text)
        let kinds = draft.figures.map { "\($0.literal) \($0.kind.rawValue)" }
        #expect(kinds == ["5% observation", "30亿元 observation", "9个 target", "4条 target"])
    }

    @Test func cutTargetKeepsItsMagnitude() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("确保行政开支压缩10%。").figures.first)
        #expect(figure.kind == .target)
        #expect(figure.quantity == (try Quantity("0.1", .percent)))
        #expect(figure.comparator == .atLeast)
    }

    @Test func moreThanOnAnAchievementIsItsApproximation() throws {
        let figure = try #require(ReportDrafter(year: 2022).draft("累计服务群众超5万人次。").figures.first)
        #expect(figure.kind == .observation)
        #expect(figure.approximation == .moreThan)
        #expect(figure.comparator == nil)
    }
}
