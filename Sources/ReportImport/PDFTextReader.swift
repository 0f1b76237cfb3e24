import Foundation
import OOXMLWriter
import ReportExport

/// A PDF through poppler's `pdftotext -layout`: text where the page puts it. Lines whose end is
/// a run of numbers are table rows; a label the table cell wrapped over the lines above and
/// below its numbers is put back together when the pieces make a label of the form. Narrative
/// lines are joined into paragraphs, which end at 。 or a heading, or where the next line is
/// indented.
enum PDFTextReader {
    static let seconds: Double = 30

    static func read(path: String) throws(DocumentReaders.Failure) -> ImportedDocument {
        guard let pdftotext = ExternalTool.find("pdftotext") else {
            throw DocumentReaders.Failure(description: "读取 PDF 需要 poppler 的 pdftotext，本机没有安装（apt-get install poppler-utils）")
        }
        let work = try ExternalTool.scratch("pdf")
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("text.txt")
        let outcome = try ExternalTool.run(pdftotext, ["-layout", "-enc", "UTF-8", path, out.path], seconds: seconds, log: work.appendingPathComponent("log"))
        // pdftotext's text is read like any input: bounded (four bytes a character of the document cap).
        guard !outcome.timedOut, outcome.status == 0,
              let data = try? BoundedRead.file(out.path, cap: ImportLimits().documentText * 4) else {
            throw DocumentReaders.Failure(description: "pdftotext 未能读出这个 PDF 的文字（\(outcome.timedOut ? "超时" : "退出码 \(outcome.status)")）：\(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DocumentReaders.Failure(description: "这个 PDF 里没有文字（可能是扫描件），无法导入")
        }
        let formats = TemplateLibrary().editions().compactMap { try? TemplateLibrary().format($0) }
        // Group labels (（四）无法提供) span rows; a wrapped row label is never one of them.
        let groups = Set(formats.flatMap { $0.tables.flatMap { $0.rows.flatMap { ($0.cells ?? []).filter { $0.style == .group }.compactMap(\.text) } } })
        let values = Set(formats.flatMap { $0.tables.flatMap { $0.valueRows.map(\.displayLabel) } })
        var document = layout(text, labels: RunOnText.rowLabels(formats), rowLabels: Array(values.subtracting(groups.subtracting(values))))
        document.notes.append("PDF 经 pdftotext 按版面读入")
        // The document's own title (a converter takes it from the page's <title>): evidence
        // like a web page's, when the printed text has no title.
        if let pdfinfo = ExternalTool.find("pdfinfo"),
           let info = try? ExternalTool.run(pdfinfo, ["-enc", "UTF-8", path], seconds: seconds, log: work.appendingPathComponent("info")),
           info.status == 0, let line = info.output.split(separator: "\n").first(where: { $0.hasPrefix("Title:") }) {
            let title = line.dropFirst("Title:".count).trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { document.pageTitles.append(title) }
        }
        return document
    }

    enum Line {
        case text(String, indent: Int)
        case row(label: String, numbers: [String])
        case blank
    }

    static func classify(_ raw: String) -> Line {
        let line = raw.replacingOccurrences(of: "\u{0C}", with: "")
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .blank }
        let cells = trimmed.split(separator: /\s{2,}/).map { String($0).trimmingCharacters(in: .whitespaces) }
        var numbers: [String] = []
        for cell in cells.reversed() {
            let parts = cell.split(separator: " ").map(String.init)
            guard parts.allSatisfy({ CellText.isPlainNumber(CellText.squeezed($0)) || CellText.placeholders.contains($0) }) else { break }
            numbers.insert(contentsOf: parts, at: 0)
        }
        let labelCells = cells.count - cells.reversed().prefix { c in
            c.split(separator: " ").allSatisfy { CellText.isPlainNumber(CellText.squeezed(String($0))) || CellText.placeholders.contains(String($0)) }
        }.count
        if numbers.contains(where: { CellText.isPlainNumber(CellText.squeezed($0)) }), labelCells <= 2, cells.count >= 2 || labelCells == 0 {
            return .row(label: cells.prefix(labelCells).joined(separator: " "), numbers: numbers)
        }
        return .text(trimmed, indent: line.prefix { $0 == " " }.count)
    }

    /// A line's runs of text (apart by two or more spaces) with the column each starts at.
    static func textFragments(_ line: String, everySpace: Bool = false) -> [(column: Int, text: String)] {
        var out: [(column: Int, text: String)] = []
        var current = "", start = 0, spaces = 0, column = 0
        for c in line {
            if c == " " || c == "\u{3000}" {
                spaces += 1
            } else {
                if spaces >= (everySpace ? 1 : 2) || current.isEmpty {
                    if !current.isEmpty { out.append((start, current)) }
                    current = ""
                    start = column
                } else if spaces == 1 {
                    current.append(" ")
                }
                current.append(c)
                spaces = 0
            }
            column += 1
        }
        if !current.isEmpty { out.append((start, current)) }
        return out
    }

    static func layout(_ text: String, labels: [String], rowLabels: [String]? = nil) -> ImportedDocument {
        let raw = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0).replacingOccurrences(of: "\u{0C}", with: "") }
        let lines = raw.map(classify)
        var blocks: [ImportedDocument.Block] = []
        var paragraph = ""
        var rows: [[String]] = []
        var used = Set<Int>()
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            paragraph = ""
        }
        func endTable() {
            guard !rows.isEmpty else { return }
            var cells: [ReadTable.Cell] = []
            for (r, row) in rows.enumerated() {
                for (c, t) in row.enumerated() { cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: 1, text: t)) }
            }
            blocks.append(.table(ReadTable(columns: rows.map(\.count).max() ?? 0, rows: rows.count, cells: cells)))
            rows = []
        }
        func isLabel(_ s: String) -> Bool { LabelMatching.match(s, in: labels) != nil }
        func textAt(_ i: Int) -> String? {
            guard lines.indices.contains(i), !used.contains(i), case .text(let t, _) = lines[i], t.count <= 40 else { return nil }
            return t
        }
        // Labels a narrow column wrapped over several lines around their numbers: the lines
        // between two blank lines that hold one row of numbers are that row's cell; its label
        // is the fragments in the rightmost text column (group labels sit further left).
        var blockLabel: [Int: String] = [:]
        let exact = Set((rowLabels ?? labels).map(LabelMatching.normalize)).union(LabelMatching.aliases.keys)
        for (i, line) in lines.enumerated() {
            guard case .row(let label, _) = line, !isLabel(label) else { continue }
            var above = i, below = i
            // A wrapped label is a few lines; a page of text around a number is not one.
            while above > 0, i - above < 8, !used.contains(above - 1), case .text = lines[above - 1] { above -= 1 }
            while below + 1 < lines.count, below - i < 8, case .text = lines[below + 1] { below += 1 }
            guard below > above else { continue }
            // The text lines between two rows of numbers are split between them: try the
            // narrowest spans first (a neighbour's lines stay its own), and take a span only
            // when its pieces make a label exactly.
            var spans: [(Int, Int)] = []
            for top in above...i { for bottom in i...below where bottom > top { spans.append((top, bottom)) } }
            spans.sort { a, b in a.1 - a.0 != b.1 - b.0 ? a.1 - a.0 < b.1 - b.0 : a.0 < b.0 }
            // First the rightmost text column of each span (a row's own label), then the others.
            search: for pass in 0..<2 {
                for (top, bottom) in spans {
                    for split in [false, true] {
                        var fragments: [(column: Int, text: String)] = []
                        for k in top...bottom {
                            for f in textFragments(raw[k], everySpace: split)
                            where !(k == i && f.text.split(separator: " ").allSatisfy { CellText.isPlainNumber(String($0)) || CellText.placeholders.contains(String($0)) }) {
                                fragments.append(f)
                            }
                        }
                        let columns = Set(fragments.map(\.column)).sorted(by: >)
                        for column in pass == 0 ? Array(columns.prefix(1)) : Array(columns.dropFirst()) {
                            let candidate = fragments.filter { abs($0.column - column) <= 1 }.map(\.text).joined()
                            if exact.contains(LabelMatching.normalize(candidate)) {
                                blockLabel[i] = candidate
                                for k in top...bottom where k != i { used.insert(k) }
                                break search
                            }
                        }
                    }
                }
            }
        }
        for (i, line) in lines.enumerated() {
            switch line {
            case .row(let label, let numbers):
                flush()
                // The label as printed, or put back together from the lines around it.
                var best = blockLabel[i] ?? label
                if !isLabel(best) {
                    // Fragments of a vertical group label (三、本年度办理结果 set two characters a
                    // line) start the lines: try each line without its leading pieces.
                    func suffixes(_ s: String?) -> [String] {
                        guard let s else { return [] }
                        let tokens = s.split(whereSeparator: { $0 == " " }).map(String.init)
                        return tokens.indices.map { tokens[$0...].joined() }
                    }
                    let own = suffixes(label) + [""]
                    let before = suffixes(textAt(i - 1)), after = suffixes(textAt(i + 1))
                    var hit: (String, [Int])?
                    search: for (extra, lines) in [([""], [Int]()), (before, [i - 1]), (after.map { "\u{1}" + $0 }, [i + 1])] + [(before.flatMap { b in after.map { b + "\u{1}" + $0 } }, [i - 1, i + 1])] {
                        for piece in extra {
                            let parts = piece.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
                            let head = lines.contains(i - 1) ? parts[0] : ""
                            let tail = lines.contains(i + 1) ? (parts.last ?? "") : ""
                            for o in own where !(o.isEmpty && head.isEmpty && tail.isEmpty) {
                                let candidate = head + o + tail
                                if isLabel(candidate) { hit = (candidate, lines); break search }
                            }
                        }
                    }
                    if let hit {
                        best = hit.0
                        used.formUnion(hit.1)
                        // A piece above was already taken as a table row's text.
                        if hit.1.contains(i - 1), let last = rows.last, last.count == 1, let t = textAt(i - 1), last[0] == t { rows.removeLast() }
                    }
                }
                rows.append((best.isEmpty ? [] : [best]) + numbers)
            case .text(let t, let indent):
                if used.contains(i) { continue }
                let heading = PartHeadings.split(t) != nil || t.hasPrefix("（") || t.firstMatch(of: /^[0-9]+[.、．]/) != nil
                if !rows.isEmpty, PartHeadings.split(t) != nil || t.count > 40 { endTable() }
                if !rows.isEmpty {
                    // Header words and wrapped labels inside a table: a text-only row.
                    rows.append([t])
                    continue
                }
                if heading || indent >= 4 && !paragraph.isEmpty { flush() }
                paragraph += t
                if t.hasSuffix("。") || t.hasSuffix("：") || PartHeadings.split(t) != nil || TitleEvidence.isDate(t) || t.count < 20 { flush() }
            case .blank:
                flush()
            }
        }
        flush()
        endTable()
        return ImportedDocument(blocks: blocks)
    }
}
