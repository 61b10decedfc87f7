import ErqiOrgReporter
import ErqiReporting
import ErqiTextReporter
import Testing

/// The conformance checks from the DocC article "Writing a reporter", applied to a reporter in another package.
struct OrgReporterTests {
    struct RecordingStream: TextOutputStream {
        var chunks: [String] = []
        mutating func write(_ string: String) { chunks.append(string) }
    }

    static func scorecard(title: String) throws -> Scorecard {
        let unit = QuantityUnit.count(measureWord: "个")
        let indicator = Indicator(id: "i", name: LocalizedText(zh: title), unit: unit)
        let target = Target(
            id: "t", title: LocalizedText(zh: title), indicator: indicator.id, period: try .year(2020),
            requirement: .atLeast(Quantity(-15, unit)))
        let dataset = Dataset(
            indicators: [indicator],
            plans: [
                Plan(
                    id: "p", title: LocalizedText(zh: title), period: try .year(2020),
                    themes: [Theme(id: "th", title: LocalizedText(zh: title), targets: [target])])
            ],
            observations: [
                Observation(id: "o", indicator: indicator.id, period: try .year(2020), value: Quantity(3, unit))
            ])
        return Evaluator(dataset: dataset).scorecard(asOf: try CalendarDate(2020, 12, 31))
    }

    @Test(arguments: [
        "二七", "a | b", "line\r\nbreak", "* not a heading", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
    ])
    func conforms(_ title: String) throws {
        let reporter = OrgReporter()
        #expect(reporter.format.name == "org")
        let card = try Self.scorecard(title: title)
        let first = try reporter.render(card)
        #expect(try reporter.render(card) == first, "same scorecard, same bytes")
        var stream = RecordingStream()
        try reporter.write(card, to: &stream)
        #expect(stream.chunks.joined() == first, "write and render agree")
        for line in first.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(line.filter { $0 == "|" }.count == 7, "one row per target, six cells: \(line)")
        }
        #expect(!first.contains("\r"))
    }

    /// The Org report words its table with the kit's labels, the same words the built-in text report prints.
    @Test func printsTheTextReportersChineseLabels() throws {
        let card = try Self.scorecard(title: "老旧小区改造")
        let options = ReportOptions.standard
        let org = try OrgReporter(options: options).render(card)
        let text = try TextReporter(options: options).render(card)
        let head = try #require(org.split(separator: "\n").first { $0.hasPrefix("| ") })
        #expect(head == "| 状态 | 目标 | 要求 | 实际 | 完成度 | 来源 |")
        for label in [ReportLabel.status, .target, .requirement, .actual, .progress] {
            #expect(text.contains(options.label(label)), "the text report prints \(options.label(label))")
        }
        #expect(org.contains(options.statusText(card.plans[0].themes[0].targets[0].status)))
    }
}
