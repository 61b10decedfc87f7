/// The CRC-32 checksum of ZIP entries (ISO 3309, reflected polynomial 0xEDB88320), computed a byte at a time
/// from a 256-entry table.
struct CRC32: Sendable {
    /// The running checksum, before the final inversion.
    private var state: UInt32 = 0xFFFF_FFFF

    /// The table of the reflected polynomial, one entry per byte value.
    private static let table: [UInt32] = (0..<256).map { byte in
        var value = UInt32(byte)
        for _ in 0..<8 {
            value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
        }
        return value
    }

    /// Adds bytes to the checksum.
    /// - Parameter bytes: The bytes, in order.
    mutating func update(_ bytes: some Sequence<UInt8>) {
        let table = Self.table
        for byte in bytes {
            state = table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8)
        }
    }

    /// The checksum of the bytes added so far.
    var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// The checksum of one byte sequence.
    /// - Parameter bytes: The bytes.
    /// - Returns: Their CRC-32.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
