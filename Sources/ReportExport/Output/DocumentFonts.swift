import OOXMLWriter

extension Document {
    /// The East Asian font names text of this document is set in: each paragraph's style (and the
    /// styles it is based on), then its runs' own choices; footers included. A face named in the
    /// font table but used by no text is not in it, so a print is never blamed for a face it
    /// had no reason to embed.
    public var eastAsianFontsInUse: Set<String> {
        let styles = Dictionary(styles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A style without a font of its own takes its parent's; the chain ends at the default style.
        func styleFont(_ id: String?) -> String? {
            var next: String? = id ?? defaultStyle
            var seen = Set<String>()
            while let current = next, seen.insert(current).inserted, let style = styles[current] {
                if let font = style.run.eastAsianFont { return font }
                next = style.basedOn ?? (current == defaultStyle ? nil : defaultStyle)
            }
            return nil
        }
        var used = Set<String>()
        func visit(_ paragraph: Paragraph) {
            let inherited = styleFont(paragraph.style)
            for run in paragraph.runs {
                if case .text(let text) = run.content, text.isEmpty { continue }
                if let font = run.properties.eastAsianFont ?? inherited { used.insert(font) }
            }
        }
        for block in body {
            switch block {
            case .paragraph(let paragraph): visit(paragraph)
            case .table(let table): for row in table.rows { for cell in row.cells { cell.paragraphs.forEach(visit) } }
            }
        }
        section.oddFooter.forEach(visit)
        section.evenFooter?.forEach(visit)
        return used
    }
}
