#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte buffers kept per thread between documents for the large parts (a body, its part).
/// A buffer allocated afresh for every document is written into pages the allocator has
/// often just given back to the system, so each 4 KB costs a page fault: measured at about
/// 5 % of an ODT's serialize time. Only capacity is kept; contents never leak between uses.
final class ScratchBuffers {
    private var free: [[UInt8]] = []
    /// Buffers larger than this are let go rather than kept by the thread for good.
    static let keepLimit = 4 << 20
    static let keepCount = 4

    /// An empty buffer with at least `capacity` bytes reserved.
    func take(capacity: Int) -> [UInt8] {
        var buffer = free.popLast() ?? []
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Hands a buffer back once its bytes are no longer needed (a copy still held elsewhere
    /// keeps its bytes: emptying this one then allocates, which is merely slower).
    func give(_ buffer: consuming [UInt8]) {
        guard buffer.capacity <= Self.keepLimit, free.count < Self.keepCount else { return }
        var kept = buffer
        kept.removeAll(keepingCapacity: true)
        free.append(kept)
    }

    /// The calling thread's buffers, made on first use and freed with the thread.
    static func forCurrentThread() -> ScratchBuffers {
        if let raw = pthread_getspecific(scratchKey) {
            return Unmanaged<ScratchBuffers>.fromOpaque(raw).takeUnretainedValue()
        }
        let made = ScratchBuffers()
        pthread_setspecific(scratchKey, Unmanaged.passRetained(made).toOpaque())
        return made
    }
}

private let scratchKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
        guard let raw else { return }
        Unmanaged<ScratchBuffers>.fromOpaque(raw).release()
    }
    return key
}()
