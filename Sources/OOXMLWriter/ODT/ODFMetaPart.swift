/// `meta.xml`: generator, title, author, language. No dates, so output is reproducible.
enum ODFMetaPart {
    static func xml(_ p: DocumentProperties) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 1024)
        xml.declaration(standalone: false)
        xml.start("office:document-meta", attributes: [
            ("xmlns:office", ODFNamespace.office), ("xmlns:meta", ODFNamespace.meta), ("xmlns:dc", ODFNamespace.dc),
            ("office:version", ODFNamespace.version),
        ])
        xml.start("office:meta")
        xml.element("meta:generator", text: p.generator)
        xml.element("dc:title", text: p.title)
        if let subject = p.subject { xml.element("dc:subject", text: subject) }
        xml.element("meta:initial-creator", text: p.creator)
        xml.element("dc:creator", text: p.creator)
        xml.element("dc:language", text: p.language)
        return try xml.finish()
    }
}
