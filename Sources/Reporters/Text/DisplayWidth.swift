public import ErqiReporting

/// Terminal display widths by Unicode East Asian Width (UAX #11), from a table generated from the Unicode
/// Character Database (version ``unicodeVersion``) by `scripts/generate-width-table`.
///
/// Wide and fullwidth characters (Chinese, kana, Hangul, most emoji) take two columns; combining marks and
/// format characters take none; ambiguous characters (“ ” — … ① × ≥) take one or two, as chosen. A grapheme
/// cluster takes the width of its first scalar, or two when it asks for emoji presentation (U+FE0F) or is a
/// flag (two regional indicators).
///
/// ```swift
/// DisplayWidth.of("二七区 2020")  // 11
/// DisplayWidth.truncate("老旧小区改造", to: 7)  // "老旧小…"
/// ```
public enum DisplayWidth {
    /// The Unicode version of the width table, e.g. `"15.0.0"`.
    public static var unicodeVersion: String { EastAsianWidthTable.unicodeVersion }

    /// The columns a Unicode scalar takes.
    /// - Parameters:
    ///   - scalar: The scalar.
    ///   - ambiguous: How to count ambiguous-width scalars.
    /// - Returns: 0, 1 or 2; 0 for control characters.
    public static func of(_ scalar: Unicode.Scalar, ambiguous: ReportOptions.AmbiguousWidth = .narrow) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        if contains(EastAsianWidthTable.zero, value) { return 0 }
        if contains(EastAsianWidthTable.wide, value) { return 2 }
        if contains(EastAsianWidthTable.ambiguous, value) { return ambiguous == .wide ? 2 : 1 }
        return 1
    }

    /// The columns a character (a grapheme cluster) takes.
    /// - Parameters:
    ///   - character: The character.
    ///   - ambiguous: How to count ambiguous-width scalars.
    /// - Returns: 0, 1 or 2.
    public static func of(_ character: Character, ambiguous: ReportOptions.AmbiguousWidth = .narrow) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if character.isASCII { return scalars.count == 1 ? of(first) : 1 }  // "\r\n" is one character
        var width = of(first, ambiguous: ambiguous)
        for scalar in scalars.dropFirst() {
            if scalar.value == 0xFE0F { width = 2 }  // emoji presentation selector
            if (0x1F1E6...0x1F1FF).contains(scalar.value) && (0x1F1E6...0x1F1FF).contains(first.value) {
                width = 2  // a flag
            }
            if width == 0 { width = of(scalar, ambiguous: ambiguous) }
        }
        return width
    }

    /// The columns a string takes.
    /// - Parameters:
    ///   - text: The text; control characters count 0 (replace them before display).
    ///   - ambiguous: How to count ambiguous-width scalars.
    /// - Returns: The width.
    public static func of(_ text: String, ambiguous: ReportOptions.AmbiguousWidth = .narrow) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return widthByCharacter(text, ambiguous: ambiguous) }
            width += scalar.value < 0x7F ? 1 : of(scalar, ambiguous: ambiguous)
        }
        return width
    }

    /// The width of text counted character by character (grapheme clusters), for text with combining scalars.
    private static func widthByCharacter(_ text: String, ambiguous: ReportOptions.AmbiguousWidth) -> Int {
        var width = 0
        for character in text { width += of(character, ambiguous: ambiguous) }
        return width
    }

    /// Whether a scalar is a printable character of its own in any text: not a control or format character,
    /// and neither joined to the scalar before it (combining marks, joiners, variation selectors) nor to the one
    /// after it (prepended marks), so that a text made of such scalars has one character per scalar.
    ///
    /// Covers printable ASCII and Latin-1 to Latin Extended (below the combining diacritics at U+0300), general
    /// punctuation, arrows and mathematical operators, enclosed numbers, CJK symbols before the ideographic tone
    /// marks, CJK unified ideographs and fullwidth ASCII; every other scalar takes the slow path.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2460...0x24FF,
            0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            true
        default: false
        }
    }

    /// Cuts text to at most a width, ending it with an ellipsis (…) when something was cut.
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The most columns the result may take.
    ///   - ambiguous: How to count ambiguous-width scalars (the ellipsis itself is ambiguous).
    /// - Returns: The text, or its longest prefix that fits with the ellipsis.
    public static func truncate(_ text: String, to width: Int, ambiguous: ReportOptions.AmbiguousWidth = .narrow)
        -> String
    {
        if of(text, ambiguous: ambiguous) <= width { return text }
        let ellipsis: Character = "…"
        let budget = width - of(ellipsis, ambiguous: ambiguous)
        guard budget >= 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let next = of(character, ambiguous: ambiguous)
            if used + next > budget { break }
            result.append(character)
            used += next
        }
        result.append(ellipsis)
        return result
    }

    /// Pads text with spaces to a width.
    /// - Parameters:
    ///   - text: The text, at most `width` columns wide.
    ///   - width: The width wanted.
    ///   - alignRight: Whether to pad on the left.
    ///   - ambiguous: How to count ambiguous-width scalars.
    /// - Returns: The padded text.
    public static func pad(
        _ text: String, to width: Int, alignRight: Bool = false, ambiguous: ReportOptions.AmbiguousWidth = .narrow
    ) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text, ambiguous: ambiguous)))
        return alignRight ? padding + text : text + padding
    }

    /// Whether a flattened range table contains a value (binary search).
    private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < table[middle * 2] {
                high = middle - 1
            } else if value > table[middle * 2 + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
