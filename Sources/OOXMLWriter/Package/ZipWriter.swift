/// Writes a ZIP archive in memory, deterministically.
///
/// Each local header and each central-directory record is written once, little-endian, with
/// the same fixed timestamp (1980-01-01 00:00, the format's epoch), no extra fields, no
/// comments, and entries in exactly the order they were added. Same entries, same bytes.
public struct ZipWriter {
    private var archive: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0
    private var names = Set<String>()

    /// MS-DOS time 00:00:00 and date 1980-01-01.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    public init(capacity: Int = 64 * 1024) {
        archive.reserveCapacity(capacity)
    }

    /// Compresses and appends a file.
    public mutating func add(_ name: String, _ data: [UInt8], method: ZipEntry.Method = .deflated) {
        add(ZipEntry(name: name, data: data, method: method))
    }

    /// Appends an entry compressed earlier.
    public mutating func add(_ entry: ZipEntry) {
        precondition(names.insert(entry.name).inserted, "duplicate ZIP entry \(entry.name)")
        let nameBytes = Array(entry.name.utf8)
        // Bit 11: the name is UTF-8. Set only when it is not plain ASCII, so ASCII archives stay classic.
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let offset = UInt32(archive.count)
        let size = UInt32(entry.payload.count)

        archive.appendLE(UInt32(0x0403_4b50))
        archive.appendLE(UInt16(20))  // version needed: 2.0 (deflate)
        archive.appendLE(flags)
        archive.appendLE(entry.method.rawValue)
        archive.appendLE(Self.dosTime)
        archive.appendLE(Self.dosDate)
        archive.appendLE(entry.crc32)
        archive.appendLE(size)
        archive.appendLE(entry.uncompressedSize)
        archive.appendLE(UInt16(nameBytes.count))
        archive.appendLE(UInt16(0))  // extra field length
        archive.append(contentsOf: nameBytes)
        archive.append(contentsOf: entry.payload)

        central.appendLE(UInt32(0x0201_4b50))
        central.appendLE(UInt16(20))  // version made by: MS-DOS, 2.0
        central.appendLE(UInt16(20))
        central.appendLE(flags)
        central.appendLE(entry.method.rawValue)
        central.appendLE(Self.dosTime)
        central.appendLE(Self.dosDate)
        central.appendLE(entry.crc32)
        central.appendLE(size)
        central.appendLE(entry.uncompressedSize)
        central.appendLE(UInt16(nameBytes.count))
        central.appendLE(UInt16(0))  // extra
        central.appendLE(UInt16(0))  // comment
        central.appendLE(UInt16(0))  // disk number
        central.appendLE(UInt16(0))  // internal attributes
        central.appendLE(UInt32(0))  // external attributes
        central.appendLE(offset)
        central.append(contentsOf: nameBytes)
        count += 1
    }

    /// The finished archive: entries, central directory, end record. Consuming, so the
    /// entries' buffer is extended in place rather than copied (a writer is finished once).
    public consuming func finish() -> [UInt8] {
        var out = archive
        archive = []
        out.reserveCapacity(out.count + central.count + 22)
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        out.appendLE(UInt32(0x0605_4b50))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(count))
        out.appendLE(UInt16(count))
        out.appendLE(UInt32(central.count))
        out.appendLE(centralOffset)
        out.appendLE(UInt16(0))  // comment length
        return out
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
    }
}
