/// `docProps/core.xml` and `docProps/app.xml`. No creation or modification time: the
/// document's bytes depend on its content only.
enum DocumentPropertiesParts {
    static func core(_ p: DocumentProperties) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 1024)
        xml.declaration()
        xml.start("cp:coreProperties", [
            "xmlns:cp": WordNamespace.coreProperties, "xmlns:dc": WordNamespace.dc,
            "xmlns:dcterms": WordNamespace.dcterms,
        ])
        xml.element("dc:title", text: p.title)
        if let subject = p.subject { xml.element("dc:subject", text: subject) }
        xml.element("dc:creator", text: p.creator)
        xml.element("dc:language", text: p.language)
        return try xml.finish()
    }

    static func app(_ p: DocumentProperties) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 512)
        xml.declaration()
        xml.start("Properties", ["xmlns": WordNamespace.extendedProperties])
        xml.element("Application", text: p.generator)
        return try xml.finish()
    }
}
