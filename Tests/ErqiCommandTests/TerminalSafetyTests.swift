import Foundation
import Testing

@testable import erqi

/// Issue #13, point 8: ids, titles, values and file names from data reach the terminal through `erqi list`,
/// `erqi check`, `erqi parse` and every message on standard error with their control characters shown as
/// `\u{…}`, never raw.
@Suite(.serialized) struct TerminalSafetyTests {
    /// ESC (a colour and an OSC that sets the window title), BEL, a C1 CSI, a carriage return and a bidi override.
    static let hostile = "\u{1B}[31mred\u{1B}]0;owned\u{07}\u{9B}2J\rback\u{202E}tfel"
    static let shown = "\\u{1B}[31mred\\u{1B}]0;owned\\u{07}\\u{9B}2J\\u{0D}back\\u{202E}tfel"

    /// Whether text holds a character that a terminal acts on (anything but printable text and line feeds).
    static func hasTerminalControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                true
            default: false
            }
        }
    }

    /// The README's example plan with hostile text in every title and in the source's locator.
    static func hostilePlan(in folder: URL) throws -> String {
        let json = ParseCommand.jsonString
        let text = """
            {
              "erqiPlanFormat": 1,
              "sources": [{"id": "plan", "title": \(json("source " + hostile)), "locator": \(json(hostile))}],
              "indicators": [{"id": "compounds", "name": "老旧小区改造", "unit": "count:个"}],
              "plans": [{
                "id": "p2025", "title": \(json("plan " + hostile)), "period": "2025",
                "themes": [{"id": "renewal", "title": \(json("theme " + hostile)), "targets": [{
                  "id": "compounds-2025", "title": "改造老旧小区", "indicator": "compounds", "period": "2025",
                  "requirement": "120个以上",
                  "citation": {"source": "plan", "line": 12, "literal": "120个"}
                }]}]
              }],
              "observations": [{"id": "h1", "indicator": "compounds", "period": "2025-H1", "value": "58个"}]
            }
            """
        let path = folder.appendingPathComponent("hostile.json").path
        try TestFiles.write(text, to: path)
        return path
    }

    @Test func point8_listShowsControlCharactersInData() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["list", "--data", try Self.hostilePlan(in: folder)])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!Self.hasTerminalControls(result.standardOutput))
        #expect(result.standardOutput.contains("plan " + Self.shown))
        #expect(result.standardOutput.contains("theme " + Self.shown))
        #expect(result.standardOutput.contains("source " + Self.shown))
    }

    @Test(arguments: [
        ["--plan", hostile], ["--theme", hostile], ["--format", hostile], ["--lang", hostile], [hostile],
        ["parse", hostile], ["check", "/nonexistent/" + hostile], ["--data", "/nonexistent/" + hostile],
        ["list", "--data", "/nonexistent/" + hostile], ["--output", "/nonexistent/" + hostile],
    ])
    func point8_errorMessagesShowControlCharacters(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("erqi"))
        #expect(!Self.hasTerminalControls(result.standardError), "\(result.standardError)")
        // parse quotes the argument as JSON, whose escape for ESC is \u001b; every other message writes \u{1B}.
        #expect(result.standardError.contains("\\u{1B}") || result.standardError.contains("\\u001b"))
    }

    /// A valid plan whose file name holds an escape sequence: `check` prints the name.
    @Test func point8_checkShowsAFileNameWithControlCharacters() throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("plan\u{1B}]0;owned\u{07}.json").path
        try FileManager.default.copyItem(atPath: OutputTests.seeds.path, toPath: path)
        let result = try CommandRunner.run(["check", path])
        #expect(result.status == 0)
        #expect(!Self.hasTerminalControls(result.standardOutput))
        #expect(result.standardOutput.contains("plan\\u{1B}]0;owned\\u{07}.json: ok:"))
    }

    /// `parse` prints JSON lines: C1 controls, DEL, line separators and bidi controls in a string are `\u` escapes,
    /// so the line is both valid JSON and safe on a terminal.
    @Test func point8_parseEscapesControlsInItsJSON() throws {
        let text = "a\u{1B}b\u{7F}c\u{9B}d\u{202E}e\u{2066}f\u{200F}g\u{2028}h 二七"
        let json = ParseCommand.jsonString(text)
        #expect(json == "\"a\\u001bb\\u007fc\\u009bd\\u202ee\\u2066f\\u200fg\\u2028h 二七\"")
        #expect(!Self.hasTerminalControls(json))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        #expect(decoded as? String == text)
    }
}
