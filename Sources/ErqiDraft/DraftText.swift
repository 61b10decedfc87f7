/// A report's text with its newspaper line breaks joined, and the way back from a character to its line.
///
/// Empty lines are dropped and the other lines are joined with one line break, so that the quantity extractor
/// joins a phrase broken across lines ("完成297⏎个") as `scripts/verify-seeds` does. Each character keeps the line
/// (counted from 1 in the original text) it came from.
struct DraftText {
    /// The joined text: the non-empty lines, trimmed, one line break between them.
    let joined: String
    /// The characters of ``joined``.
    let characters: [Character]
    /// The original line (from 1) of each character of ``joined``.
    let lineOfCharacter: [Int]

    /// The offsets in ``joined`` where a heading starts: a short line (under 30 characters) without sentence
    /// punctuation, between empty lines.
    let headingOffsets: [Int]

    /// Joins the lines of a report.
    /// - Parameter text: The report as read (LF, CRLF or CR line ends).
    init(_ text: String) {
        var characters: [Character] = []
        var lines: [Int] = []
        var headings: [Int] = []
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
        func isBlank(_ index: Int) -> Bool {
            index < 0 || index >= rawLines.count || rawLines[index].allSatisfy(\.isWhitespace)
        }
        for (index, line) in rawLines.enumerated() {
            let lineNumber = index + 1
            let trimmed = line.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace })
                .reversed()
            guard !trimmed.isEmpty else { continue }
            if !characters.isEmpty {
                characters.append("\n")
                lines.append(lineNumber)
            }
            if isBlank(index - 1), isBlank(index + 1), trimmed.count < 30,
                !trimmed.contains(where: { "。，,；;：:！？".contains($0) })
            {
                headings.append(characters.count)
            }
            for character in trimmed {
                characters.append(character)
                lines.append(lineNumber)
            }
        }
        self.characters = characters
        self.lineOfCharacter = lines
        self.headingOffsets = headings
        self.joined = String(characters)
    }

    /// The original line of a character offset, or 0 when the offset is outside the text.
    func line(at offset: Int) -> Int {
        offset >= 0 && offset < lineOfCharacter.count ? lineOfCharacter[offset] : 0
    }

    /// The text between two offsets with the joining line breaks removed.
    func flat(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound)
        let upper = min(characters.count, range.upperBound)
        guard lower < upper else { return "" }
        return String(characters[lower..<upper].filter { !$0.isNewline })
    }

    /// The start of the clause holding an offset: just after the last 。；！？ (or ，、：： with `commas`) before it.
    func clauseStart(before offset: Int, commas: Bool, enumerations: Bool = true) -> Int {
        var position = min(offset, characters.count) - 1
        var stops: Set<Character> =
            commas ? ["。", "；", "！", "？", "，", "、", "：", ";", ",", ":"] : ["。", "；", "！", "？", ";"]
        if !enumerations { stops.remove("、") }
        while position >= 0 {
            if stops.contains(characters[position]) { return position + 1 }
            position -= 1
        }
        return 0
    }

    /// The end of the clause holding an offset: the first 。；！？ (or ，、： with `commas`) at or after it.
    func clauseEnd(after offset: Int, commas: Bool) -> Int {
        var position = max(0, offset)
        let stops: Set<Character> =
            commas ? ["。", "；", "！", "？", "，", "、", "：", ";", ",", ":"] : ["。", "；", "！", "？", ";"]
        while position < characters.count {
            if stops.contains(characters[position]) { return position }
            position += 1
        }
        return characters.count
    }
}
