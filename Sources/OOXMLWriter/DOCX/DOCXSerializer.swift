/// Writes a `Document` as a DOCX (ECMA-376 transitional WordprocessingML in an OPC package).
public enum DOCXSerializer {
    typealias CT = WordNamespace.ContentType
    typealias RT = WordNamespace.RelationshipType

    /// The package's bytes. Same document, same bytes. Parts that depend only on the
    /// document's frame come from `shared` when it was made for the same frame.
    public static func serialize(_ document: Document, shared: SharedParts? = nil) throws(XMLCharacterError) -> [UInt8] {
        let frameParts = try SharedParts.reusing(shared, for: document, else: sharedParts(for:))
        var zip = ZipWriter()
        for name in order(document) {
            switch name {
            case "word/document.xml":
                let body = try DocumentPart.xml(document)
                zip.add(name, body)
                ScratchBuffers.forCurrentThread().give(body)
            case "docProps/core.xml": zip.add(name, try DocumentPropertiesParts.core(document.properties))
            default: zip.add(frameParts.entries[name]!)
            }
        }
        return zip.finish()
    }

    /// The parts built from the frame alone, compressed: build once, pass to every `serialize`.
    public static func sharedParts(for document: Document) throws(XMLCharacterError) -> SharedParts {
        let footers = footerParts(document)
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
        var entries: [String: ZipEntry] = [:]
        func add(_ name: String, _ bytes: [UInt8]) { entries[name] = ZipEntry(name: name, data: bytes) }
        add("[Content_Types].xml", PackageParts.contentTypes(parts))
        add("_rels/.rels", PackageParts.relationships([
            .init(id: "rId1", type: RT.officeDocument, target: "word/document.xml"),
            .init(id: "rId2", type: RT.coreProperties, target: "docProps/core.xml"),
            .init(id: "rId3", type: RT.extendedProperties, target: "docProps/app.xml"),
        ]))
        add("word/styles.xml", try StylesPart.xml(document))
        add("word/settings.xml", try SettingsPart.xml(document))
        add("word/fontTable.xml", try FontTablePart.xml(document))
        for footer in footers { add(footer.name, try FooterPart.xml(footer.paragraphs)) }
        add("word/_rels/document.xml.rels", PackageParts.relationships([
            .init(id: "rIdStyles", type: RT.styles, target: "styles.xml"),
            .init(id: "rIdSettings", type: RT.settings, target: "settings.xml"),
            .init(id: "rIdFontTable", type: RT.fontTable, target: "fontTable.xml"),
        ] + footers.map { .init(id: $0.id, type: RT.footer, target: String($0.name.dropFirst("word/".count))) }))
        add("docProps/app.xml", try DocumentPropertiesParts.app(document.properties))
        return SharedParts(frame: DocumentFrame(document), entries: entries)
    }

    /// Entry order in the package: the content types first, as OPC readers expect.
    static func order(_ document: Document) -> [String] {
        ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
         "word/fontTable.xml"] + footerParts(document).map(\.name)
            + ["word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"]
    }

    static func footerParts(_ document: Document) -> [(name: String, id: String, paragraphs: [Paragraph])] {
        [("word/footer1.xml", DocumentPart.oddFooterID, document.section.oddFooter)]
            + (document.section.evenFooter.map { [("word/footer2.xml", DocumentPart.evenFooterID, $0)] } ?? [])
    }
}
