internal import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw deflate (RFC 1951, no zlib header) and CRC-32, straight from the system zlib.
public enum Deflate {
    /// Compresses `input` in one call at `level` (0…9). Output depends only on the input, the
    /// level and zlib's version, never on time or memory layout.
    public static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        Deflater.forCurrentThread(level: level).compress(input)
    }

    /// A zlib stream (RFC 1950: header, deflate, Adler-32), as PNG's IDAT wants it.
    public static func zlib(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var size = compressBound(uLong(input.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = input.withUnsafeBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                compress2(outBuf.baseAddress, &size, inBuf.baseAddress, uLong(inBuf.count), level)
            }
        }
        precondition(status == Z_OK, "compress2 failed: \(status)")
        out.removeSubrange(Int(size)...)
        return out
    }

    /// CRC-32 (ISO 3309), as ZIP headers carry it.
    public static func crc32(_ input: [UInt8]) -> UInt32 {
        input.withUnsafeBufferPointer { buf in
            UInt32(CZlib.crc32(0, buf.baseAddress, uInt(buf.count)))
        }
    }
}

/// One zlib stream, reset between inputs: setting up deflate's window and hash tables costs
/// more than compressing a small part, so each thread keeps one per level.
final class Deflater {
    private var stream = z_stream()
    private var scratch: [UInt8] = []
    /// Larger parts get a buffer of their own, so no thread keeps megabytes for good.
    static let scratchLimit = 1 << 20
    let level: Int32

    init(level: Int32) {
        self.level = level
        // windowBits −15: raw deflate, as ZIP wants it.
        let status = deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed: \(status)")
    }

    deinit { deflateEnd(&stream) }

    func compress(_ input: [UInt8]) -> [UInt8] {
        deflateReset(&stream)
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        return [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            input.withUnsafeBufferPointer { inBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate did not finish: \(status)")
                count = Int(stream.total_out)
            }
        }
    }

    /// Compresses `input` onto the end of `out`, returning the compressed size: the same
    /// bytes as `compress`, written where they are wanted.
    func compress(_ input: [UInt8], appendingTo out: inout [UInt8]) -> Int {
        deflateReset(&stream)
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        // Deflated into this thread's scratch buffer (kept, so neither allocated nor cleared
        // per part), then copied once onto `out`.
        if bound > Self.scratchLimit {
            let bytes = compress(input)
            out.append(contentsOf: bytes)
            return bytes.count
        }
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
        let written = input.withUnsafeBufferPointer { inBuf in
            scratch.withUnsafeMutableBufferPointer { outBuf -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(bound)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate did not finish: \(status)")
                return Int(stream.total_out)
            }
        }
        scratch.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<written])) }
        return written
    }

    /// The calling thread's deflater for `level`, made on first use, freed with the thread.
    static func forCurrentThread(level: Int32) -> Deflater {
        let key = threadKey
        if let raw = pthread_getspecific(key) {
            let list = Unmanaged<DeflaterList>.fromOpaque(raw).takeUnretainedValue()
            if let found = list.items.first(where: { $0.level == level }) { return found }
            let made = Deflater(level: level)
            list.items.append(made)
            return made
        }
        let list = DeflaterList()
        let made = Deflater(level: level)
        list.items.append(made)
        pthread_setspecific(key, Unmanaged.passRetained(list).toOpaque())
        return made
    }
}

private final class DeflaterList {
    var items: [Deflater] = []
}

private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
        guard let raw else { return }
        Unmanaged<DeflaterList>.fromOpaque(raw).release()
    }
    return key
}()
