/// Writes paragraphs and tables as ODF text content (`text:p`, `text:h`, `table:table`),
/// collecting the automatic styles they need. Shared by content.xml and the footers.
struct ODFBlockWriter {
    var xml: XMLWriter
    var styles: AutomaticStyles
    let document: Document
    /// Prefix of automatic style names, distinct per part (content and styles.xml share a namespace).
    let prefix: String
    private var tableCount = 0
    /// The master page the first paragraph starts, if any.
    var masterPage: String?
    /// Style names already chosen for formatting seen before, and each named style's outline
    /// level: looked up per paragraph and cell, so kept in dictionaries.
    private let memo = Memo()
    private let outlineLevels: [String: Int]

    private final class Memo {
        var paragraphs: [ParagraphProperties: [String: String]] = [:]
        var runs: [RunProperties: String] = [:]
        var cells: [Cell.VerticalAlignment: String] = [:]
        var rows: [Row.Layout: String] = [:]
        // The last lookups, which the next paragraph, row or cell usually repeats.
        var lastRow: (Row.Layout, String)?
        var lastCell: (Cell.VerticalAlignment, String)?
        var lastRun: (RunProperties, String)?
        // The last few paragraphs' styles and outline levels (a row alternates between a
        // label's and a number's paragraph; comparing costs less than hashing).
        var recentParagraphs: [(properties: ParagraphProperties, base: String, name: String)] = []
        var recentLevels: [(base: String, level: Int?)] = []
        static let recentCount = 4
        // Start tags written once per style and reused (see `XMLWriter.start(_:)`).
        var paragraphTags: [String: OpenTag] = [:]
        var lastParagraphTag: (String, OpenTag)?
        var spanTags: [String: OpenTag] = [:]
        var cellTags: [CellTagKey: OpenTag] = [:]
        var rowTags: [String: OpenTag] = [:]
        var columns: [Length: String] = [:]

        struct CellTagKey: Hashable {
            let style: String
            let colSpan: Int
            let rowSpan: Int
        }

        /// The start tag of `name` with these attributes, made on first use; nil when a value
        /// holds a character XML forbids (the caller then writes it the long way, which
        /// records the error).
        static func tag(_ cache: inout [String: OpenTag], _ key: String, _ name: String, _ attributes: [(String, String)]) -> OpenTag? {
            if let known = cache[key] { return known }
            let made = XMLWriter.openTag(name, attributes)
            guard made.clean else { return nil }
            cache[key] = made
            return made
        }

        func recentParagraph(_ properties: ParagraphProperties, _ base: String) -> String? {
            for entry in recentParagraphs where entry.base == base && entry.properties == properties { return entry.name }
            return nil
        }

        func rememberParagraph(_ properties: ParagraphProperties, _ base: String, _ name: String) {
            if recentParagraphs.count == Self.recentCount { recentParagraphs.removeFirst() }
            recentParagraphs.append((properties, base, name))
        }

        /// `.some(nil)` for a base seen with no outline level, nil for one not seen lately.
        func recentLevel(_ base: String) -> Int?? {
            for entry in recentLevels where entry.base == base { return .some(entry.level) }
            return nil
        }

        func rememberLevel(_ base: String, _ level: Int?) {
            if recentLevels.count == Self.recentCount { recentLevels.removeFirst() }
            recentLevels.append((base, level))
        }
    }

    init(document: Document, prefix: String, capacity: Int) {
        self.init(document: document, prefix: prefix, xml: XMLWriter(capacity: capacity))
    }

    init(document: Document, prefix: String, xml: XMLWriter) {
        self.document = document
        self.prefix = prefix
        self.xml = xml
        styles = AutomaticStyles()
        var levels: [String: Int] = [:]
        for style in document.styles { if let level = style.paragraph.outlineLevel { levels[style.id] = level } }
        outlineLevels = levels
    }

    mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let p): paragraph(p)
        case .table(let t): table(t)
        }
    }

    mutating func paragraph(_ p: Paragraph) {
        let base = p.style ?? document.defaultStyle
        var styleName = base
        if let master = masterPage {
            // The first paragraph starts the master page: a style of its own, never shared.
            let props = ODFProperties.paragraph(p.properties)
            styleName = styles.name(prefix: prefix + "P", family: "paragraph",
                                    attributes: [("style:parent-style-name", base), ("style:master-page-name", master)],
                                    children: props.isEmpty ? [] : [XMLElement("style:paragraph-properties", props)])
            masterPage = nil
        } else if !p.properties.isEmpty {
            // Cells of a row alternate between a few paragraphs: compare before hashing.
            if let known = memo.recentParagraph(p.properties, base) {
                styleName = known
            } else if let known = memo.paragraphs[p.properties]?[base] {
                styleName = known
                memo.rememberParagraph(p.properties, base, known)
            } else {
                styleName = styles.name(prefix: prefix + "P", family: "paragraph", attributes: [("style:parent-style-name", base)],
                                        children: [XMLElement("style:paragraph-properties", ODFProperties.paragraph(p.properties))])
                memo.paragraphs[p.properties, default: [:]][base] = styleName
                memo.rememberParagraph(p.properties, base, styleName)
            }
        }
        let level: Int?
        if let known = memo.recentLevel(base) {
            level = known
        } else {
            level = outlineLevels[base]
            memo.rememberLevel(base, level)
        }
        if let level {
            xml.start("text:h")
            xml.attribute("text:style-name", styleName)
            xml.attribute("text:outline-level", String(level))
        } else if let last = memo.lastParagraphTag, last.0 == styleName {
            xml.start(last.1)
        } else if let tag = Memo.tag(&memo.paragraphTags, styleName, "text:p", [("text:style-name", styleName)]) {
            memo.lastParagraphTag = (styleName, tag)
            xml.start(tag)
        } else {
            xml.start("text:p")
            xml.attribute("text:style-name", styleName)
        }
        for run in p.runs { self.run(run) }
        xml.end()
    }

    mutating func run(_ run: Run) {
        var span = false
        if !run.properties.isEmpty {
            let name: String
            if let last = memo.lastRun, last.0 == run.properties {
                name = last.1
            } else if let known = memo.runs[run.properties] {
                name = known
                memo.lastRun = (run.properties, known)
            } else {
                name = styles.name(prefix: prefix + "T", family: "text", attributes: [],
                                   children: [XMLElement("style:text-properties", ODFProperties.text(run.properties))])
                memo.runs[run.properties] = name
                memo.lastRun = (run.properties, name)
            }
            if let tag = Memo.tag(&memo.spanTags, name, "text:span", [("text:style-name", name)]) {
                xml.start(tag)
            } else {
                xml.start("text:span")
                xml.attribute("text:style-name", name)
            }
            span = true
        }
        switch run.content {
        case .text(let text): self.text(text)
        case .lineBreak: xml.empty("text:line-break")
        case .pageNumber: xml.element("text:page-number", ["text:select-page": "current"], text: "1")
        }
        if span { xml.end() }
    }

    /// ODF collapses white space: a second space in a row, a leading space, tabs and line
    /// breaks have elements of their own.
    mutating func text(_ text: String) {
        // Scanned as bytes: Character iteration would cost more than the writing.
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) else {
            xml.text(text)
            return
        }
        var pending = ""
        var spaces = 0
        var atStart = true
        func flushSpaces(_ xml: inout XMLWriter) {
            guard spaces > 0 else { return }
            var literal = 0
            if !atStart { pending.append(" "); literal = 1 }
            if !pending.isEmpty { xml.text(pending); pending = "" }
            let rest = spaces - literal
            if rest == 1 { xml.empty("text:s") } else if rest > 1 { xml.empty("text:s", ["text:c": String(rest)]) }
            spaces = 0
        }
        for ch in text {
            switch ch {
            case " ":
                spaces += 1
            case "\t", "\n":
                flushSpaces(&xml)
                if !pending.isEmpty { xml.text(pending); pending = "" }
                xml.empty(ch == "\t" ? "text:tab" : "text:line-break")
                atStart = true
            default:
                flushSpaces(&xml)
                pending.append(ch)
                atStart = false
            }
        }
        atStart = atStart && pending.isEmpty
        flushSpaces(&xml)
        if !pending.isEmpty { xml.text(pending) }
    }

    mutating func table(_ table: Table) {
        tableCount += 1
        let tableStyle = styles.name(prefix: prefix + "Tbl", family: "table", attributes: [], children: [
            XMLElement("style:table-properties", [
                ("style:width", table.width.odfMillimetres), ("table:align", "center"), ("table:border-model", "collapsing"),
            ]),
        ])
        xml.start("table:table", ["table:name": "Table\(tableCount)", "table:style-name": tableStyle])
        memo.cells = [:]
        memo.lastCell = nil
        for width in table.columnWidths {
            // Tables share most column widths: one lookup instead of a style built and hashed.
            let name: String
            if let known = memo.columns[width] {
                name = known
            } else {
                name = styles.name(prefix: prefix + "Col", family: "table-column", attributes: [], children: [
                    XMLElement("style:table-column-properties", [("style:column-width", width.odfMillimetres)]),
                ])
                memo.columns[width] = name
            }
            xml.empty("table:table-column", ["table:style-name": name])
        }
        let headerCount = table.rows.prefix { $0.isHeader }.count
        if headerCount > 0 { xml.start("table:table-header-rows") }
        for (r, row) in table.rows.enumerated() {
            if r == headerCount && headerCount > 0 { xml.end() }
            self.row(row, at: r, of: table)
        }
        if headerCount == table.rows.count && headerCount > 0 { xml.end() }
        xml.end()
    }

    private mutating func rowStyle(_ row: Row) -> String {
        if let last = memo.lastRow, last.0 == row.layout { return last.1 }
        if let known = memo.rows[row.layout] {
            memo.lastRow = (row.layout, known)
            return known
        }
        var props: [(String, String)] = []
        if let h = row.minHeight { props.append(("style:min-row-height", h.odfMillimetres)) }
        // keep-together "always": the row is never split across pages.
        props.append(("fo:keep-together", row.cantSplit ? "always" : "auto"))
        let name = styles.name(prefix: prefix + "Row", family: "table-row", attributes: [],
                               children: [XMLElement("style:table-row-properties", props)])
        memo.rows[row.layout] = name
        return name
    }

    /// Cell styles depend on the table's padding and border too; one table style set per
    /// document is what the layout makes, so the memo is cleared per table.
    private mutating func cellStyle(_ cell: Cell, _ table: Table) -> String {
        if let last = memo.lastCell, last.0 == cell.verticalAlignment { return last.1 }
        if let known = memo.cells[cell.verticalAlignment] {
            memo.lastCell = (cell.verticalAlignment, known)
            return known
        }
        let name = styles.name(prefix: prefix + "Cell", family: "table-cell", attributes: [], children: [
            XMLElement("style:table-cell-properties", [
                ("style:vertical-align", cell.verticalAlignment == .center ? "middle" : cell.verticalAlignment.rawValue),
                ("fo:padding-top", "0pt"), ("fo:padding-bottom", "0pt"),
                ("fo:padding-left", table.cellPadding.odfPoints), ("fo:padding-right", table.cellPadding.odfPoints),
                ("fo:border", "\(table.borderWidth.odfPoints) solid #000000"),
            ]),
        ])
        memo.cells[cell.verticalAlignment] = name
        return name
    }

    /// ODF has no keep-with-next for table rows (ODF 1.3 §17.17 lists none), only for
    /// paragraphs: a row keeps with the next through `fo:keep-with-next` on its cells'
    /// paragraphs — LibreOffice reads it from the row's first cell.
    static func keepingWithNext(_ p: Paragraph) -> Paragraph {
        var kept = p
        kept.properties.keepWithNext = true
        return kept
    }

    static let coveredCell = Array("<table:covered-table-cell/>".utf8)

    /// Opens `table:table-cell` with its style and spans, from a start tag made once per
    /// combination (a table has a handful).
    private mutating func cellStart(_ style: String, colSpan: Int, rowSpan: Int) {
        let key = Memo.CellTagKey(style: style, colSpan: colSpan, rowSpan: rowSpan)
        if let tag = memo.cellTags[key] { return xml.start(tag) }
        var attributes = [("table:style-name", style)]
        if colSpan > 1 { attributes.append(("table:number-columns-spanned", String(colSpan))) }
        if rowSpan > 1 { attributes.append(("table:number-rows-spanned", String(rowSpan))) }
        let tag = XMLWriter.openTag("table:table-cell", attributes)
        if tag.clean {
            memo.cellTags[key] = tag
            xml.start(tag)
        } else {
            xml.start("table:table-cell", attributes: attributes)
        }
    }

    private mutating func row(_ row: Row, at r: Int, of table: Table) {
        let rowStyle = rowStyle(row)
        if let tag = Memo.tag(&memo.rowTags, rowStyle, "table:table-row", [("table:style-name", rowStyle)]) {
            xml.start(tag)
        } else {
            xml.start("table:table-row")
            xml.attribute("table:style-name", rowStyle)
        }
        for slot in table.grid.slots[r] {
            switch slot {
            case .anchor(let index):
                let cell = row.cells[index]
                let cellStyle = cellStyle(cell, table)
                cellStart(cellStyle, colSpan: cell.colSpan, rowSpan: cell.rowSpan)
                if cell.paragraphs.isEmpty {
                    paragraph(row.keepWithNext ? Self.keepingWithNext(Paragraph()) : Paragraph())
                }
                for p in cell.paragraphs {
                    paragraph(row.keepWithNext ? Self.keepingWithNext(p) : p)
                }
                xml.end()
            case .covered:
                xml.embed(Self.coveredCell)
            }
        }
        xml.end()
    }
}
