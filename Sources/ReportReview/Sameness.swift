import ReportExport

/// One report's narrative parts as the sameness rules compare them.
public struct NarrativePrint: Sendable {
    public struct Part: Sendable {
        let key: String
        let heading: String
        let text: String
        let line: Int?
        /// MinHash signature of the part's shingles (for the batch's LSH buckets).
        let signature: [UInt32]
    }

    public let agency: String
    public let input: String
    public let year: Int
    let source: String
    let parts: [Part]

    /// The parts `rule` reads that are long enough to compare.
    init(_ report: Report, format: FormatSpec, input: String, rule: ReviewRule) {
        agency = report.agency
        self.input = input
        year = report.year
        source = report.source
        let n = rule.shingle ?? 5
        parts = TextRules.narrativeKeys(rule, format).compactMap { key in
            guard let narrative = report.narratives[key] else { return nil }
            let text = narrative.paragraphs.map(\.text).joined(separator: "\n")
            guard NarrativeText.length(narrative) >= (rule.minChars ?? 100) else { return nil }
            return Part(key: key, heading: PartNames.heading(key, in: format), text: text, line: narrative.paragraphs.first?.line,
                        signature: MinHash.signature(Shingles(text, n: n).hashes))
        }
    }
}

/// Near copies (`sameness` rules): a part against the same agency's part of last year, and
/// against the same part of every other agency in the run.
public enum Sameness {
    /// The print `rule` (scope batch or previous) needs of a report; nil when no such rule is in force.
    public static func print(_ report: Report, format: FormatSpec, input: String, rules: ReviewRuleSet, scope: String) -> NarrativePrint? {
        guard let rule = rules.rules(for: format).first(where: { $0.kind == .sameness && $0.scope == scope }) else { return nil }
        return NarrativePrint(report, format: format, input: input, rule: rule)
    }

    /// A flagged pair: which two prints, which part, and the measured Jaccard.
    public struct Pair: Sendable, Hashable {
        public let a: Int
        public let b: Int
        public let part: String
        public let jaccard: Double
    }

    /// The flagged pairs of a run and what finding them cost.
    public struct Comparison: Sendable {
        public let pairs: [Pair]
        /// Pairs of passages compared exactly (candidates of an LSH band, of different agencies).
        public let compared: Int
        /// Pairs comparing every passage with every other of its part would make: n(n−1)/2 a part.
        public let allPairs: Int
    }

    /// Pairs of different agencies whose same part reaches the rule's threshold. Not quadratic:
    /// only passages sharing an LSH band are compared, and within one bucket each passage with at
    /// most `bucketCap` earlier ones (a bucket of 500 identical templates is still found: each
    /// copy meets the first ones).
    public static func compare(_ prints: [NarrativePrint?], rule: ReviewRule, bucketCap: Int = 24) -> Comparison {
        let threshold = rule.threshold ?? 0.6
        let n = rule.shingle ?? 5
        var keys: [String] = []
        for p in prints.compactMap({ $0 }) { for part in p.parts where !keys.contains(part.key) { keys.append(part.key) } }
        var out: [Pair] = []
        var compared = 0, allPairs = 0
        for key in keys {
            var members: [(report: Int, part: Int)] = []
            for (i, p) in prints.enumerated() {
                if let j = p?.parts.firstIndex(where: { $0.key == key }) { members.append((i, j)) }
            }
            allPairs += members.count * (members.count - 1) / 2
            var candidates = Set<UInt64>()
            for band in 0..<MinHash.bands {
                var buckets: [UInt64: [Int32]] = [:]
                for (m, member) in members.enumerated() {
                    let sig = prints[member.report]!.parts[member.part].signature
                    buckets[MinHash.bandKey(sig, band: band), default: []].append(Int32(m))
                }
                for bucket in buckets.values where bucket.count > 1 {
                    for x in 1..<bucket.count {
                        for y in max(0, x - bucketCap)..<x {
                            candidates.insert(UInt64(UInt32(bucket[y])) << 32 | UInt64(UInt32(bucket[x])))
                        }
                    }
                }
            }
            // The exact comparisons on all cores: each passage that is in some candidate pair
            // cut into shingles once, then the pairs in chunks.
            let pairs = candidates.sorted().filter { c in
                prints[members[Int(c >> 32)].report]!.agency != prints[members[Int(c & 0xFFFF_FFFF)].report]!.agency
            }
            compared += pairs.count
            var involved = Set<Int>()
            for c in pairs { involved.insert(Int(c >> 32)); involved.insert(Int(c & 0xFFFF_FFFF)) }
            let order = involved.sorted()
            let slot = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            let shingles = ParallelMap.map(order) { [members] m in
                Shingles(prints[members[m].report]!.parts[members[m].part].text, n: n).hashes
            }
            let chunks = stride(from: 0, to: pairs.count, by: 2048).map { $0..<min(pairs.count, $0 + 2048) }
            out += ParallelMap.map(chunks) { [members] range in
                range.compactMap { i -> Pair? in
                    let x = Int(pairs[i] >> 32), y = Int(pairs[i] & 0xFFFF_FFFF)
                    let j = Shingles.jaccard(shingles[slot[x]!], shingles[slot[y]!])
                    guard j >= threshold else { return nil }
                    let (ra, rb) = (members[x].report, members[y].report)
                    return Pair(a: min(ra, rb), b: max(ra, rb), part: key, jaccard: j)
                }
            }.flatMap { $0 }
        }
        return Comparison(pairs: out.sorted { ($0.a, $0.b, $0.part) < ($1.a, $1.b, $1.part) }, compared: compared, allPairs: allPairs)
    }

    /// Each flagged pair as a finding on both reports, naming the other and showing both passages.
    static func findings(_ pairs: [Pair], _ prints: [NarrativePrint?], rule: ReviewRule) -> [Finding] {
        pairs.flatMap { pair -> [Finding] in
            let a = prints[pair.a]!, b = prints[pair.b]!
            return [finding(rule, a, b, part: pair.part, jaccard: pair.jaccard, other: "同批的「\(b.agency)」（\(b.input)）"),
                    finding(rule, b, a, part: pair.part, jaccard: pair.jaccard, other: "同批的「\(a.agency)」（\(a.input)）")]
        }
    }

    /// Each part of `current` against the same part of `last` (the agency's report of the year before).
    public static func previous(_ current: NarrativePrint, last: NarrativePrint, rule: ReviewRule) -> [Finding] {
        let n = rule.shingle ?? 5
        return current.parts.compactMap { part in
            guard let before = last.parts.first(where: { $0.key == part.key }) else { return nil }
            let j = Shingles.jaccard(Shingles(part.text, n: n).hashes, Shingles(before.text, n: n).hashes)
            guard j >= (rule.threshold ?? 0.6) else { return nil }
            return finding(rule, current, last, part: part.key, jaccard: j, other: "\(last.year) 年度的报告（\(last.input)）")
        }
    }

    static func finding(_ rule: ReviewRule, _ mine: NarrativePrint, _ theirs: NarrativePrint, part key: String, jaccard: Double,
                        other: String) -> Finding {
        let a = mine.parts.first { $0.key == key }!, b = theirs.parts.first { $0.key == key }!
        let percent = Int((jaccard * 100).rounded())
        return Finding(agency: mine.agency, input: mine.input, severity: rule.isError ? .error : .warning, rule: rule.id,
                       location: a.line.map { SourceLocation(file: mine.source, line: $0) } ?? SourceLocation(file: mine.source),
                       message: "\(a.heading)与\(other)雷同：\(rule.shingle ?? 5) 字片段 Jaccard 相似度 \(percent)%（阈值 \(Int(((rule.threshold ?? 0.6) * 100).rounded()))%）",
                       fix: rule.fix ?? "", detail: SideBySide.lines(a.text, b.text))
    }
}
