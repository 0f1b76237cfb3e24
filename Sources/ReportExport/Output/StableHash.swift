/// FNV-1a (64-bit) over UTF-8: the same on every run and machine, unlike Swift's `Hasher`,
/// which is seeded per process. Used where a name must be derived from content.
enum StableHash {
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Eight lowercase hex digits (the high 32 bits, the better mixed half).
    static func short(_ text: String) -> String {
        let value = UInt32(truncatingIfNeeded: fnv1a64(text) >> 32)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
