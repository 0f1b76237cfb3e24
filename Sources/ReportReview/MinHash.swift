/// MinHash signatures by one-permutation hashing: each shingle hash falls in one of `bins`
/// bins by its top bits and each bin keeps its smallest value — one pass over the shingles,
/// not one per hash function. Empty bins borrow the next filled bin's value (rotation), so
/// short texts still compare. P(two signatures agree in a bin) ≈ Jaccard of the two sets.
enum MinHash {
    static let bins = 64
    /// LSH banding: 16 bands of 4 bins. Two passages share a band with probability
    /// 1 − (1 − J⁴)¹⁶: 0.99 at J = 0.6, 0.52 at J = 0.4, 0.04 at J = 0.2 — only candidates that
    /// share a band are compared exactly.
    static let bands = 16
    static let rows = 4

    static func signature(_ hashes: [UInt32]) -> [UInt32] {
        var sig = [UInt32](repeating: .max, count: bins)
        var filled = [Bool](repeating: false, count: bins)
        for h in hashes {
            // Remix so the bin does not depend on the sort order's high bits alone.
            var x = UInt64(h) &* 0x9E37_79B9_7F4A_7C15
            x ^= x >> 29
            let bin = Int(x >> 58)
            let v = UInt32(truncatingIfNeeded: x)
            if v < sig[bin] { sig[bin] = v }
            filled[bin] = true
        }
        guard filled.contains(true) else { return sig }
        for b in 0..<bins where !filled[b] {
            var k = (b + 1) % bins
            while !filled[k] { k = (k + 1) % bins }
            sig[b] = sig[k] &+ UInt32(truncatingIfNeeded: (k - b + bins) % bins) &* 0x9E37_79B9
        }
        return sig
    }

    /// The bucket key of band `band` of `signature`.
    static func bandKey(_ signature: [UInt32], band: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
        for i in (band * rows)..<((band + 1) * rows) { h = (h ^ UInt64(signature[i])) &* 0x100_0000_01b3 }
        return h
    }
}
