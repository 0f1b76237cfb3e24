/// Text as an array of Unicode scalars, searched by plain comparison. The review searches
/// every sentence for dozens of phrases; `String.contains` through Foundation folds each
/// character with CFString and was most of the review's time, while the phrases are Chinese
/// words and ASCII marks that need no folding.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    init(scalarsOf text: some StringProtocol) { self.init(text.unicodeScalars) }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// Where `needle` first occurs at or after `start`; nil when it does not.
    func firstOccurrence(of needle: [Unicode.Scalar], from start: Int? = nil) -> Int? {
        guard let first = needle.first else { return startIndex }
        let n = needle.count
        var i = start ?? startIndex
        while i + n <= endIndex {
            if self[i] == first {
                var j = 1
                while j < n && self[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    func contains(scalars needle: [Unicode.Scalar]) -> Bool { firstOccurrence(of: needle) != nil }

    var text: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self)
        return String(s)
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
