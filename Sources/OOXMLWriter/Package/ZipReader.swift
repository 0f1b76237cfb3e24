internal import CZlib

/// Reads a ZIP archive from memory within fixed limits (entry count, sizes, compression ratio,
/// safe names), so a hostile file costs bounded time and memory.
public struct ZipReader {
    public struct Limits: Sendable {
        public var maxEntries = 10_000
        public var maxEntrySize = 256 << 20
        public var maxTotalSize = 1 << 30
        public var maxRatio = 1_000
        public init() {}
    }

    public struct Entry {
        public let name: String
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        public let uncompressedSize: Int
        let dataOffset: Int
    }

    public let entries: [Entry]
    private let bytes: [UInt8]
    private let limits: Limits

    public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(ZipReadError) {
        self.bytes = bytes
        self.limits = limits
        guard bytes.count >= 22 else { throw .notAZip }
        // The end record sits in the last 22 + 65535 bytes.
        var eocd = -1
        var i = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while i >= floor {
            if bytes.readLE32(i) == 0x0605_4b50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw .notAZip }
        let count = Int(bytes.readLE16(eocd + 10))
        let cdSize = Int(bytes.readLE32(eocd + 12))
        let cdOffset = Int(bytes.readLE32(eocd + 16))
        guard count <= limits.maxEntries else { throw .tooManyEntries(limit: limits.maxEntries) }
        guard cdOffset + cdSize <= eocd else { throw .truncated }

        var list: [Entry] = []
        var seen = Set<String>()
        var total = 0
        var p = cdOffset
        for _ in 0..<count {
            guard p + 46 <= eocd, bytes.readLE32(p) == 0x0201_4b50 else { throw .truncated }
            let method = bytes.readLE16(p + 10)
            let crc = bytes.readLE32(p + 16)
            let csize = Int(bytes.readLE32(p + 20))
            let usize = Int(bytes.readLE32(p + 24))
            let nameLen = Int(bytes.readLE16(p + 28))
            let extraLen = Int(bytes.readLE16(p + 30))
            let commentLen = Int(bytes.readLE16(p + 32))
            let local = Int(bytes.readLE32(p + 42))
            guard p + 46 + nameLen <= eocd else { throw .truncated }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLen)], as: UTF8.self)
            if name.hasPrefix("/") || name.hasPrefix("\\") || name.split(separator: "/").contains("..")
                || name.split(separator: "\\").contains("..") || name.contains(":") {
                throw .unsafeName(name)
            }
            guard seen.insert(name).inserted else { throw .duplicateName(name) }
            guard usize <= limits.maxEntrySize else { throw .entryTooLarge(name: name, limit: limits.maxEntrySize) }
            total += usize
            guard total <= limits.maxTotalSize else { throw .archiveTooLarge(limit: limits.maxTotalSize) }
            if csize > 0, usize / csize > limits.maxRatio, usize > 1 << 20 { throw .suspiciousRatio(name: name) }
            guard local + 30 <= bytes.count, bytes.readLE32(local) == 0x0403_4b50 else { throw .truncated }
            let dataOffset = local + 30 + Int(bytes.readLE16(local + 26)) + Int(bytes.readLE16(local + 28))
            guard dataOffset + csize <= bytes.count else { throw .truncated }
            list.append(Entry(name: name, method: method, crc32: crc, compressedSize: csize,
                              uncompressedSize: usize, dataOffset: dataOffset))
            p += 46 + nameLen + extraLen + commentLen
        }
        entries = list
    }

    /// The names, in archive order.
    public var names: [String] { entries.map(\.name) }

    /// The uncompressed bytes of `name`, checked against its CRC and size.
    public func data(_ name: String) throws(ZipReadError) -> [UInt8] {
        guard let entry = entries.first(where: { $0.name == name }) else { throw .missing(name: name) }
        return try data(entry)
    }

    public func data(_ entry: Entry) throws(ZipReadError) -> [UInt8] {
        let payload = Array(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        let out: [UInt8]
        switch entry.method {
        case 0: out = payload
        case 8: out = try inflate(payload, expected: entry.uncompressedSize, name: entry.name)
        default: throw .unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard out.count == entry.uncompressedSize, Deflate.crc32(out) == entry.crc32 else {
            throw .corrupt(name: entry.name)
        }
        return out
    }

    /// Inflates into a buffer of the declared size, and never further: a lying header fails
    /// as corrupt instead of growing memory.
    private func inflate(_ input: [UInt8], expected: Int, name: String) throws(ZipReadError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt(name: name)
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expected + 1)
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expected else { throw .corrupt(name: name) }
        output.removeLast()
        return output
    }
}

extension Array where Element == UInt8 {
    func readLE16(_ at: Int) -> UInt16 {
        UInt16(self[at]) | UInt16(self[at + 1]) << 8
    }

    func readLE32(_ at: Int) -> UInt32 {
        UInt32(self[at]) | UInt32(self[at + 1]) << 8 | UInt32(self[at + 2]) << 16 | UInt32(self[at + 3]) << 24
    }
}
