/// Writes paragraphs and tables as WordprocessingML body content (`w:p`, `w:tbl`).
/// Shared by the main document part and the footers.
struct WordBlockWriter {
    var xml: XMLWriter
    private let cache = WordPropertyCache()

    init(xml: XMLWriter) {
        self.xml = xml
    }

    mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let p): paragraph(p)
        case .table(let t): table(t)
        }
    }

    mutating func paragraph(_ p: Paragraph) {
        xml.start("w:p")
        // Most paragraphs carry only a style, often the previous paragraph's: compare first,
        // hash only when that misses.
        if p.properties.isEmpty, let style = p.style, style == cache.lastStyle {
            xml.embed(cache.lastStyleBytes)
            for run in p.runs { self.run(run) }
            xml.end()
            return
        }
        let key = WordPropertyCache.ParagraphKey(style: p.style, properties: p.properties)
        // Cells of a row repeat the paragraph before them (same style, keep-with-next):
        // comparing costs less than hashing.
        if let bytes = cache.recentParagraph(key) {
            xml.embed(bytes)
            for run in p.runs { self.run(run) }
            xml.end()
            return
        }
        if let bytes = cache.paragraphs[key] {
            cache.rememberRecent(key, bytes)
            cache.remember(p, bytes)
            xml.embed(bytes)
        } else {
            let children = WordProperties.paragraph(p.properties, style: p.style)
            if let bytes = WordPropertyCache.bytes("w:pPr", children, WordSchemaOrder.pPr) {
                cache.paragraphs[key] = bytes
                cache.rememberRecent(key, bytes)
                cache.remember(p, bytes)
                xml.embed(bytes)
            } else {
                xml.write("w:pPr", ordered: children, by: WordSchemaOrder.pPr)
            }
        }
        for run in p.runs { self.run(run) }
        xml.end()
    }

    /// Writes a run's `w:rPr` (nothing for no formatting).
    private mutating func runProperties(_ properties: RunProperties) {
        guard !properties.isEmpty else { return }
        // Runs in a row mostly share formatting: comparing is cheaper than hashing.
        if let last = cache.lastRun, last == properties {
            xml.embed(cache.lastRunBytes)
            return
        }
        if let bytes = cache.runs[properties] {
            cache.lastRun = properties
            cache.lastRunBytes = bytes
            xml.embed(bytes)
            return
        }
        let children = WordProperties.run(properties)
        if let bytes = WordPropertyCache.bytes("w:rPr", children, WordSchemaOrder.rPr) {
            cache.runs[properties] = bytes
            cache.lastRun = properties
            cache.lastRunBytes = bytes
            xml.embed(bytes)
        } else {
            xml.write("w:rPr", ordered: children, by: WordSchemaOrder.rPr)
        }
    }

    static let plainRunStart = Array("<w:r><w:t>".utf8)
    static let plainRunEnd = Array("</w:t></w:r>".utf8)
    static let cellStart = Array("<w:tc>".utf8)
    static let cellEnd = Array("</w:tc>".utf8)

    mutating func run(_ run: Run) {
        let props = run.properties
        switch run.content {
        case .text(let text) where props.isEmpty && text.utf8.first != 0x20 && text.utf8.last != 0x20:
            // The common run (plain text, no spaces to keep at its ends) from constant bytes.
            xml.embed(Self.plainRunStart)
            xml.text(text)
            xml.embed(Self.plainRunEnd)
        case .text(let text):
            xml.start("w:r")
            runProperties(props)
            // Leading/trailing spaces survive only with xml:space="preserve".
            if text.utf8.first == 0x20 || text.utf8.last == 0x20 {
                xml.start("w:t", ["xml:space": "preserve"])
            } else {
                xml.start("w:t")
            }
            xml.text(text)
            xml.end()
            xml.end()
        case .lineBreak:
            xml.start("w:r")
            runProperties(props)
            xml.empty("w:br")
            xml.end()
        case .pageNumber:
            // A complex field: begin, instruction, separate, cached result, end.
            fieldRun(props) { $0.empty("w:fldChar", ["w:fldCharType": "begin"]) }
            fieldRun(props) { $0.element("w:instrText", ["xml:space": "preserve"], text: " PAGE ") }
            fieldRun(props) { $0.empty("w:fldChar", ["w:fldCharType": "separate"]) }
            fieldRun(props) { $0.element("w:t", text: "1") }
            fieldRun(props) { $0.empty("w:fldChar", ["w:fldCharType": "end"]) }
        }
    }

    private mutating func fieldRun(_ props: RunProperties, _ body: (inout XMLWriter) -> Void) {
        xml.start("w:r")
        runProperties(props)
        body(&xml)
        xml.end()
    }

    mutating func table(_ table: Table) {
        xml.start("w:tbl")
        let border: [(String, String)] = [
            ("w:val", "single"), ("w:sz", String(Int((table.borderWidth.points * 8).rounded()))),
            ("w:space", "0"), ("w:color", "000000"),
        ]
        let padding = String(table.cellPadding.twips)
        xml.write("w:tblPr", ordered: [
            XMLElement("w:tblW", [("w:w", String(Self.twips(table.columnWidths).reduce(0, +))), ("w:type", "dxa")]),
            XMLElement("w:jc", [("w:val", "center")]),
            XMLElement("w:tblBorders", [], children: WordSchemaOrder.tblBorders.names.map { XMLElement($0, border) }),
            XMLElement("w:tblLayout", [("w:type", "fixed")]),
            XMLElement("w:tblCellMar", [], children: [
                XMLElement("w:left", [("w:w", padding), ("w:type", "dxa")]),
                XMLElement("w:right", [("w:w", padding), ("w:type", "dxa")]),
            ]),
        ], by: WordSchemaOrder.tblPr)
        xml.start("w:tblGrid")
        for width in Self.twips(table.columnWidths) { xml.empty("w:gridCol", ["w:w": String(width)]) }
        xml.end()
        for (r, row) in table.rows.enumerated() { self.row(row, at: r, of: table) }
        xml.end()
    }

    private mutating func row(_ row: Row, at r: Int, of table: Table) {
        xml.start("w:tr")
        let rowKey = WordPropertyCache.RowKey(layout: row.layout, isHeader: row.isHeader)
        if let bytes = cache.rows[rowKey] {
            // Nothing at all for a row without properties (its start tag may stay open).
            if !bytes.isEmpty { xml.embed(bytes) }
        } else {
            var trPr: [XMLElement] = []
            if row.cantSplit { trPr.append(XMLElement("w:cantSplit")) }
            if let h = row.minHeight { trPr.append(XMLElement("w:trHeight", [("w:val", String(h.twips)), ("w:hRule", "atLeast")])) }
            if row.isHeader { trPr.append(XMLElement("w:tblHeader")) }
            var one = XMLWriter(capacity: 128)
            one.write("w:trPr", ordered: trPr, by: WordSchemaOrder.trPr)
            let bytes = try! one.finish()  // constants and numbers only
            cache.rows[rowKey] = bytes
            if !bytes.isEmpty { xml.embed(bytes) }
        }

        var c = 0
        let slots = table.grid.slots[r]
        while c < slots.count {
            switch slots[c] {
            case .anchor(let index):
                let cell = row.cells[index]
                cellStart(cell, width: spanTwips(table, c, cell.colSpan),
                          vMerge: cell.rowSpan > 1 ? .restart : nil)
                let paragraphs = cell.paragraphs.isEmpty ? [Paragraph()] : cell.paragraphs
                for p in paragraphs { paragraph(row.keepWithNext ? Self.keepingWithNext(p) : p) }
                xml.embed(Self.cellEnd)
                c += cell.colSpan
            case .covered(let ar, let ac):
                // Only a slot covered from a row above, at the anchor's first column, becomes a
                // continuation cell; slots to the right of an anchor are absorbed by gridSpan.
                let anchorCell: Cell
                if case .anchor(let index) = table.grid.slots[ar][ac] {
                    anchorCell = table.rows[ar].cells[index]
                } else {
                    preconditionFailure("TableGrid points a covered slot at a non-anchor")
                }
                precondition(ar < r && ac == c, "TableGrid slot order broken")
                cellStart(anchorCell, width: spanTwips(table, c, anchorCell.colSpan), vMerge: .continue)
                if row.keepWithNext {
                    paragraph(Self.keepingWithNext(Paragraph()))
                } else {
                    xml.empty("w:p")
                }
                xml.embed(Self.cellEnd)
                c += anchorCell.colSpan
            }
        }
        xml.end()
    }

    /// A row keeps with the next one in Word through `w:keepNext` on its paragraphs; every
    /// paragraph of every cell (continuation cells too) carries it, as Word's own "keep with
    /// next" on selected rows does — LibreOffice reads it from the row's first cell only.
    static func keepingWithNext(_ p: Paragraph) -> Paragraph {
        var kept = p
        kept.properties.keepWithNext = true
        return kept
    }

    /// Column widths in twips, rounded so that they add up to the rounded total: rounding each
    /// on its own could make fifteen 10.4 mm columns 0.1 mm wider than the text block.
    static func twips(_ widths: [Length]) -> [Int] {
        var out: [Int] = []
        var sum = 0.0
        var previous = 0
        for width in widths {
            sum += width.points * 20
            let edge = Int(sum.rounded())
            out.append(edge - previous)
            previous = edge
        }
        return out
    }

    /// The width of `span` columns from `column`, in twips; the table's twips are worked out
    /// once, not once per cell.
    private func spanTwips(_ table: Table, _ column: Int, _ span: Int) -> Int {
        let twips: [Int]
        if let memo = cache.columnTwips, memo.widths == table.columnWidths {
            twips = memo.twips
        } else {
            twips = Self.twips(table.columnWidths)
            cache.columnTwips = (table.columnWidths, twips)
        }
        return twips[column..<(column + span)].reduce(0, +)
    }

    /// `<w:tc>` and its properties, as one cached piece (closed by `cellEnd`, not `end()`:
    /// a table body is mostly cells, and constant bytes cost less than elements kept open).
    private mutating func cellStart(_ cell: Cell, width: Int, vMerge: VerticalMerge?) {
        let key = WordPropertyCache.CellKey(width: width, colSpan: cell.colSpan, vMerge: vMerge,
                                            alignment: cell.verticalAlignment)
        if key == cache.lastCell {
            xml.embed(cache.lastCellBytes)
            return
        }
        if let bytes = cache.cells[key] {
            cache.lastCell = key
            cache.lastCellBytes = bytes
            xml.embed(bytes)
            return
        }
        var tcPr = [XMLElement("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])]
        if cell.colSpan > 1 { tcPr.append(XMLElement("w:gridSpan", [("w:val", String(cell.colSpan))])) }
        switch vMerge {
        case .restart: tcPr.append(XMLElement("w:vMerge", [("w:val", "restart")]))
        case .continue: tcPr.append(XMLElement("w:vMerge"))
        case nil: break
        }
        tcPr.append(XMLElement("w:vAlign", [("w:val", cell.verticalAlignment.rawValue)]))
        let bytes = Self.cellStart + WordPropertyCache.bytes("w:tcPr", tcPr, WordSchemaOrder.tcPr)!  // numbers and constants only
        cache.cells[key] = bytes
        xml.embed(bytes)
    }
}
