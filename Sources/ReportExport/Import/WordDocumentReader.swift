import OOXMLWriter

/// A DOCX as Word and WPS really write it: content controls (`w:sdt`) around paragraphs,
/// rows and cells; rows that start late or end early (`w:gridBefore`, `w:gridAfter`);
/// horizontal merges the old way (`w:hMerge`) besides `w:gridSpan`; a whole report laid inside
/// a one-cell layout table; tables nested in cells. The part itself is read with the bounded
/// `DocumentReaders.part` (ZIP limits, no DTD).
enum WordDocumentReader {
    static let w = DocumentReaders.w
    /// More rows or cells than any report has is a hostile file, not a report.
    static let maxRows = 5_000
    static let maxCellsPerRow = 256

    static func read(_ bytes: [UInt8]) throws(DocumentReaders.Failure) -> ImportedDocument {
        let root = try DocumentReaders.part(bytes, "word/document.xml")
        guard let body = root.child("body", namespace: w) else { throw DocumentReaders.Failure(description: "word/document.xml 里没有正文（w:body）") }
        var blocks: [ImportedDocument.Block] = []
        var rows = 0
        try walk(body, into: &blocks, rows: &rows)
        return ImportedDocument(blocks: blocks)
    }

    /// Block-level content: paragraphs, tables, and the wrappers Word puts around them.
    static func walk(_ node: XMLNode, into blocks: inout [ImportedDocument.Block], rows: inout Int) throws(DocumentReaders.Failure) {
        for child in node.children where child.namespace == w {
            switch child.name {
            case "p":
                blocks.append(.paragraph(text(child)))
            case "tbl":
                // A layout table of one cell holds the document itself.
                let trs = tableRows(child)
                if trs.count == 1, let only = trs.first, cells(only).count == 1 {
                    try walk(cells(only)[0], into: &blocks, rows: &rows)
                    continue
                }
                var nested: [XMLNode] = []
                blocks.append(.table(try table(child, nested: &nested, rows: &rows)))
                for inner in nested {
                    var more: [XMLNode] = []
                    blocks.append(.table(try table(inner, nested: &more, rows: &rows)))
                }
            case "sdt":
                if let content = child.child("sdtContent", namespace: w) { try walk(content, into: &blocks, rows: &rows) }
            case "customXml", "smartTag", "ins":
                try walk(child, into: &blocks, rows: &rows)
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

    static func int(_ node: XMLNode?, _ name: String) -> Int? {
        node?.child(name, namespace: w)?.attribute("val", namespace: w).flatMap { Int($0) }
    }

    /// One `w:tbl` onto its grid; tables nested in its cells are handed back to be read after it.
    static func table(_ tbl: XMLNode, nested: inout [XMLNode], rows: inout Int) throws(DocumentReaders.Failure) -> ReadTable {
        let trs = tableRows(tbl)
        rows += trs.count
        guard rows <= maxRows else { throw DocumentReaders.Failure(description: "表格行数超过 \(maxRows)，不像一份年度报告") }
        var out: [ReadTable.Cell] = []
        var open: [Int: Int] = [:]   // grid column → index of the cell a vMerge continues
        var columns = tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).count ?? 0
        for (r, tr) in trs.enumerated() {
            let trPr = tr.child("trPr", namespace: w)
            var c = int(trPr, "gridBefore") ?? 0
            let tcs = cells(tr)
            guard tcs.count <= maxCellsPerRow else { throw DocumentReaders.Failure(description: "表格一行有 \(tcs.count) 个单元格，不像一份年度报告") }
            var lastAnchor: Int?
            for tc in tcs {
                let pr = tc.child("tcPr", namespace: w)
                let span = max(1, min(int(pr, "gridSpan") ?? 1, 64))
                let vMerge = pr?.child("vMerge", namespace: w).map { $0.attribute("val", namespace: w) ?? "continue" }
                let hMerge = pr?.child("hMerge", namespace: w).map { $0.attribute("val", namespace: w) ?? "continue" }
                let paragraphs = tc.children.filter { $0.namespace == w && ($0.name == "p" || $0.name == "sdt") }
                let content = paragraphs.map { $0.name == "p" ? text($0) : text($0) }.joined(separator: "\n")
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
            }
            columns = max(columns, c + (int(trPr, "gridAfter") ?? 0))
        }
        return ReadTable(columns: columns, rows: trs.count, cells: out)
    }
}
