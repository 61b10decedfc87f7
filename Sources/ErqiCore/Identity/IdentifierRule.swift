import Foundation

/// The one rule every id in a plan file follows, applied by both loaders (docs/plan-format.md, "Ids").
///
/// An id is printable text: not blank, no control characters (NUL, line breaks, ESC, …), no line or paragraph
/// separators, no bidirectional controls and no zero-width characters (U+200B…U+200F, U+2060, U+FEFF,
/// U+202A…U+202E, U+2066…U+2069, U+061C), and written in Unicode normalization form C (NFC). Ids that look
/// alike then are alike: two ids cannot differ by an invisible character, and since every stored id is NFC,
/// ids that are canonically equivalent have the same bytes too.
public enum IdentifierRule {
    /// What is wrong with an id, in plain words, or `nil` when it follows the rule.
    /// - Parameter text: The id as written.
    /// - Returns: The reason, e.g. `the id holds U+200B ZERO WIDTH SPACE; ids hold visible characters only`.
    public static func violation(in text: String) -> String? {
        // Visible ASCII without spaces, the usual case, needs no further look.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return nil }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return text.isEmpty ? "the id is empty" : "the id is blank; write visible characters"
        }
        for scalar in text.unicodeScalars where isForbidden(scalar) {
            return "the id holds \(VisibleText.name(scalar)); ids hold visible characters only, "
                + "without control, zero-width or direction characters"
        }
        if !text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars) {
            return "the id is not in Unicode normalization form C (NFC); write it with composed characters"
        }
        return nil
    }

    /// Whether a scalar may not appear in an id.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2060, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: return true
        default: return false
        }
    }
}
