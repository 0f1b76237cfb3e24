/// `word/styles.xml`: document defaults and the paragraph styles.
enum StylesPart {
    static func xml(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 8 * 1024)
        xml.declaration()
        xml.start("w:styles", ["xmlns:w": WordNamespace.w])
        xml.start("w:docDefaults")
        xml.start("w:rPrDefault")
        var defaults = WordProperties.run(RunProperties())
        defaults.append(XMLElement("w:lang", [("w:val", "en-US"), ("w:eastAsia", document.properties.language)]))
        xml.write("w:rPr", ordered: defaults, by: WordSchemaOrder.rPr, writeIfEmpty: true)
        xml.end()
        xml.start("w:pPrDefault")
        xml.empty("w:pPr")
        xml.end()
        xml.end()
        for style in document.styles {
            var attributes = [("w:type", "paragraph"), ("w:styleId", style.id)]
            if style.id == document.defaultStyle { attributes.append(("w:default", "1")) }
            var children = [XMLElement("w:name", [("w:val", style.name)])]
            if let base = style.basedOn { children.append(XMLElement("w:basedOn", [("w:val", base)])) }
            if let next = style.next { children.append(XMLElement("w:next", [("w:val", next)])) }
            children.append(XMLElement("w:qFormat"))
            let pPr = WordProperties.paragraph(style.paragraph)
            if !pPr.isEmpty { children.append(ordered("w:pPr", pPr, WordSchemaOrder.pPr)) }
            let rPr = WordProperties.run(style.run)
            if !rPr.isEmpty { children.append(ordered("w:rPr", rPr, WordSchemaOrder.rPr)) }
            xml.write("w:style", attributes: attributes, ordered: children, by: WordSchemaOrder.style)
        }
        return try xml.finish()
    }

    private static func ordered(_ name: String, _ children: [XMLElement], _ order: SchemaOrder) -> XMLElement {
        XMLElement(name, [], children: order.sorted(children, in: name))
    }
}
