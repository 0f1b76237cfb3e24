import ReportExport

/// A narrative part cut into what the checks read, once per report: paragraphs as scalars with
/// their lines, sentences as ranges of them, and the count of characters a length limit counts.
struct NarrativeText {
    struct Paragraph {
        let text: String
        let scalars: Scalars
        let line: Int?
    }

    struct Sentence {
        let scalars: ArraySlice<Unicode.Scalar>
        let line: Int?
        var text: String { scalars.text }
    }

    let paragraphs: [Paragraph]
    /// Sentences end at 。！？； or a paragraph's end; a sentence keeps its paragraph's line.
    let sentences: [Sentence]
    /// Characters as an office counts them: every character but white space.
    let length: Int

    static let enders: Set<Unicode.Scalar> = ["。", "！", "？", "；"]

    init(_ narrative: Narrative) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var length = 0
        for p in narrative.paragraphs {
            let scalars = Scalars(scalarsOf: p.text)
            let all = scalars[...]
            var start = 0, visible = false
            for (i, s) in scalars.enumerated() {
                if !s.properties.isWhitespace {
                    length += 1
                    visible = true
                }
                if Self.enders.contains(s) {
                    sentences.append(Sentence(scalars: all[start...i], line: p.line))
                    start = i + 1
                    visible = false
                }
            }
            if visible { sentences.append(Sentence(scalars: all[start...], line: p.line)) }
            paragraphs.append(Paragraph(text: p.text, scalars: scalars, line: p.line))
        }
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.length = length
    }

    /// Characters as an office counts them: every character but white space.
    static func length(_ narrative: Narrative) -> Int {
        narrative.paragraphs.reduce(0) { n, p in n + p.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) } }
    }

    /// A paragraph that is a sub-heading: starts with （一）, 一、, 1. or （1） — and its words.
    static func headings(_ narrative: Narrative) -> [(text: String, line: Int?)] {
        narrative.paragraphs.compactMap { p in
            let t = p.text
            let markers = ["（", "(", "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]
            guard markers.contains(where: { t.hasPrefix($0) }) || t.first?.isNumber == true else { return nil }
            return (t, p.line)
        }
    }
}

/// A report's narrative parts, each read into `NarrativeText` at most once for all the rules.
final class ScannedNarratives {
    let report: Report
    private var parts: [String: NarrativeText] = [:]

    init(_ report: Report) { self.report = report }

    func callAsFunction(_ key: String) -> NarrativeText? {
        if let p = parts[key] { return p }
        guard let narrative = report.narratives[key] else { return nil }
        let p = NarrativeText(narrative)
        parts[key] = p
        return p
    }
}

extension String {
    /// At most `n` characters, with … when cut.
    func clipped(_ n: Int) -> String { count <= n ? self : String(prefix(n)) + "…" }
}
