/// `word/footerN.xml`: one footer's paragraphs.
enum FooterPart {
    static func xml(_ paragraphs: [Paragraph]) throws(XMLCharacterError) -> [UInt8] {
        var blocks = WordBlockWriter(xml: XMLWriter(capacity: 1024))
        blocks.xml.declaration()
        blocks.xml.start("w:ftr", ["xmlns:w": WordNamespace.w, "xmlns:r": WordNamespace.r])
        // A footer must hold at least one block.
        for p in paragraphs.isEmpty ? [Paragraph()] : paragraphs { blocks.paragraph(p) }
        return try blocks.xml.finish()
    }
}
