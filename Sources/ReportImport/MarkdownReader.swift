import OOXMLWriter
import ReportExport

/// A Markdown rendering of a report: `#` headings, pipe tables, paragraphs. Each non-empty
/// line is a paragraph: Chinese text is not hard-wrapped, and renderings put a heading and its
/// first sentence on consecutive lines, which Markdown's soft wrapping would join.
enum MarkdownReader {
    static func looksLikeMarkdown(_ text: String) -> Bool {
        text.contains("\n|") && text.contains("---") || text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("#") }
    }

    static func read(_ text: String) -> ImportedDocument {
        var blocks: [ImportedDocument.Block] = []
        var tableRows: [[String]] = []
        func endTable() {
            guard !tableRows.isEmpty else { return }
            var cells: [ReadTable.Cell] = []
            for (r, row) in tableRows.enumerated() {
                for (c, t) in row.enumerated() { cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: 1, text: t)) }
            }
            blocks.append(.table(ReadTable(columns: tableRows.map(\.count).max() ?? 0, rows: tableRows.count, cells: cells)))
            tableRows = []
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("|") {
                let cells = splitRow(line)
                // The separator under a header row: |---|:---:|
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty }) { continue }
                tableRows.append(cells.map(inline))
                continue
            }
            endTable()
            if line.isEmpty || line.allSatisfy({ "-*_ ".contains($0) }) && line.count >= 3 { continue }
            var t = line
            if t.hasPrefix("#") { t = String(t.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
            while t.hasSuffix("#") { t.removeLast() }
            if t.hasPrefix(">") { t = String(t.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if let f = t.first, "-*+".contains(f), t.dropFirst().first == " " { t = String(t.dropFirst(2)) }
            let p = inline(t).trimmingCharacters(in: .whitespaces)
            if !p.isEmpty { blocks.append(.paragraph(p)) }
        }
        endTable()
        return ImportedDocument(blocks: blocks)
    }

    static func splitRow(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for c in line.dropFirst() {
            if escaped { cell.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { cells.append(cell); cell = ""; continue }
            cell.append(c)
        }
        if !cell.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(cell) }
        return cells
    }

    /// Emphasis, links, images and the few HTML entities and tags renderings leave.
    static func inline(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&emsp;", with: " ")
        if t.contains("<") {
            t = t.replacing(/(?i)<br\s*\/?>/, with: "\n")
            t = t.replacing(/<[^>]{1,80}>/, with: "")
        }
        if t.contains("](") {
            t = t.replacing(/!\[[^\]]*\]\([^)]*\)/, with: "")
            t = t.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
        }
        t = t.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        // Escaped brackets only now, so "&lt;条例&gt;" is text, not a tag to strip; "&amp;" last,
        // so "&amp;lt;" stays "&lt;".
        t = t.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return t.trimmingCharacters(in: .whitespaces)
    }
}
