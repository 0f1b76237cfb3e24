/// The paragraph styles a document defines and what each sets, read back from the markup each
/// serializer writes (DOCX `word/styles.xml`, ODT `styles.xml`'s `office:styles`), so two
/// renders can be compared style by style.
public enum StyleReading {
    public enum Property: Sendable, Hashable, CaseIterable {
        case fontSize, eastAsianFont, latinFont, letterSpacing, bold, lineHeight, firstLineIndent, alignment
    }

    /// A style by its id, with its display name and the properties it sets.
    public struct Style: Sendable, Equatable {
        public let id: String
        public let name: String
        public let properties: [Property: ReadValue]
    }

    /// Every `w:style` of a `word/styles.xml`, in document order; sizes from half-points,
    /// other lengths from twips (a size or length that is not a whole number is left out).
    public static func word(_ root: XMLNode) -> [Style] {
        let w = WordNamespace.w
        return root.children("style", namespace: w).map { s in
            let id = s.attribute("styleId", namespace: w) ?? ""
            let name = s.child("name", namespace: w)?.attribute("val", namespace: w) ?? id
            let rPr = s.child("rPr", namespace: w), pPr = s.child("pPr", namespace: w)
            func raw(_ node: XMLNode?, _ child: String, _ attribute: String = "val") -> String? {
                node?.child(child, namespace: w)?.attribute(attribute, namespace: w)
            }
            func whole(_ raw: String?, _ length: (Double) -> Length) -> ReadValue? {
                raw.flatMap { Int($0) }.map { .length(length(Double($0))) }
            }
            let properties: [Property: ReadValue?] = [
                .fontSize: whole(raw(rPr, "sz"), Length.init(halfPoints:)),
                .eastAsianFont: raw(rPr, "rFonts", "eastAsia").map(ReadValue.text),
                .latinFont: raw(rPr, "rFonts", "ascii").map(ReadValue.text),
                .letterSpacing: whole(raw(rPr, "spacing"), Length.init(twips:)),
                .bold: rPr?.child("b", namespace: w).map { .flag($0.attribute("val", namespace: w) != "0") },
                .lineHeight: whole(raw(pPr, "spacing", "line"), Length.init(twips:)),
                .firstLineIndent: whole(raw(pPr, "ind", "firstLine"), Length.init(twips:)),
                .alignment: raw(pPr, "jc").map(ReadValue.text),
            ]
            return Style(id: id, name: name, properties: properties.compactMapValues { $0 })
        }
    }

    /// Every `style:style` of an ODF `styles.xml`'s `office:styles`, in document order, with
    /// the properties as written.
    public static func odf(_ root: XMLNode) -> [Style] {
        let style = ODFNamespace.style, fo = ODFNamespace.fo
        guard let named = root.child("styles", namespace: ODFNamespace.office) else { return [] }
        return named.children("style", namespace: style).map { s in
            let id = s.attribute("name", namespace: style) ?? ""
            let name = s.attribute("display-name", namespace: style) ?? id
            let t = s.child("text-properties", namespace: style), p = s.child("paragraph-properties", namespace: style)
            let properties: [Property: String?] = [
                .fontSize: t?.attribute("font-size", namespace: fo),
                .eastAsianFont: t?.attribute("font-name-asian", namespace: style),
                .latinFont: t?.attribute("font-name", namespace: style),
                .letterSpacing: t?.attribute("letter-spacing", namespace: fo),
                .bold: t?.attribute("font-weight", namespace: fo),
                .lineHeight: p?.attribute("line-height", namespace: fo),
                .firstLineIndent: p?.attribute("text-indent", namespace: fo),
                .alignment: p?.attribute("text-align", namespace: fo),
            ]
            return Style(id: id, name: name, properties: properties.compactMapValues { $0.map(ReadValue.text) })
        }
    }
}
