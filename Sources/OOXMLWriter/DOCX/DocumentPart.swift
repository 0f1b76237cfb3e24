/// `word/document.xml`: the body and the section's page setup.
enum DocumentPart {
    static let oddFooterID = "rIdFooterOdd"
    static let evenFooterID = "rIdFooterEven"

    static func xml(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        var blocks = WordBlockWriter(xml: XMLWriter(buffer: ScratchBuffers.forCurrentThread().take(capacity: 96 * 1024)))
        blocks.xml.declaration()
        blocks.xml.start("w:document", ["xmlns:w": WordNamespace.w, "xmlns:r": WordNamespace.r])
        blocks.xml.start("w:body")
        for block in document.body { blocks.block(block) }
        blocks.xml.write("w:sectPr", ordered: sectionProperties(document.section), by: WordSchemaOrder.sectPr)
        return try blocks.xml.finishTaking()
    }

    static func sectionProperties(_ s: Section) -> [XMLElement] {
        var out = [XMLElement("w:footerReference", [("w:type", "default"), ("r:id", oddFooterID)])]
        if s.evenFooter != nil {
            out.append(XMLElement("w:footerReference", [("w:type", "even"), ("r:id", evenFooterID)]))
        }
        out.append(XMLElement("w:pgSz", [("w:w", String(s.pageWidth.twips)), ("w:h", String(s.pageHeight.twips))]))
        out.append(XMLElement("w:pgMar", [
            ("w:top", String(s.marginTop.twips)), ("w:right", String(s.marginRight.twips)),
            ("w:bottom", String(s.marginBottom.twips)), ("w:left", String(s.marginLeft.twips)),
            ("w:header", String(Length.mm(15).twips)), ("w:footer", String(s.footerDistance.twips)),
            ("w:gutter", "0"),
        ]))
        out.append(XMLElement("w:cols", [("w:space", "425")]))
        if let pitch = s.linePitch {
            // A line-only grid: LibreOffice mis-lays Word's character grid (see print.md).
            out.append(XMLElement("w:docGrid", [("w:type", "lines"), ("w:linePitch", String(pitch.twips))]))
        }
        return out
    }
}
