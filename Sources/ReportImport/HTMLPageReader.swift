import OOXMLWriter
import ReportExport

/// A published page as a browser shows it: the page's own encoding, every block of text
/// (text sits in `div`s and `td`s as often as in `p`s; inline `span`s and `font`s join their
/// block), tables with their spans, and the page's `<title>` and title metadata kept aside as
/// evidence. Scripts, styles, forms and navigation are not text of the report.
enum HTMLPageReader {
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "footer", "select", "option", "button", "iframe", "form", "object", "svg", "template", "input", "textarea"]
    static let inline: Set<String> = ["span", "a", "font", "b", "strong", "em", "i", "u", "sub", "sup", "small", "big", "label", "abbr", "o:p", "p:span", "ins", "del", "s", "strike", "mark", "code", "img"]

    static func read(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) throws(DocumentReaders.Failure) -> ImportedDocument {
        guard let decoded = TextEncoding.decode(bytes, markup: true) else {
            throw DocumentReaders.Failure(description: "网页的编码无法识别（不是 UTF-8、UTF-16、GB18030 或声明的编码）")
        }
        // The page is handed to libxml2 as UTF-8; its own charset declaration must not
        // send it back to the legacy codec.
        var text = decoded.text
        // A Big5 page is a traditional-character rendering: read in the form's characters.
        if let declared = TextEncoding.declaredCharset(bytes), TextEncoding.iconvName(declared) == "BIG5-HKSCS" {
            text = TraditionalChinese.simplify(text)
        }
        if let m = text.prefix(4096).firstMatch(of: /(?i)charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)/) {
            text.replaceSubrange(m.1.startIndex..<m.1.endIndex, with: "utf-8")
        }
        let root: XMLNode
        do {
            root = try SafeXMLParser.parseHTML(Array(text.utf8), limits: limits.xml)
        } catch {
            if let exceeded = error.exceeded { throw DocumentReaders.Failure(description: ImportLimitMessages.describe(exceeded, part: "网页")) }
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error, part: "网页"))
        }
        var document = ImportedDocument(blocks: [])
        if let note = decoded.note { document.notes.append("网页\(note)" + (TextEncoding.declaredCharset(bytes).flatMap(TextEncoding.iconvName) == "BIG5-HKSCS" ? "，繁体字按简体读" : "")) }
        var line = ""
        var total = 0
        var paragraphs = 0
        // The same text caps as every other reader (docs/LIMITS.md).
        func flush() throws(ReadLimitError) {
            let t = line.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: ["\u{00A0}", "\u{3000}"])
            line = ""
            guard !t.isEmpty else { return }
            paragraphs += 1
            if t.count > limits.paragraphText { throw ReadLimitError(.paragraphText, limit: limits.paragraphText, line: paragraphs) }
            total += t.count
            if total > limits.documentText { throw ReadLimitError(.documentText, limit: limits.documentText) }
            if paragraphs > limits.paragraphs { throw ReadLimitError(.paragraphs, limit: limits.paragraphs) }
            document.blocks.append(.paragraph(t))
        }
        var tables = 0
        func walk(_ node: XMLNode) throws(ReadLimitError) {
            for item in node.content {
                switch item {
                case .text(let t):
                    line += browserText(t)
                case .element(let i):
                    let child = node.children[i]
                    let name = child.name.lowercased()
                    if name == "head" { readHead(child, into: &document); continue }
                    if skipped.contains(name) { continue }
                    if name == "br" { try flush(); continue }
                    if name == "table", isLayout(child) {
                        // A table the page is laid out with, not a table of the report.
                        try flush()
                        try walk(child)
                        try flush()
                        continue
                    }
                    if name == "table" {
                        try flush()
                        tables += 1
                        if tables > limits.tables { throw ReadLimitError(.tables, limit: limits.tables) }
                        document.blocks.append(.table(try TableReading.html(table: child, limits: limits.table)))
                        continue
                    }
                    if inline.contains(name) {
                        try walk(child)
                    } else {
                        try flush()
                        try walk(child)
                        try flush()
                    }
                }
            }
        }
        do {
            try walk(root)
            try flush()
        } catch {
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error, part: "网页", table: tables > 0 ? tables : nil))
        }
        return document
    }

    /// Old CMS pages lay the whole article out in a table: a table is layout, not data, when a
    /// cell holds another table, or when it has a few cells and one holds several paragraphs.
    static func isLayout(_ table: XMLNode) -> Bool {
        var cells: [XMLNode] = []
        func collect(_ n: XMLNode) {
            for c in n.children {
                let name = c.name.lowercased()
                if name == "td" || name == "th" { cells.append(c) } else if ["tr", "thead", "tbody", "tfoot"].contains(name) { collect(c) }
            }
        }
        collect(table)
        func count(_ n: XMLNode, _ names: Set<String>) -> Int {
            n.children.reduce(0) { $0 + (names.contains($1.name.lowercased()) ? 1 : 0) + count($1, names) }
        }
        if cells.contains(where: { count($0, ["table"]) > 0 }) { return true }
        return cells.count <= 3 && cells.contains { count($0, ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6"]) >= 3 }
    }

    /// Source line breaks and the indentation after them vanish (Chinese text has no spaces
    /// between words).
    static func browserText(_ t: String) -> String {
        var out = ""
        var skipping = false
        for c in t {
            if c == "\n" || c == "\r" || c == "\r\n" { skipping = true; continue }
            if skipping && (c == " " || c == "\t") { continue }
            skipping = false
            out.append(c)
        }
        return out
    }

    static func readHead(_ head: XMLNode, into document: inout ImportedDocument) {
        for child in head.children {
            switch child.name.lowercased() {
            case "title":
                let t = child.allText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { document.pageTitles.append(t) }
            case "meta":
                let name = (child.attribute("name") ?? child.attribute("property") ?? "").lowercased()
                if ["articletitle", "title", "og:title", "dc.title", "subject"].contains(name), let content = child.attribute("content"), !content.isEmpty {
                    document.pageTitles.append(content)
                }
            default:
                continue
            }
        }
    }
}
