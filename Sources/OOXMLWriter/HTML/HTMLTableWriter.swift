/// One table: a horizontally scrolling, keyboard-reachable region holding a `<table>` with its
/// caption, column widths as percentages of the grid, header rows in `<thead>`, every header a
/// `<th>` with an `id`, every other cell a `<td>` whose `headers` name its row and column
/// headers (`HTMLTableHeaders`), and spans as `rowspan`/`colspan` from the `TableGrid`.
struct HTMLTableWriter {
    let table: Table
    let number: Int
    let blocks: HTMLBlockWriter


    func write(_ w: inout HTMLWriter) {
        let headers = HTMLTableHeaders(table)
        let captionID = "gk-t\(number)-caption"
        var region: [(String, String)] = [("class", "gk-scroll"), ("role", "region"), ("tabindex", "0")]
        if table.caption != nil { region.append(("aria-labelledby", captionID)) } else { region.append(("aria-label", "表格 \(number)")) }
        w.open("div", region)
        let textWidth = blocks.document.section.textWidth.points
        let share = textWidth > 0 ? min(100, table.width.points / textWidth * 100) : 100
        // Never narrower than on paper: a phone scrolls the table sideways instead of
        // squeezing fifteen columns of numbers (print lifts the floor: the sheet is the width).
        w.open("table", [("class", blocks.sheet.gridClass(table)),
                         ("style", "width:\(Length.trim(share))%;min-width:\(HTMLStyleSheet.pt(table.width))")])
        if let caption = table.caption {
            w.open("caption", [("id", captionID)])
            w.text(caption)
            w.close("caption")
        }
        w.raw("<colgroup>")
        let total = table.width.points
        for width in table.columnWidths {
            let percent = total > 0 ? width.points / total * 100 : 100 / Double(table.columnWidths.count)
            w.raw("<col style=\"width:\(Length.trim(percent, decimals: 3))%\">")
        }
        w.raw("</colgroup>\n")
        let headerCount = table.rows.prefix { $0.isHeader }.count
        if headerCount > 0 {
            w.raw("<thead>\n")
            for r in 0..<headerCount { row(r, headers, &w) }
            w.raw("</thead>\n")
        }
        if headerCount < table.rows.count {
            w.raw("<tbody>\n")
            for r in headerCount..<table.rows.count { row(r, headers, &w) }
            w.raw("</tbody>\n")
        }
        w.close("table")
        w.close("div")
    }

    func id(_ a: HTMLTableHeaders.Anchor) -> String { "gk-t\(number)-r\(a.row + 1)c\(a.column + 1)" }

    private func row(_ r: Int, _ headers: HTMLTableHeaders, _ w: inout HTMLWriter) {
        w.raw("<tr>")
        for (c, slot) in table.grid.slots[r].enumerated() {
            guard case .anchor(let index) = slot else { continue }
            let cell = table.rows[r].cells[index]
            let anchor = HTMLTableHeaders.Anchor(row: r, column: c)
            let isHeader = cell.role != .data
            var attributes: [(String, String)] = []
            if isHeader { attributes.append(("id", id(anchor))) }
            var classes = cell.paragraphs.first.flatMap { blocks.classes($0.style) }.map { [$0] } ?? []
            if !isHeader { classes.append("gk-num") }
            if !classes.isEmpty { attributes.append(("class", classes.joined(separator: " "))) }
            if cell.colSpan > 1 { attributes.append(("colspan", String(cell.colSpan))) }
            if cell.rowSpan > 1 { attributes.append(("rowspan", String(cell.rowSpan))) }
            let named = headers.headers(of: anchor)
            if !named.isEmpty { attributes.append(("headers", named.map(id).joined(separator: " "))) }
            var style: [String] = []
            if cell.paragraphs.count == 1 { style = HTMLStyleSheet.declarations(cell.paragraphs[0].properties) }
            if !isHeader { style.removeAll { $0.hasPrefix("text-align:") } }
            switch cell.verticalAlignment {
            case .top: style.append("vertical-align:top")
            case .bottom: style.append("vertical-align:bottom")
            case .center: break
            }
            if !style.isEmpty { attributes.append(("style", style.joined(separator: ";"))) }
            let tag = isHeader ? "th" : "td"
            w.open(tag, attributes)
            if cell.paragraphs.count == 1 {
                blocks.runs(cell.paragraphs[0], &w)
            } else {
                for p in cell.paragraphs { blocks.paragraph(p, &w) }
            }
            w.close(tag)
        }
        w.raw("</tr>\n")
    }
}
