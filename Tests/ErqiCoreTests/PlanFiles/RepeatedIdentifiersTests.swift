import Testing

@testable import ErqiCore
@testable import ErqiPlanFiles

/// The duplicate-id search of the dataset checks: the repeats of each id in list order, found through a table of
/// hashes of the ids' bytes and never made by a hash collision (issue #18, loading the national plan).
struct RepeatedIdentifiersTests {
    static func repeats(_ ids: [Observation.ID]) -> [Int] {
        RepeatedIdentifiers.repeats(count: ids.count) { ids[$0] }
    }

    @Test func theSecondAndLaterUsesOfAnIdAreListedInOrder() {
        #expect(Self.repeats(["a", "b", "a", "c", "a", "b"]) == [2, 4, 5])
        #expect(Self.repeats(["only"]) == [])
        #expect(Self.repeats([]) == [])
    }

    @Test func idsThatDifferInAnyByteAreNotRepeats() {
        // Ids as the national plan writes them, of 13 bytes (beyond one 8-byte word), longer ones, Chinese ones and
        // ones that differ only in their length or their last byte.
        var ids: [Observation.ID] = []
        for unit in 1...300 {
            for month in 1...12 {
                ids.append(Observation.ID("u\(unit)-t001-\(month)"))
                ids.append(Observation.ID("县\(unit)-指标-\(month)"))
            }
        }
        ids += ["", "a", "a\u{0}", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh1234567", "abcdefgh1234568"]
        #expect(Set(ids).count == ids.count)
        #expect(Self.repeats(ids) == [])
        let doubled = ids + ids.reversed()
        #expect(Self.repeats(doubled) == Array(ids.count..<doubled.count))
    }

    @Test func theHashReadsEveryByteOfTheId() {
        let seed: UInt64 = 0x1234_5678_9ABC_DEF0
        let texts = ["abcdefgh", "abcdefgi", "abcdefghX", "abcdefghY", "abcdefgh\u{0}", "", "\u{0}"]
        let hashes = texts.map { RepeatedIdentifiers.hash($0, seed: seed) }
        #expect(Set(hashes).count == texts.count)
        #expect(
            RepeatedIdentifiers.hash("u0001-t001-01", seed: seed)
                == RepeatedIdentifiers.hash("u0001-t001-01", seed: seed))
    }
}
