/// The body of a DOCX as Word and WPS really write it: content controls (`w:sdt`) around
/// paragraphs, rows and cells; rows that start late or end early (`w:gridBefore`,
/// `w:gridAfter`); horizontal merges the old way (`w:hMerge`) besides `w:gridSpan`; a whole
/// document laid inside a one-cell layout table; tables nested in cells. Every count is capped
/// (`BodyLimits`) before the work it stands for, and spans cannot overflow (`CountAttribute`).
public enum WordBodyReading {
    static let w = WordNamespace.w

    /// The blocks of `word/document.xml`'s root; nil when it has no `w:body`.
    public static func blocks(_ root: XMLNode, limits: BodyLimits = BodyLimits()) throws(BodyLimitError) -> [ReadBlock]? {
        guard let body = root.child("body", namespace: w) else { return nil }
        var blocks: [ReadBlock] = []
        var rows = 0
        var count = Count()
        do {
            try walk(body, into: &blocks, rows: &rows, &count, limits)
        } catch {
            throw BodyLimitError(error: error, table: count.tables > 0 ? count.tables : nil)
        }
        return blocks
    }

    /// The text of each paragraph directly in `w:body`, as our writer lays a body out: what two
    /// renders of one report are compared by (tables are compared by `TableReading`).
    public static func paragraphTexts(_ root: XMLNode) -> [String] {
        root.child("body", namespace: w)?.children("p", namespace: w).map { $0.descendants("t", namespace: w).map(\.text).joined() } ?? []
    }

    /// Tables (every `w:tbl`, layout ones too) and paragraphs met so far, for the caps and for
    /// saying which table or paragraph went over.
    struct Count {
        var tables = 0
        var paragraphs = 0
    }

    /// Block-level content: paragraphs, tables, and the wrappers Word puts around them.
    static func walk(_ node: XMLNode, into blocks: inout [ReadBlock], rows: inout Int,
                     _ count: inout Count, _ limits: BodyLimits) throws(ReadLimitError) {
        for child in node.children where child.namespace == w {
            switch child.name {
            case "p":
                let paragraph = text(child)
                count.paragraphs += 1
                if paragraph.count > limits.paragraphText {
                    throw ReadLimitError(.paragraphText, limit: limits.paragraphText, line: count.paragraphs)
                }
                if count.paragraphs > limits.paragraphs { throw ReadLimitError(.paragraphs, limit: limits.paragraphs) }
                blocks.append(.paragraph(paragraph))
            case "tbl":
                count.tables += 1
                if count.tables > limits.tables { throw ReadLimitError(.tables, limit: limits.tables) }
                // A layout table of one plain cell holds the document itself.
                let trs = tableRows(child)
                if trs.count == 1, let only = trs.first, cells(only).count == 1, only.child("trPr", namespace: w) == nil {
                    try walk(cells(only)[0], into: &blocks, rows: &rows, &count, limits)
                    continue
                }
                var nested: [XMLNode] = []
                blocks.append(.table(try table(child, nested: &nested, rows: &rows, limits)))
                for inner in nested {
                    count.tables += 1
                    if count.tables > limits.tables { throw ReadLimitError(.tables, limit: limits.tables) }
                    var more: [XMLNode] = []
                    blocks.append(.table(try table(inner, nested: &more, rows: &rows, limits)))
                }
            case "sdt":
                if let content = child.child("sdtContent", namespace: w) { try walk(content, into: &blocks, rows: &rows, &count, limits) }
            case "customXml", "smartTag", "ins":
                try walk(child, into: &blocks, rows: &rows, &count, limits)
            default:
                continue
            }
        }
    }

    /// A paragraph's text: its runs, inside hyperlinks, fields, content controls and
    /// insertions alike; deleted text is not text.
    static func text(_ p: XMLNode) -> String {
        var out = ""
        func visit(_ n: XMLNode) {
            for c in n.children {
                if c.namespace == w && (c.name == "delText" || c.name == "del" || c.name == "instrText") { continue }
                if c.namespace == w && c.name == "t" { out += c.text; continue }
                if c.namespace == w && c.name == "p" { continue }
                visit(c)
            }
        }
        visit(p)
        return out
    }

    static func tableRows(_ tbl: XMLNode) -> [XMLNode] {
        var out: [XMLNode] = []
        func collect(_ n: XMLNode) {
            for c in n.children where c.namespace == w {
                if c.name == "tr" { out.append(c) } else if c.name == "sdt" || c.name == "sdtContent" || c.name == "customXml" { collect(c) }
            }
        }
        collect(tbl)
        return out
    }

    static func cells(_ tr: XMLNode) -> [XMLNode] {
        var out: [XMLNode] = []
        func collect(_ n: XMLNode) {
            for c in n.children where c.namespace == w {
                if c.name == "tc" { out.append(c) } else if c.name == "sdt" || c.name == "sdtContent" || c.name == "customXml" { collect(c) }
            }
        }
        collect(tr)
        return out
    }

    /// A count attribute, never negative and never able to overflow (CountAttribute).
    static func int(_ node: XMLNode?, _ name: String) -> Int? {
        CountAttribute.xml(node?.child(name, namespace: w)?.attribute("val", namespace: w))
    }

    /// One `w:tbl` onto its grid; tables nested in its cells are handed back to be read after it.
    static func table(_ tbl: XMLNode, nested: inout [XMLNode], rows: inout Int, _ limits: BodyLimits) throws(ReadLimitError) -> ReadTable {
        let trs = tableRows(tbl)
        rows += trs.count
        guard trs.count <= limits.table.rows else { throw ReadLimitError(.tableRows, limit: limits.table.rows) }
        var tableText = 0
        var out: [ReadTable.Cell] = []
        var open: [Int: Int] = [:]   // grid column → index of the cell a vMerge continues
        var columns = tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).count ?? 0
        for (r, tr) in trs.enumerated() {
            let trPr = tr.child("trPr", namespace: w)
            var c = min(int(trPr, "gridBefore") ?? 0, limits.table.columns + 1)
            let tcs = cells(tr)
            var lastAnchor: Int?
            for tc in tcs {
                let pr = tc.child("tcPr", namespace: w)
                let span = min(int(pr, "gridSpan") ?? 1, limits.table.columns + 1)
                let vMerge = pr?.child("vMerge", namespace: w).map { $0.attribute("val", namespace: w) ?? "continue" }
                let hMerge = pr?.child("hMerge", namespace: w).map { $0.attribute("val", namespace: w) ?? "continue" }
                let paragraphs = tc.children.filter { $0.namespace == w && ($0.name == "p" || $0.name == "sdt") }
                let content = paragraphs.map { text($0) }.joined(separator: "\n")
                if content.count > limits.table.cellText { throw ReadLimitError(.cellText, limit: limits.table.cellText, line: r + 1) }
                tableText += content.count
                if tableText > limits.table.tableText { throw ReadLimitError(.tableText, limit: limits.table.tableText) }
                nested += tc.children.filter { $0.namespace == w && $0.name == "tbl" }
                if hMerge == "continue", let a = lastAnchor {
                    out[a].colSpan += span
                } else if vMerge == "continue", let i = open[c] {
                    out[i].rowSpan += 1
                    lastAnchor = nil
                } else {
                    out.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: span, text: content))
                    lastAnchor = out.count - 1
                    if vMerge == "restart" { open[c] = out.count - 1 } else { open[c] = nil }
                }
                c += span
                if c > limits.table.columns { throw ReadLimitError(.tableColumns, limit: limits.table.columns, line: r + 1) }
                if out.count > limits.table.cells { throw ReadLimitError(.tableCells, limit: limits.table.cells) }
            }
            columns = max(columns, c + min(int(trPr, "gridAfter") ?? 0, limits.table.columns + 1))
            if columns > limits.table.columns { throw ReadLimitError(.tableColumns, limit: limits.table.columns, line: r + 1) }
        }
        return ReadTable(columns: columns, rows: trs.count, cells: out)
    }
}
