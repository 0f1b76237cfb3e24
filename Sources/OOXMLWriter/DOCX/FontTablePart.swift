/// `word/fontTable.xml`: each font with a fallback name, character set, family and pitch,
/// so Word substitutes sensibly where the official font is missing.
enum FontTablePart {
    static func xml(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 2048)
        xml.declaration()
        xml.start("w:fonts", ["xmlns:w": WordNamespace.w])
        for font in document.fonts {
            var children: [XMLElement] = []
            if let alt = font.fallbacks.first { children.append(XMLElement("w:altName", [("w:val", alt)])) }
            if let panose = font.panose { children.append(XMLElement("w:panose1", [("w:val", panose)])) }
            // 86 is GB2312_CHARSET; 00 ANSI.
            children.append(XMLElement("w:charset", [("w:val", font.eastAsian ? "86" : "00")]))
            children.append(XMLElement("w:family", [("w:val", family(font))]))
            children.append(XMLElement("w:pitch", [("w:val", font.fixedPitch ? "fixed" : "variable")]))
            xml.write("w:font", attributes: [("w:name", font.name)], ordered: children, by: WordSchemaOrder.font,
                      writeIfEmpty: true)
        }
        return try xml.finish()
    }

    /// Word's family classification. CJK faces are "modern" in Windows' own font tables
    /// (their ideographs are fixed-pitch), which is also how Word substitutes them.
    static func family(_ font: FontFace) -> String {
        if font.eastAsian { return "modern" }
        switch font.look {
        case .serif: return "roman"
        case .sans: return "swiss"
        case .script: return "script"
        case .monospace: return "modern"
        case .decorative: return "decorative"
        }
    }
}
