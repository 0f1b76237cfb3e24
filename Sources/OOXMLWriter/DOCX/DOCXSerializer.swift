/// Writes a `Document` as a DOCX (ECMA-376 transitional WordprocessingML in an OPC package).
public enum DOCXSerializer {
    /// The package's bytes. Same document, same bytes.
    public static func serialize(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        let footers: [(name: String, id: String, paragraphs: [Paragraph])] =
            [("word/footer1.xml", DocumentPart.oddFooterID, document.section.oddFooter)]
            + (document.section.evenFooter.map { [("word/footer2.xml", DocumentPart.evenFooterID, $0)] } ?? [])
        typealias CT = WordNamespace.ContentType
        typealias RT = WordNamespace.RelationshipType

        var parts: [PackageParts.Part] = [
            .init(name: "word/document.xml", contentType: CT.document),
            .init(name: "word/styles.xml", contentType: CT.styles),
            .init(name: "word/settings.xml", contentType: CT.settings),
            .init(name: "word/fontTable.xml", contentType: CT.fontTable),
        ]
        parts += footers.map { .init(name: $0.name, contentType: CT.footer) }
        parts += [
            .init(name: "docProps/core.xml", contentType: CT.coreProperties),
            .init(name: "docProps/app.xml", contentType: CT.extendedProperties),
        ]

        var zip = ZipWriter()
        zip.add("[Content_Types].xml", PackageParts.contentTypes(parts))
        zip.add("_rels/.rels", PackageParts.relationships([
            .init(id: "rId1", type: RT.officeDocument, target: "word/document.xml"),
            .init(id: "rId2", type: RT.coreProperties, target: "docProps/core.xml"),
            .init(id: "rId3", type: RT.extendedProperties, target: "docProps/app.xml"),
        ]))
        zip.add("word/document.xml", try DocumentPart.xml(document))
        zip.add("word/styles.xml", try StylesPart.xml(document))
        zip.add("word/settings.xml", try SettingsPart.xml(document))
        zip.add("word/fontTable.xml", try FontTablePart.xml(document))
        for footer in footers {
            zip.add(footer.name, try FooterPart.xml(footer.paragraphs))
        }
        zip.add("word/_rels/document.xml.rels", PackageParts.relationships([
            .init(id: "rIdStyles", type: RT.styles, target: "styles.xml"),
            .init(id: "rIdSettings", type: RT.settings, target: "settings.xml"),
            .init(id: "rIdFontTable", type: RT.fontTable, target: "fontTable.xml"),
        ] + footers.map { .init(id: $0.id, type: RT.footer, target: String($0.name.dropFirst("word/".count))) }))
        zip.add("docProps/core.xml", try DocumentPropertiesParts.core(document.properties))
        zip.add("docProps/app.xml", try DocumentPropertiesParts.app(document.properties))
        return zip.finish()
    }
}
