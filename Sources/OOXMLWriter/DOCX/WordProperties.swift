/// Paragraph and run formatting as WordprocessingML property children (unordered; the
/// writer sorts them by `WordSchemaOrder`).
enum WordProperties {
    static func paragraph(_ p: ParagraphProperties, style: String? = nil) -> [XMLElement] {
        var out: [XMLElement] = []
        if let style { out.append(XMLElement("w:pStyle", [("w:val", style)])) }
        if let keep = p.keepWithNext { out.append(onOff("w:keepNext", keep)) }
        if let snap = p.snapToGrid { out.append(onOff("w:snapToGrid", snap)) }
        var spacing: [(String, String)] = []
        if let before = p.spaceBefore { spacing.append(("w:before", String(before.twips))) }
        if let after = p.spaceAfter { spacing.append(("w:after", String(after.twips))) }
        if let line = p.lineHeight {
            spacing.append(("w:line", String(line.twips)))
            spacing.append(("w:lineRule", "exact"))
        }
        if !spacing.isEmpty { out.append(XMLElement("w:spacing", spacing)) }
        var ind: [(String, String)] = []
        if let left = p.leftIndent { ind.append(("w:left", String(left.twips))) }
        if let right = p.rightIndent { ind.append(("w:right", String(right.twips))) }
        if let first = p.firstLineIndent {
            if first.points >= 0 {
                ind.append(("w:firstLine", String(first.twips)))
            } else {
                ind.append(("w:hanging", String(-first.twips)))
            }
        }
        if !ind.isEmpty { out.append(XMLElement("w:ind", ind)) }
        if let a = p.alignment { out.append(XMLElement("w:jc", [("w:val", jc(a))])) }
        if let level = p.outlineLevel { out.append(XMLElement("w:outlineLvl", [("w:val", String(level - 1))])) }
        return out
    }

    static func run(_ r: RunProperties) -> [XMLElement] {
        var out: [XMLElement] = []
        var fonts: [(String, String)] = []
        if let latin = r.latinFont {
            fonts.append(("w:ascii", latin))
            fonts.append(("w:hAnsi", latin))
        }
        if let ea = r.eastAsianFont { fonts.append(("w:eastAsia", ea)) }
        if let latin = r.latinFont { fonts.append(("w:cs", latin)) }
        if !fonts.isEmpty { out.append(XMLElement("w:rFonts", fonts)) }
        if let bold = r.bold {
            out.append(onOff("w:b", bold))
            out.append(onOff("w:bCs", bold))
        }
        if let spacing = r.letterSpacing { out.append(XMLElement("w:spacing", [("w:val", String(spacing.twips))])) }
        if let size = r.size {
            out.append(XMLElement("w:sz", [("w:val", String(size.halfPoints))]))
            out.append(XMLElement("w:szCs", [("w:val", String(size.halfPoints))]))
        }
        return out
    }

    static func jc(_ a: ParagraphProperties.Alignment) -> String {
        switch a {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justify: return "both"
        }
    }

    /// On/off elements are written bare when on (the schema's default) and with val 0 when off.
    static func onOff(_ name: String, _ on: Bool) -> XMLElement {
        on ? XMLElement(name) : XMLElement(name, [("w:val", "0")])
    }
}
