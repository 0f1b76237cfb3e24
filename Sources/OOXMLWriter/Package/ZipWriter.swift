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

    /// Compresses and appends a file. Deflated data goes straight into the archive (the same
    /// bytes `ZipEntry` would hold, without a buffer of its own and a copy).
    public mutating func add(_ name: String, _ data: [UInt8], method: ZipEntry.Method = .deflated) {
        guard method == .deflated else { return add(ZipEntry(name: name, data: data, method: method)) }
        precondition(data.count < Int(UInt32.max), "ZIP entry \(name) is too large")
        let crc = Deflate.crc32(data)
        let header = localHeader(name, method: method, crc32: crc, size: 0, uncompressedSize: UInt32(data.count))
        let size = Deflater.forCurrentThread(level: 6).compress(data, appendingTo: &archive)
        // The compressed size is known only now: patch it into the local header.
        archive.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: UInt32(size).littleEndian, toByteOffset: header.offset + 18, as: UInt32.self)
        }
        centralRecord(header, method: method, crc32: crc, size: UInt32(size), uncompressedSize: UInt32(data.count))
    }

    /// Appends an entry compressed earlier.
    public mutating func add(_ entry: ZipEntry) {
        let header = localHeader(entry.name, method: entry.method, crc32: entry.crc32, size: UInt32(entry.payload.count),
                                 uncompressedSize: entry.uncompressedSize)
        archive.append(contentsOf: entry.payload)
        centralRecord(header, method: entry.method, crc32: entry.crc32, size: UInt32(entry.payload.count),
                      uncompressedSize: entry.uncompressedSize)
    }

    private struct LocalHeader {
        let nameBytes: [UInt8]
        let flags: UInt16
        let offset: Int
    }

    private mutating func localHeader(_ name: String, method: ZipEntry.Method, crc32: UInt32, size: UInt32,
                                      uncompressedSize: UInt32) -> LocalHeader {
        precondition(names.insert(name).inserted, "duplicate ZIP entry \(name)")
        let nameBytes = Array(name.utf8)
        // Bit 11: the name is UTF-8. Set only when it is not plain ASCII, so ASCII archives stay classic.
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let offset = archive.count
        archive.appendLE(UInt32(0x0403_4b50))
        archive.appendLE(UInt16(20))  // version needed: 2.0 (deflate)
        archive.appendLE(flags)
        archive.appendLE(method.rawValue)
        archive.appendLE(Self.dosTime)
        archive.appendLE(Self.dosDate)
        archive.appendLE(crc32)
        archive.appendLE(size)
        archive.appendLE(uncompressedSize)
        archive.appendLE(UInt16(nameBytes.count))
        archive.appendLE(UInt16(0))  // extra field length
        archive.append(contentsOf: nameBytes)
        return LocalHeader(nameBytes: nameBytes, flags: flags, offset: offset)
    }

    private mutating func centralRecord(_ header: LocalHeader, method: ZipEntry.Method, crc32: UInt32, size: UInt32,
                                        uncompressedSize: UInt32) {
        let nameBytes = header.nameBytes, flags = header.flags, offset = UInt32(header.offset)
        central.appendLE(UInt32(0x0201_4b50))
        central.appendLE(UInt16(20))  // version made by: MS-DOS, 2.0
        central.appendLE(UInt16(20))
        central.appendLE(flags)
        central.appendLE(method.rawValue)
        central.appendLE(Self.dosTime)
        central.appendLE(Self.dosDate)
        central.appendLE(crc32)
        central.appendLE(size)
        central.appendLE(uncompressedSize)
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
