import OOXMLWriter
import ReportExport

/// A crawler's dump with no line breaks: the whole report on one line, table cells run
/// together. It is cut at the part headings; narrative parts into paragraphs at their
/// （一）（二） markers; a table part into rows at the form's own row labels, each row's
/// numbers being the digits that follow its label. Digits with nothing between them stay one
/// cell: reading them is the table reader's business, and it splits only where the split is
/// forced.
enum RunOnText {
    /// Whether `text` is such a dump: long, few lines, and the part headings inside lines.
    /// A report without line breaks is tens of kilobytes; the label search is quadratic-ish,
    /// so anything far larger is not read this way.
    static let maxLength = 1 << 20

    static func applies(_ text: String) -> Bool {
        guard text.utf8.count <= maxLength else { return false }
        let lines = text.split(whereSeparator: \.isNewline)
        guard let longest = lines.map(\.count).max(), longest > 400 else { return false }
        let joined = LabelMatching.normalize(String(lines.max { $0.count < $1.count }!))
        return ["二、主动公开", "三、收到和处理", "四、政府信息公开行政复议"].filter { joined.contains($0) }.count >= 2
    }

    static func read(_ raw: String, templates: TemplateLibrary) -> ImportedDocument {
        // One character for one character, so positions found here hold in the original.
        let text = String(raw.map { c -> Character in
            if c.isNewline { return " " }
            if c == "(" { return "（" }
            if c == ")" { return "）" }
            return c
        })
        let chars = Array(text)
        let formats = templates.editions().compactMap { try? templates.format($0) }
        guard let parts = formats.first(where: { $0.years != nil })?.parts else { return ImportedDocument(blocks: []) }

        // Part headings, in order.
        var starts: [(part: Int, at: Int, end: Int)] = []
        var from = 0
        for (p, part) in parts.enumerated() {
            let marker = Array(part.marker)
            let title = Array(part.title)
            var found: (Int, Int)?
            var i = from
            while i + marker.count <= chars.count, found == nil {
                if Array(chars[i..<(i + marker.count)]) == marker {
                    let after = i + marker.count
                    if after + title.count <= chars.count, Array(chars[after..<(after + title.count)]) == title {
                        found = (i, after + title.count)
                    } else if after + 4 <= chars.count, title.count >= 4, PartHeadings.similarity(String(chars[after..<min(chars.count, after + title.count + 6)]), part.title) >= 0.4 {
                        // A local wording: the heading ends at the form's length plus what it added.
                        let window = String(chars[after..<min(chars.count, after + title.count + 12)])
                        let end = window.firstIndex(where: { "。：:".contains($0) }).map { window.distance(from: window.startIndex, to: $0) } ?? title.count
                        found = (i, after + end)
                    }
                }
                i += 1
            }
            if let (at, end) = found {
                starts.append((p, at, end))
                from = end
            }
        }
        guard let first = starts.first else { return ImportedDocument(blocks: [.paragraph(text)]) }

        var blocks: [ImportedDocument.Block] = []
        let front = String(chars[0..<first.at])
        var agency: String?
        if let m = front.firstMatch(of: /(?:19|20)[0-9]{2}年度?[^。，]{0,40}?政府信息公开(?:工作)?(?:年度)?报告|[^\s。，：]{2,40}?(?:19|20)[0-9]{2}年度?政府信息公开(?:工作)?(?:年度)?报告/) {
            blocks.append(.paragraph(String(m.0)))
            agency = TitleEvidence.title(String(m.0))?.agency
        }
        let labels = rowLabels(formats)
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].at : chars.count
            blocks.append(.paragraph(String(chars[start.at..<start.end])))
            let body = String(chars[start.end..<end]).trimmingCharacters(in: .whitespaces)
            if parts[start.part].table != nil {
                blocks.append(.table(table(body, labels: labels)))
            } else {
                // The last part ends with the signature: the agency and the date, then the page.
                var text = body
                var tail: [String] = []
                if n == starts.count - 1, let date = body.matches(of: /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/).last {
                    var before = String(body[..<date.range.lowerBound])
                    let after = String(body[date.range.upperBound...]).trimmingCharacters(in: .whitespaces)
                    var signature: [String] = []
                    if let agency, before.hasSuffix(agency) {
                        before.removeLast(agency.count)
                        signature.append(agency)
                    }
                    text = before
                    tail = signature + [String(date.0)] + (after.isEmpty ? [] : [after])
                }
                for piece in text.split(separator: /(?=（[一二三四五六七八九十]）)/) {
                    let t = piece.trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty { blocks.append(.paragraph(t)) }
                }
                blocks += tail.map { .paragraph($0) }
            }
        }
        var document = ImportedDocument(blocks: blocks)
        document.notes.append("原文没有换行：按部分标题分段，叙述按（一）（二）等序号分段")
        return document
    }

    /// Every row label of every edition, and the local wordings known for them, longest
    /// first so 行政规范性文件 is found before 规范性文件.
    static func rowLabels(_ formats: [FormatSpec]) -> [String] {
        var labels = Set<String>()
        for format in formats {
            for table in format.tables {
                for row in table.rows {
                    if row.id != nil, !(row.cells ?? []).allSatisfy({ $0.text == nil }) { labels.insert(row.displayLabel) }
                    for cell in row.cells ?? [] where cell.style == .group { if let t = cell.text { labels.insert(t) } }
                }
            }
        }
        for alias in LabelMatching.aliases.keys { labels.insert(alias) }
        return labels.sorted { $0.count > $1.count }
    }

    /// One table part: a row per label found, its cells the numbers after it; the numbers at
    /// the end of a part with no label before them (表四) are a row of their own.
    static func table(_ body: String, labels: [String]) -> ReadTable {
        let chars = Array(body)
        var taken = Array(repeating: false, count: chars.count)
        var hits: [(at: Int, end: Int, label: String)] = []
        let searchable = Array(body.map { c -> Character in c == "、" ? "." : c })
        for label in labels {
            let l = Array(label.map { c -> Character in c == "、" ? "." : c })
            guard !l.isEmpty, l.count <= searchable.count else { continue }
            var i = 0
            while i + l.count <= searchable.count {
                if !taken[i], Array(searchable[i..<(i + l.count)]) == l, !taken[i + l.count - 1] {
                    hits.append((i, i + l.count, label))
                    for k in i..<(i + l.count) { taken[k] = true }
                    i += l.count
                } else {
                    i += 1
                }
            }
        }
        hits.sort { $0.at < $1.at }
        var rows: [[String]] = []
        for (n, hit) in hits.enumerated() {
            let next = n + 1 < hits.count ? hits[n + 1].at : chars.count
            let region = String(chars[hit.end..<next])
            let numbers = region.prefix { $0.isNumber || $0 == " " || $0 == "." || $0 == "万" || $0 == "+" || $0 == "-" || $0 == "\u{00A0}" || $0 == "\u{3000}" }
            let cells = numbers.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{3000}" }).map(String.init)
            rows.append([String(chars[hit.at..<hit.end])] + cells)
        }
        // 表四: the numbers that end the part, after its last header word.
        let tail = String(body.reversed().prefix { $0.isNumber || $0 == " " }.reversed()).trimmingCharacters(in: .whitespaces)
        if hits.isEmpty, !tail.isEmpty {
            rows.append(tail.split(separator: " ").map(String.init))
        }
        var cells: [ReadTable.Cell] = []
        for (r, row) in rows.enumerated() {
            for (c, t) in row.enumerated() { cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: 1, text: t)) }
        }
        return ReadTable(columns: rows.map(\.count).max() ?? 0, rows: rows.count, cells: cells)
    }
}
