/// The body of an ODT's `content.xml` (`office:body/office:text`): paragraphs and headings,
/// tables, and the sections and lists they sit in, in document order. White-space elements
/// (`text:s`, `text:tab`, `text:line-break`) read back as the characters they stand for. Every
/// count is capped before the work it stands for (`BodyLimits`, plus the document's text).
public enum ODFBodyReading {
    static let office = ODFNamespace.office
    static let text = ODFNamespace.text
    static let table = ODFNamespace.table

    /// The blocks of `content.xml`'s root; nil when it has no `office:text` body. `documentText`
    /// caps the characters of all blocks together; a run of more than `spaceRun` spaces is
    /// clamped (it is only white space), a malformed count is one space.
    public static func blocks(_ root: XMLNode, limits: BodyLimits = BodyLimits(), documentText: Int = .max,
                              spaceRun: Int = 1_000) throws(BodyLimitError) -> [ReadBlock]? {
        guard let body = root.child("body", namespace: office)?.child("text", namespace: office) else { return nil }
        var reader = Reader(limits: limits, documentText: documentText, spaceRun: spaceRun)
        try reader.walk(body)
        return reader.blocks
    }

    /// The text of each paragraph and heading directly in the body, as our writer lays a body
    /// out: what two renders of one report are compared by (tables by `TableReading`).
    public static func paragraphTexts(_ root: XMLNode) -> [String] {
        guard let body = root.child("body", namespace: office)?.child("text", namespace: office) else { return [] }
        return body.children.filter { $0.namespace == text && ($0.name == "p" || $0.name == "h") }.map(\.allText)
    }

    /// The blocks read so far and what they have used of the caps.
    struct Reader {
        let limits: BodyLimits
        let documentText: Int
        let spaceRun: Int
        var blocks: [ReadBlock] = []
        var paragraphs = 0
        var tables = 0
        var characters = 0

        mutating func walk(_ node: XMLNode) throws(BodyLimitError) {
            for child in node.children {
                if child.namespace == ODFNamespace.text && (child.name == "p" || child.name == "h") {
                    try addParagraph(child)
                } else if child.namespace == ODFNamespace.table && child.name == "table" {
                    try addTable(child)
                } else if child.namespace == ODFNamespace.text && (child.name == "section" || child.name == "list" || child.name == "list-item") {
                    try walk(child)
                }
            }
        }

        mutating func addParagraph(_ node: XMLNode) throws(BodyLimitError) {
            do throws(ReadLimitError) {
                guard paragraphs < limits.paragraphs else { throw ReadLimitError(.paragraphs, limit: limits.paragraphs) }
                paragraphs += 1
                var g = TextGatherer(limit: limits.paragraphText, kind: .paragraphText, line: paragraphs)
                try ODFBodyReading.text(node, into: &g, spaceRun: spaceRun)
                try count(g.count)
                blocks.append(.paragraph(g.text))
            } catch {
                throw BodyLimitError(error: error, table: nil)
            }
        }

        mutating func addTable(_ node: XMLNode) throws(BodyLimitError) {
            tables += 1
            do throws(ReadLimitError) {
                guard tables <= limits.tables else { throw ReadLimitError(.tables, limit: limits.tables) }
                let read = try TableReading.odf(table: node, limits: limits.table)
                try count(read.cells.reduce(0) { $0 + $1.text.unicodeScalars.count })
                blocks.append(.table(read))
            } catch {
                throw BodyLimitError(error: error, table: tables)
            }
        }

        private mutating func count(_ n: Int) throws(ReadLimitError) {
            guard n <= documentText - characters else { throw ReadLimitError(.documentText, limit: documentText) }
            characters += n
        }
    }

    /// A paragraph's text with ODF's white-space elements read back as characters.
    static func text(_ node: XMLNode, into g: inout TextGatherer, spaceRun: Int) throws(ReadLimitError) {
        for item in node.content {
            switch item {
            case .text(let t): try g.append(t)
            case .element(let i):
                let child = node.children[i]
                guard child.namespace == text else { try g.appendAll(child); continue }
                switch child.name {
                case "s":
                    let n = min(CountAttribute.xml(child.attribute("c", namespace: text)) ?? 1, spaceRun)
                    guard g.fits(n) else { throw ReadLimitError(g.kind, limit: g.limit, line: g.line) }
                    try g.append(String(repeating: " ", count: n))
                case "tab": try g.append("\t")
                case "line-break": try g.append("\n")
                default: try text(child, into: &g, spaceRun: spaceRun)
                }
            }
        }
    }
}
