/// The phrases that open a part of a report about what was done (一年来, 上半年) or what will be done (下半年, 区将):
/// the frame a figure without strong cues of its own is read in.
struct FrameMarkers {
    /// Phrases that open a review of results.
    static let past = ["一年来", "上半年", "今年以来", "1~6月", "1-6月", "五年来", "过去五年", "过去一年", "回顾"]
    /// Phrases that open a plan.
    static let future = [
        "下半年", "明年", "今后", "未来五年", "今后五年", "十四五", "新的一年", "区将", "将围绕", "将继续", "将坚持",
        "要坚持", "要围绕", "工作安排", "主要目标", "发力点",
    ]

    /// The offsets (in the joined text) where a marker starts, with +1 for a plan and −1 for a review, in order.
    let marks: [(offset: Int, sign: Int)]

    /// Finds the markers of a text.
    init(_ text: DraftText) {
        var flat: [Character] = []
        var joinedOffset: [Int] = []
        for (offset, character) in text.characters.enumerated() where !character.isNewline {
            flat.append(character)
            joinedOffset.append(offset)
        }
        var marks: [(offset: Int, sign: Int)] = []
        let phrases = Self.past.map { (Array($0), -1) } + Self.future.map { (Array($0), 1) }
        var index = 0
        while index < flat.count {
            var matched = false
            for (phrase, sign) in phrases where index + phrase.count <= flat.count {
                if flat[index] == phrase[0], Array(flat[index..<(index + phrase.count)]) == phrase {
                    marks.append((joinedOffset[index], sign))
                    index += phrase.count
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        // A heading ends the part a marker opened.
        marks += text.headingOffsets.map { (offset: $0, sign: 0) }
        // At one offset, the heading comes first, so that a marker inside a heading (发力点1) opens its part.
        self.marks = marks.sorted { ($0.offset, abs($0.sign)) < ($1.offset, abs($1.sign)) }
    }

    /// +1 when the latest marker before an offset opens a plan, −1 when it opens a review, 0 when none precedes it
    /// or a heading came after it.
    func frame(before offset: Int) -> Int {
        var low = 0
        var high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : marks[low - 1].sign
    }
}
