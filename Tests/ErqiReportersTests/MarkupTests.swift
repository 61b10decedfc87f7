import ErqiCore
import ErqiHTMLReporter
import ErqiMarkdownReporter
import ErqiReporting
import Foundation
import Testing

/// A small XML-ish well-formedness check for the HTML the reporter writes: tags nest and close, attributes are
/// quoted, no script element and no event-handler attribute exists, and text holds no raw `<`.
enum HTMLCheck {
    static let voidElements: Set<String> = ["meta", "col", "br", "img", "link", "input", "hr"]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        var rest = Substring(html)
        if rest.hasPrefix("<!DOCTYPE html>") { rest = rest.dropFirst("<!DOCTYPE html>".count) }
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if text.contains(">") { problems.append("raw > in text near \(text.suffix(40))") }
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("unclosed tag")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if stack.popLast() != name { problems.append("mismatched </\(name)>") }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? tag.dropLast() : tag
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if name.isEmpty || name == "script" || name == "iframe" || name == "object" {
                problems.append("forbidden or empty tag <\(tag)>")
            }
            let attributes = body.dropFirst(name.count)
            if attributes.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil {
                problems.append("event handler in <\(tag)>")
            }
            if attributes.contains("<") { problems.append("< in attributes of <\(name)>") }
            var quotes = 0
            for character in attributes where character == "\"" { quotes += 1 }
            if quotes % 2 != 0 { problems.append("unbalanced quotes in <\(name)>") }
            if !selfClosing && !voidElements.contains(name) { stack.append(name) }
        }
        if rest.contains(">") { problems.append("raw > after the last tag") }
        if !stack.isEmpty { problems.append("unclosed elements \(stack)") }
        return problems
    }
}

struct HTMLReporterTests {
    @Test(arguments: [Language.zh, .en])
    func pagesAreWellFormedAndRunNoScript(_ language: Language) throws {
        for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
            let html = try HTMLReporter(options: ReportOptions(language: language)).render(scorecard)
            #expect(HTMLCheck.problems(in: html) == [])
            #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
            #expect(!html.contains("http://") && !html.contains("https://"), "no network requests")
            #expect(html.contains(language == .zh ? "<html lang=\"zh-Hans\">" : "<html lang=\"en\">"))
        }
    }

    @Test func escapesEveryDataText() throws {
        let html = try HTMLReporter().render(ReporterFixtures.hostile)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;/style&gt;&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&amp;amp; &amp;lt;b&amp;gt;"))
        #expect(!html.contains("\u{1B}"))
    }

    @Test func oneSectionPerThemeWithBarsAndStatusWords() throws {
        let scorecard = ReporterFixtures.erqi2020
        let html = try HTMLReporter().render(scorecard)
        let themes = scorecard.plans.flatMap(\.themes).count + scorecard.plans.flatMap(\.themes).flatMap(\.themes).count
        #expect(html.components(separatedBy: "<section class=\"theme").count - 1 == themes)
        #expect(html.components(separatedBy: "<svg class=\"bar\"").count - 1 == 10)
        #expect(html.contains("<line class=\"expected\""))
        #expect(html.contains(">未达成</span>"))
    }

    @Test(arguments: [
        ("a & b", "a &amp; b"), ("<b>", "&lt;b&gt;"), ("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"),
        ("bell\u{07}", "bell\u{FFFD}"), ("二七", "二七"),
    ])
    func escaping(_ input: String, _ expected: String) {
        #expect(HTMLReporter.escaped(input) == expected)
    }
}

struct MarkdownReporterTests {
    @Test(arguments: [
        ("a|b", "a\\|b"), ("<script>", "&lt;script&gt;"), ("*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`"),
        ("[l](u)", "\\[l\\](u)"), ("two\r\nlines", "two  lines"), ("back\\slash", "back\\\\slash"), ("二七", "二七"),
        ("# h ~s~", "\\# h \\~s\\~"), ("a & b", "a &amp; b"),
    ])
    func escaping(_ input: String, _ expected: String) {
        #expect(MarkdownReporter.escaped(input) == expected)
    }

    /// Issue #13, point 14: bidirectional controls would reorder the text around them where the Markdown is shown;
    /// each becomes U+FFFD, and the letters stay in the order they are stored.
    @Test(arguments: [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
    func bidirectionalControlsAreNeutralised(_ code: UInt32) throws {
        let control = try #require(Unicode.Scalar(code))
        #expect(MarkdownReporter.escaped("abc\(control)def") == "abc\u{FFFD}def")
    }

    @Test func bidirectionalControlsInAReportAreNeutralised() throws {
        let markdown = try MarkdownReporter().render(ReporterFixtures.hostile)
        #expect(ReporterFixtures.hostileTexts.contains { $0.contains("\u{202E}") })
        #expect(!markdown.unicodeScalars.contains { [0x061C, 0x200E, 0x200F].contains($0.value) })
        #expect(!markdown.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        #expect(!markdown.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        #expect(markdown.contains("\u{FFFD}override\u{FFFD} end"))
    }

    @Test func everyTableRowHasTheHeaderCellCount() throws {
        for scorecard in [ReporterFixtures.erqi2020, ReporterFixtures.hostile] {
            let markdown = try MarkdownReporter().render(scorecard)
            #expect(!markdown.contains("\r"))
            for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
                // Count the pipes that are not escaped: 9 for 8 cells.
                var pipes = 0
                var escaped = false
                for character in line {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "|" {
                        pipes += 1
                    }
                }
                #expect(pipes == 9, "\(line)")
            }
            #expect(!markdown.contains("<script"))
        }
    }
}
