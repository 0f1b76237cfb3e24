/// `content.xml`: the body, with the automatic styles its direct formatting needs.
enum ODFContentPart {
    static func xml(_ document: Document, masterPage: String) throws(XMLCharacterError) -> [UInt8] {
        let scratch = ScratchBuffers.forCurrentThread()
        var body = ODFBlockWriter(document: document, prefix: "", xml: XMLWriter(buffer: scratch.take(capacity: 96 * 1024)))
        body.masterPage = masterPage
        for block in document.body { body.block(block) }
        let bodyBytes = try body.xml.finishTaking()
        defer { scratch.give(bodyBytes) }

        var xml = XMLWriter(buffer: scratch.take(capacity: bodyBytes.count + 8 * 1024))
        xml.declaration(standalone: false)
        xml.start("office:document-content", attributes: ODFNamespace.rootDeclarations + [("office:version", ODFNamespace.version)])
        FontFaceDecls.write(document.fonts, into: &xml)
        xml.start("office:automatic-styles")
        body.styles.write(into: &xml)
        xml.end()
        xml.start("office:body")
        xml.start("office:text")
        // The body was written first: its automatic styles had to be known before it.
        xml.embed(bodyBytes)
        return try xml.finishTaking()
    }
}
