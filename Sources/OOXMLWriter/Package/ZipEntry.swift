/// One file of a ZIP archive, already compressed: built once, it can be written into any
/// number of archives (parts that are the same for every document need compressing only once).
public struct ZipEntry: Sendable, Equatable {
    public enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    public let name: String
    public let method: Method
    public let crc32: UInt32
    public let uncompressedSize: UInt32
    /// The bytes as they stand in the archive (compressed unless `method == .stored`).
    public let payload: [UInt8]

    /// Compresses `data` now. ZIP without ZIP64 caps sizes at 4 GiB − 1; documents never come close.
    public init(name: String, data: [UInt8], method: Method = .deflated, level: Int32 = 6) {
        precondition(data.count < Int(UInt32.max), "ZIP entry \(name) is too large")
        self.name = name
        self.method = method
        self.crc32 = Deflate.crc32(data)
        self.uncompressedSize = UInt32(data.count)
        self.payload = method == .stored ? data : Deflate.compress(data, level: level)
    }
}
