/// A list of lexicon words with their meanings, looked up by the character a word starts with.
///
/// The parser asks at nearly every position of its input whether one of several dozen words starts there.
/// Comparing each word character by character (walking a `String` by grapheme and comparing non-ASCII
/// characters) made that the most expensive part of parsing. The table keeps each word as characters and
/// finds the candidates with one dictionary look-up. `Character` hashes and compares by canonical
/// equivalence, so a word matches exactly where ``QuantityLexicon/matches(_:in:at:)`` says it does, and
/// candidates keep the order of the list: the first word that matches wins, as before.
struct LexiconWordTable<Meaning: Sendable>: Sendable {
    /// One word and what it means.
    struct Entry: Sendable {
        /// The word, as characters.
        let characters: [Character]
        /// What the word means.
        let meaning: Meaning
    }

    private let entries: [Entry]
    private let candidatesByFirstCharacter: [Character: [Int]]

    /// Creates a table from words in the order they are to be tried.
    /// - Parameter words: The words (none empty) and their meanings.
    init(_ words: [(word: String, meaning: Meaning)]) {
        entries = words.map { Entry(characters: Array($0.word), meaning: $0.meaning) }
        var candidates: [Character: [Int]] = [:]
        for (offset, entry) in entries.enumerated() {
            guard let first = entry.characters.first else { continue }
            candidates[first, default: []].append(offset)
        }
        candidatesByFirstCharacter = candidates
    }

    /// The first word in list order that is spelled at `index` and that `accepts` takes, with its length.
    /// - Parameters:
    ///   - characters: The (normalized) input.
    ///   - index: Where the word would start.
    ///   - accepts: A further condition on a word that matches, given the index just past it.
    func first(
        in characters: [Character], at index: Int, where accepts: (_ end: Int) -> Bool = { _ in true }
    ) -> (length: Int, meaning: Meaning)? {
        guard index >= 0, index < characters.count,
            let candidates = candidatesByFirstCharacter[characters[index]]
        else { return nil }
        for offset in candidates {
            let entry = entries[offset]
            let end = index + entry.characters.count
            guard end <= characters.count else { continue }
            var position = index + 1
            var matched = true
            for character in entry.characters.dropFirst() {
                if characters[position] != character {
                    matched = false
                    break
                }
                position += 1
            }
            if matched, accepts(end) { return (entry.characters.count, entry.meaning) }
        }
        return nil
    }
}
