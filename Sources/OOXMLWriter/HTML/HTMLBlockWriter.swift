/// Writes the body's blocks: paragraphs as headings by their style's role or as `<p>`, tables
/// with their headers marked up (see `HTMLTableWriter`).
struct HTMLBlockWriter {
    let document: Document
    let sheet: HTMLStyleSheet
    private let styles: [String: ParagraphStyle]

    init(_ document: Document) {
        self.document = document
        sheet = HTMLStyleSheet(document: document)
        var styles: [String: ParagraphStyle] = [:]
        for s in document.styles where styles[s.id] == nil { styles[s.id] = s }
        self.styles = styles
    }

    func body(_ w: inout HTMLWriter) {
        var tableNumber = 0
        for block in document.body {
            switch block {
            case .paragraph(let p):
                paragraph(p, &w)
            case .table(let t):
                tableNumber += 1
                HTMLTableWriter(table: t, number: tableNumber, blocks: self).write(&w)
            }
            w.raw("\n")
        }
    }

    func paragraph(_ p: Paragraph, _ w: inout HTMLWriter) {
        let tag = element(p.style)
        w.open(tag, attributes(p))
        runs(p, &w)
        w.close(tag)
    }

    /// The title is `<h1>`, heading level n is `<h(n+1)>` (down to `<h6>`), the rest `<p>`.
    func element(_ style: String?) -> String {
        switch style.flatMap({ styles[$0]?.role }) {
        case .title: return "h1"
        case .heading(let level): return "h\(min(max(level + 1, 2), 6))"
        case nil: return "p"
        }
    }

    /// `class` from the style and its ancestors, `style` from direct formatting.
    func attributes(_ p: Paragraph) -> [(String, String)] {
        var out: [(String, String)] = []
        if let classes = classes(p.style) { out.append(("class", classes)) }
        let direct = HTMLStyleSheet.declarations(p.properties)
        if !direct.isEmpty { out.append(("style", direct.joined(separator: ";"))) }
        return out
    }

    func classes(_ style: String?) -> String? {
        var chain: [String] = []
        var next = style
        while let id = next, let s = styles[id], !chain.contains(id), chain.count < 16 {
            chain.insert(id, at: 0)
            next = s.basedOn
        }
        return chain.isEmpty ? nil : chain.map { "s-" + HTMLStyleSheet.identifier($0) }.joined(separator: " ")
    }

    /// Runs as text, `<br>` for a line break; a page number has no place on a page without
    /// pages. A run formatted apart from its style is a `<span>` with that formatting.
    func runs(_ p: Paragraph, _ w: inout HTMLWriter) {
        for run in p.runs {
            switch run.content {
            case .text(let t):
                if run.properties.isEmpty {
                    w.text(t)
                } else {
                    w.open("span", [("style", sheet.run(run.properties).joined(separator: ";"))])
                    w.text(t)
                    w.close("span")
                }
            case .lineBreak:
                w.raw("<br>")
            case .pageNumber:
                continue
            }
        }
    }
}
