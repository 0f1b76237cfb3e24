/// The CSS of a page, built from the document's styles, fonts and page: one class per
/// paragraph style (`s-<id>`), every rule under `.gk` so a portal's own styles and the report's
/// leave each other alone. Lengths stay in the document's points (and the page's millimetres
/// for print), never pixels.
struct HTMLStyleSheet {
    let document: Document

    /// The rules the fragment carries: styles, tables, the scrolling wrapper, print.
    var report: String {
        var css = ".gk{color:#000;background:#fff}"
        css += ".gk h1,.gk h2,.gk h3,.gk h4,.gk h5,.gk h6,.gk p{margin:0;font-weight:normal}"
        for style in document.styles { css += rule(style) }
        css += ".gk-scroll{overflow-x:auto;max-width:100%}"
        css += ".gk table{border-collapse:collapse;table-layout:fixed;margin:0 auto}"
        for (index, grid) in gridStyles.enumerated() {
            let border = Length.trim(grid.border.points) + "pt"
            let padding = Length.trim(grid.padding.points) + "pt"
            css += ".gk .gk-grid\(index + 1) th,.gk .gk-grid\(index + 1) td{border:\(border) solid #000;padding:0 \(padding);vertical-align:middle;overflow-wrap:anywhere}"
        }
        css += ".gk td.gk-num{text-align:right;font-variant-numeric:tabular-nums}"
        // The caption is for screen readers and table navigation: the heading before the
        // table already says it on screen and on paper.
        css += ".gk caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
        css += "@media print{.gk-scroll{overflow:visible}.gk table{min-width:0!important}"
        css += ".gk thead{display:table-header-group}.gk tr{break-inside:avoid;page-break-inside:avoid}"
        css += ".gk h1,.gk h2,.gk h3,.gk h4,.gk h5,.gk h6{break-after:avoid;page-break-after:avoid}}"
        return css
    }

    /// The page's own rules: the text column on screen, the sheet and its margins in print.
    var page: String {
        let s = document.section
        let isA4 = abs(s.pageWidth.millimetres - 210) < 0.5 && abs(s.pageHeight.millimetres - 297) < 0.5
        let size = isA4 ? "A4" : mm(s.pageWidth) + " " + mm(s.pageHeight)
        var css = "html{background:#fff}"
        css += "body{margin:0 auto;padding:12pt;max-width:\(pt(s.textWidth))}"
        css += "@page{size:\(size);margin:\(mm(s.marginTop)) \(mm(s.marginRight)) \(mm(s.marginBottom)) \(mm(s.marginLeft))}"
        css += "@media print{body{padding:0;max-width:none}}"
        return css + report
    }

    /// Distinct (border, padding) pairs of the tables, in order of first use.
    var gridStyles: [(border: Length, padding: Length)] {
        var seen: [(border: Length, padding: Length)] = []
        for case .table(let t) in document.body where !seen.contains(where: { $0.border == t.borderWidth && $0.padding == t.cellPadding }) {
            seen.append((t.borderWidth, t.cellPadding))
        }
        return seen
    }

    func gridClass(_ table: Table) -> String {
        let index = gridStyles.firstIndex { $0.border == table.borderWidth && $0.padding == table.cellPadding } ?? 0
        return "gk-grid\(index + 1)"
    }

    private func rule(_ style: ParagraphStyle) -> String {
        var declarations = Self.declarations(style.paragraph)
        declarations += run(style.run)
        if style.paragraph.keepWithNext == true { declarations.append("break-after:avoid") }
        return ".gk .s-\(Self.identifier(style.id)){\(declarations.joined(separator: ";"))}"
    }

    /// CSS for a run's formatting (also written inline on a run that differs from its style).
    func run(_ r: RunProperties) -> [String] {
        var out: [String] = []
        if r.latinFont != nil || r.eastAsianFont != nil { out.append("font-family:" + family(latin: r.latinFont, eastAsian: r.eastAsianFont)) }
        if let size = r.size { out.append("font-size:" + pt(size)) }
        if let bold = r.bold { out.append("font-weight:" + (bold ? "bold" : "normal")) }
        if let spacing = r.letterSpacing { out.append("letter-spacing:" + pt(spacing)) }
        return out
    }

    static func declarations(_ p: ParagraphProperties) -> [String] {
        var out: [String] = []
        if let a = p.alignment { out.append("text-align:" + a.rawValue) }
        if let v = p.firstLineIndent { out.append("text-indent:" + pt(v)) }
        if let v = p.leftIndent { out.append("margin-left:" + pt(v)) }
        if let v = p.rightIndent { out.append("margin-right:" + pt(v)) }
        if let v = p.spaceBefore { out.append("margin-top:" + pt(v)) }
        if let v = p.spaceAfter { out.append("margin-bottom:" + pt(v)) }
        if let v = p.lineHeight { out.append("line-height:" + pt(v)) }
        return out
    }

    /// The Latin face first (CSS picks per character, so digits and letters take it and CJK
    /// falls through to the East Asian face), each with its fallbacks, then a generic family.
    private func family(latin: String?, eastAsian: String?) -> String {
        var names: [String] = []
        var generic = "serif"
        for name in [latin, eastAsian].compactMap({ $0 }) {
            let face = document.fonts.first { $0.name == name }
            for n in [name] + (face?.fallbacks ?? []) where !names.contains(n) { names.append(n) }
            if let face { generic = Self.generic(face.look) }
        }
        return (names.map(Self.quoted) + [generic]).joined(separator: ",")
    }

    static func generic(_ look: FontFace.Look) -> String {
        switch look {
        case .sans: return "sans-serif"
        case .monospace: return "monospace"
        case .serif, .script, .decorative: return "serif"
        }
    }

    /// A CSS string: quotes and backslashes escaped, and `<` as a code point so no font name
    /// can close the `<style>` element.
    static func quoted(_ s: String) -> String {
        var out = "'"
        for c in s.unicodeScalars {
            switch c {
            case "'", "\\": out += "\\" + String(c)
            case "<": out += "\\3c "
            case "\n", "\r", "\u{C}": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "'"
    }

    /// A style id as a class name: ASCII letters, digits, `-` and `_` kept, anything else `_`.
    static func identifier(_ id: String) -> String {
        String(id.unicodeScalars.map { c -> Character in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")) ? Character(c) : "_"
        })
    }

    static func pt(_ l: Length) -> String { Length.trim(l.points) + "pt" }
    func pt(_ l: Length) -> String { Self.pt(l) }
    func mm(_ l: Length) -> String { Length.trim(l.millimetres) + "mm" }
}
