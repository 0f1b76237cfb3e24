import ReportExport

/// A narrative part cut into what the checks read: paragraphs with their lines, sentences, and
/// the count of characters a length limit counts.
struct NarrativeText {
    struct Sentence {
        let text: String
        let line: Int?
    }

    /// Sentences end at 。！？； or a paragraph's end; a sentence keeps its paragraph's line.
    static func sentences(_ narrative: Narrative) -> [Sentence] {
        var out: [Sentence] = []
        for paragraph in narrative.paragraphs {
            var current = ""
            for ch in paragraph.text {
                current.append(ch)
                if "。！？；".contains(ch) {
                    out.append(Sentence(text: current, line: paragraph.line))
                    current = ""
                }
            }
            if current.contains(where: { !$0.isWhitespace }) { out.append(Sentence(text: current, line: paragraph.line)) }
        }
        return out
    }

    /// Characters as an office counts them: every character but white space.
    static func length(_ narrative: Narrative) -> Int {
        narrative.paragraphs.reduce(0) { $0 + $1.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count }
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

extension String {
    /// At most `n` characters, with … when cut.
    func clipped(_ n: Int) -> String { count <= n ? self : String(prefix(n)) + "…" }
}
