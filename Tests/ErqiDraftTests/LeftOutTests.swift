import ErqiCore
import ErqiDraft
import Testing

/// Numbers that are no figure of a plan are left out and listed with the categories of seeds/README.md. Fixtures
/// are our own sentences.
struct LeftOutTests {
    @Test(arguments: [
        ("会议于7月30日召开。", "7月", LeftOutCategory.date),
        ("抓好七项重点工作。", "七项", LeftOutCategory.themeCount),
        ("引进世界500强企业。", "500", LeftOutCategory.threshold),
        ("推进10亿元以上的项目建设。", "10亿元以上", LeftOutCategory.threshold),
        ("吸引网友关注千万人次。", "千万人次", LeftOutCategory.vagueAmount),
        ("走访企业几十家。", "几十家", LeftOutCategory.vagueAmount),
        ("落实“三个二七”要求。", "三个", LeftOutCategory.name),
        ("发布PM2.5数据。", "2.5", LeftOutCategory.name),
        ("召开第11届会议。", "11届", LeftOutCategory.ordinal),
    ])
    func numberIsLeftOutWithItsCategory(sentence: String, literal: String, category: LeftOutCategory) throws {
        let draft = ReportDrafter(year: 2022).draft(sentence)
        #expect(draft.figures.isEmpty)
        let left = try #require(draft.leftOut.first { $0.literal.hasPrefix(literal) })
        #expect(left.category == category)
        #expect(left.line == 1)
    }

    @Test func repeatOnALaterLineIsLeftOut() {
        let draft = ReportDrafter(year: 2022).draft("确保新建学校6所。\n\n新建学校6所，全部开工。")
        #expect(draft.figures.count == 1)
        #expect(draft.leftOut.map(\.category) == [.repeatedFigure])
        #expect(draft.leftOut.first?.line == 3)
    }

    @Test func sameValueTwiceOnOneLineIsKept() {
        let draft = ReportDrafter(year: 2022).draft("城镇收入同比增长8%，农村收入同比增长8%。")
        #expect(draft.figures.count == 2)
    }
}
