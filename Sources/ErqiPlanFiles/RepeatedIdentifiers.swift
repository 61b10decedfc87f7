import ErqiCore

/// Finds the items of a list whose id an earlier item already used, without a `Set` of the ids.
///
/// The ids are hashed from their UTF-8 bytes with a seed drawn once per search, and placed in an open-addressing
/// table of one 64-bit word per slot: the item's number and 32 bits of its hash. Two ids whose stored bits agree
/// are compared exactly, so a hash collision never makes a repeat. For the observations of a national plan
/// (3.4 million) the table takes 64 MiB, where a `Set` of the ids and the array it was built from took 190 MiB.
enum RepeatedIdentifiers {
    /// The numbers of the items whose id an earlier item used, in list order: the second use of an id is listed,
    /// then the third, and so on.
    /// - Parameters:
    ///   - count: The number of items.
    ///   - id: The id of item `index`, for `0..<count`.
    /// - Returns: The numbers of the repeats, ascending.
    static func repeats<Tag>(count: Int, id: (Int) -> Identifier<Tag>) -> [Int] {
        guard count > 1 else { return [] }
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var table = [UInt64](repeating: 0, count: capacity)
        let seed = UInt64.random(in: 1...UInt64.max)
        var repeats: [Int] = []
        for index in 0..<count {
            let current = id(index)
            let hash = Self.hash(current.rawValue, seed: seed)
            let tag = hash & 0xFFFF_FFFF_0000_0000
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = table[slot]
                if entry == 0 {
                    table[slot] = tag | UInt64(index + 1)
                    break
                }
                if entry & 0xFFFF_FFFF_0000_0000 == tag, id(Int(entry & 0xFFFF_FFFF) - 1) == current {
                    repeats.append(index)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return repeats
    }

    /// A 64-bit hash of a string's UTF-8 bytes, eight bytes at a time.
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
            guard let base = bytes.baseAddress else { return mix(hash) }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 8 <= bytes.count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            if index < bytes.count {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while index < bytes.count {
                    tail |= UInt64(bytes[index]) << shift
                    shift += 8
                    index += 1
                }
                hash = mix(hash ^ tail)
            }
            return mix(hash)
        }
    }

    /// A bijective mix of 64 bits (the finalizer of MurmurHash3).
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
