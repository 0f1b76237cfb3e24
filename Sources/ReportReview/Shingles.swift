/// A text as a set of character n-grams ("shingles"), the measure of sameness: two passages
/// are near copies when most of their n-grams are shared (Jaccard), whatever was inserted,
/// deleted or reordered around them. White space and punctuation are dropped and every digit
/// reads as 0, so a copy with this year's numbers put in stays a copy.
struct Shingles {
    /// Sorted, unique 32-bit hashes of the n-grams.
    let hashes: [UInt32]

    init(_ text: String, n: Int) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            if (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value) {
                scalars.append(0x30)
            } else if s.properties.isAlphabetic {
                scalars.append(s.value)
            }
        }
        guard scalars.count >= n else {
            hashes = []
            return
        }
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count - n + 1)
        for i in 0...(scalars.count - n) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for j in i..<(i + n) { h = (h ^ UInt64(scalars[j])) &* 0x100_0000_01b3 }
            out.append(UInt32(truncatingIfNeeded: h ^ (h >> 32)))
        }
        out.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        hashes = unique
    }

    /// |A ∩ B| / |A ∪ B|, exactly, by merging the sorted lists.
    static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}

