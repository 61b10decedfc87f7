import Foundation

/// Two phrases joined by a range connector (至, 到, -, ~, —) read as one range: 2%至3%, 两到三年, 下降2%至3%.
struct PhraseRange {
    /// The first phrase as written.
    var first: Phrase
    /// The second phrase as written.
    var second: Phrase
    /// The lower end, in base units of ``unit`` (signed for a decrease).
    var lower: ExactDecimal
    /// The upper end.
    var upper: ExactDecimal
    /// The unit of both ends.
    var unit: QuantityUnit
    /// The approximation of the range as a whole.
    var approximation: Approximation
    /// The offset just past the second phrase.
    var end: Int
}

extension PhraseParser {
    /// Reads the second end of a range after `first`, when a range connector follows it.
    ///
    /// - The first figure takes the second's unit when it has none (2至3% is 2%–3%), and its trailing magnitude
    ///   when that keeps the order (两到三万 is 20000–30000, but 5000至3万 is 5000–30000).
    /// - A change word on the first figure covers both (下降2%至3% is −3%…−2%).
    /// - Comparators have no place in a range (`2%以上至3%` is an error, `控制在2%至3%` a band); approximations
    ///   combine.
    /// - Parameter first: The phrase before the connector.
    /// - Returns: The range, or `nil` when no connector follows.
    /// - Throws: ``QuantityParseError`` when a connector follows but the range is not well formed.
    func parseRange(after first: Phrase) throws(QuantityParseError) -> PhraseRange? {
        let connectorAt = Self.gapEnd(in: characters, from: first.end)
        guard connectorAt < characters.count, QuantityLexicon.isRangeConnector(characters[connectorAt]) else {
            return nil
        }
        let secondStart = Self.gapEnd(in: characters, from: connectorAt + 1)
        guard secondStart < characters.count else { throw .missingNumber(offset: secondStart) }
        var second = try parse(at: secondStart)
        // 控制在2%至3%: the range says more than the cap, which was only assumed for a single figure.
        if first.comparator != nil, !first.isCapOnly { throw .conflictingQualifier(offset: first.start) }
        if second.comparator != nil || second.commitment != nil || second.hasPrefixWord && second.change == nil {
            throw .conflictingQualifier(offset: second.start)
        }
        if let change = second.change, change.direction != first.change?.direction {
            throw .conflictingQualifier(offset: second.start)
        }
        var lower = first.value
        var unit = first.unit
        if first.change?.direction == .decrease, second.change == nil {
            second.value = -second.value
            second.approximation = second.approximation.mirrored
        }
        second.change = first.change
        if !first.hasUnitWord, second.hasUnitWord {
            unit = second.unit
            var power = second.unitScale
            if let magnitude = trailingMagnitude(of: second.number), !containsBigUnit(first.number) {
                let scaled = try Self.scale(first.value.magnitude, by: power + magnitude, at: first.start)
                if scaled <= second.value.magnitude { power += magnitude }
            }
            lower = try Self.scale(first.value, by: power, at: first.start)
        } else if first.hasUnitWord, !second.hasUnitWord {
            second.value = try Self.scale(second.value, by: first.unitScale, at: second.start)
            second.unit = first.unit
        } else if first.unit != second.unit {
            throw .rangeUnitsDiffer(offset: second.start)
        }
        var upper = second.value
        if first.change?.direction == .decrease {
            // The text names the smaller fall first: 下降2%至3% is −3%…−2%.
            swap(&lower, &upper)
        }
        if upper < lower { throw .invertedRange(offset: second.start) }
        return PhraseRange(
            first: first, second: second, lower: lower, upper: upper, unit: unit,
            approximation: first.approximation.combined(with: second.approximation), end: second.end)
    }

    /// The magnitude a number ends with (百 2, 千 3, 万 4, 亿 8, 万亿 12), or `nil`.
    private func trailingMagnitude(of number: ReadNumber) -> Int? {
        guard number.end > number.start else { return nil }
        let last = characters[number.end - 1]
        if last == "亿" || last == "億" {
            let before = number.end - 2
            if before >= number.start, characters[before] == "万" || characters[before] == "萬" { return 12 }
            return 8
        }
        return QuantityLexicon.bigUnitPower(last) ?? QuantityLexicon.smallUnitPower(last).flatMap { $0 >= 2 ? $0 : nil }
    }

    /// Whether a number is written with 万 or 亿.
    private func containsBigUnit(_ number: ReadNumber) -> Bool {
        characters[number.start..<number.end].contains { QuantityLexicon.bigUnitPower($0) != nil }
    }

    /// `value × 10^power`, exactly.
    private static func scale(_ value: ExactDecimal, by power: Int, at offset: Int) throws(QuantityParseError)
        -> ExactDecimal
    {
        if power == 0 { return value }
        do {
            return try value * ExactDecimal(significand: 1, exponent: power)
        } catch {
            throw .outOfRange(offset: offset)
        }
    }
}
