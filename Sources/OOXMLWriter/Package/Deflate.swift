import CZlib

/// Raw deflate (RFC 1951, no zlib header) and CRC-32, straight from the system zlib.
public enum Deflate {
    /// Compresses `input` in one call at `level` (0…9). Output depends only on the input, the
    /// level and zlib's version, never on time or memory layout.
    public static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        // windowBits −15: raw deflate, as ZIP wants it.
        let initStatus = deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                       ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(initStatus == Z_OK, "deflateInit2 failed: \(initStatus)")
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let written: Int = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate did not finish: \(status)")
                return Int(stream.total_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }

    /// CRC-32 (ISO 3309), as ZIP headers carry it.
    public static func crc32(_ input: [UInt8]) -> UInt32 {
        input.withUnsafeBufferPointer { buf in
            UInt32(CZlib.crc32(0, buf.baseAddress, uInt(buf.count)))
        }
    }
}
