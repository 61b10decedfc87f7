/// Writes a ZIP archive of stored (uncompressed) entries, the container of an Office Open XML workbook.
///
/// - Every entry is stored (method 0), so no compressor is needed; spreadsheet programs open stored entries.
/// - The archive is deterministic: entries keep the order they were added in, and every timestamp is the DOS
///   epoch (1980-01-01 00:00), so the same entries give the same bytes.
/// - No ZIP64: an entry or an archive of 4 GiB or more, or more than 65,535 entries, is an
///   ``XLSXError/archiveTooLarge(_:)`` rather than a corrupt file.
struct ZIPArchiveWriter {
    /// One entry's place in the archive, kept for the central directory.
    private struct CentralRecord {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    /// The archive so far.
    private(set) var bytes: [UInt8] = []
    private var records: [CentralRecord] = []

    /// Creates an empty archive.
    init() {}

    /// Adds a stored entry.
    /// - Parameters:
    ///   - name: The entry's path inside the archive, e.g. `xl/workbook.xml`.
    ///   - contents: Its bytes.
    /// - Throws: ``XLSXError/archiveTooLarge(_:)`` when the entry or the archive passes the ZIP limits.
    mutating func add(_ name: String, _ contents: [UInt8]) throws(XLSXError) {
        let nameBytes = Array(name.utf8)
        guard let size = UInt32(exactly: contents.count), size != .max,
            let offset = UInt32(exactly: bytes.count), records.count < 0xFFFF,
            UInt32(exactly: bytes.count + 30 + nameBytes.count + contents.count) != nil
        else { throw .archiveTooLarge(name) }
        let crc = CRC32.checksum(contents)
        append32(0x0403_4B50)  // local file header signature
        append16(20)  // version needed to extract: 2.0
        append16(0x0800)  // flags: names are UTF-8
        append16(0)  // method: stored
        append16(0)  // time: 00:00:00
        append16(0x0021)  // date: 1980-01-01
        append32(crc)
        append32(size)  // compressed size
        append32(size)  // uncompressed size
        append16(UInt16(nameBytes.count))
        append16(0)  // extra field length
        bytes += nameBytes
        bytes += contents
        records.append(CentralRecord(name: nameBytes, crc: crc, size: size, offset: offset))
    }

    /// Writes the central directory and its end record, and returns the whole archive.
    /// - Returns: The archive's bytes.
    /// - Throws: ``XLSXError/archiveTooLarge(_:)`` when the directory passes the ZIP limits.
    mutating func finish() throws(XLSXError) -> [UInt8] {
        guard let directoryOffset = UInt32(exactly: bytes.count) else { throw .archiveTooLarge("central directory") }
        for record in records {
            append32(0x0201_4B50)  // central directory header signature
            append16(0x0314)  // made by: version 2.0, Unix
            append16(20)  // version needed to extract
            append16(0x0800)  // flags: names are UTF-8
            append16(0)  // method: stored
            append16(0)  // time
            append16(0x0021)  // date
            append32(record.crc)
            append32(record.size)
            append32(record.size)
            append16(UInt16(record.name.count))
            append16(0)  // extra field length
            append16(0)  // comment length
            append16(0)  // disk number start
            append16(0)  // internal attributes
            append32(0o100644 << 16)  // external attributes: a regular file, rw-r--r--
            append32(record.offset)
            bytes += record.name
        }
        guard let directorySize = UInt32(exactly: bytes.count - Int(directoryOffset)) else {
            throw .archiveTooLarge("central directory")
        }
        append32(0x0605_4B50)  // end of central directory signature
        append16(0)  // this disk
        append16(0)  // disk with the directory
        append16(UInt16(records.count))
        append16(UInt16(records.count))
        append32(directorySize)
        append32(directoryOffset)
        append16(0)  // comment length
        return bytes
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
