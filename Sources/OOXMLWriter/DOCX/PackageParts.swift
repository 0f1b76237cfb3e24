/// The OPC plumbing of a DOCX: content types and the two relationship parts.
enum PackageParts {
    struct Part {
        let name: String
        let contentType: String
    }

    static func contentTypes(_ parts: [Part]) -> [UInt8] {
        var xml = XMLWriter(capacity: 2048)
        xml.declaration()
        xml.start("Types", ["xmlns": WordNamespace.contentTypes])
        xml.empty("Default", ["Extension": "rels", "ContentType": WordNamespace.ContentType.relationships])
        xml.empty("Default", ["Extension": "xml", "ContentType": WordNamespace.ContentType.xml])
        for part in parts {
            xml.empty("Override", ["PartName": "/" + part.name, "ContentType": part.contentType])
        }
        return try! xml.finish()  // only constant ASCII names
    }

    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    static func relationships(_ list: [Relationship]) -> [UInt8] {
        var xml = XMLWriter(capacity: 1024)
        xml.declaration()
        xml.start("Relationships", ["xmlns": WordNamespace.relationships])
        for rel in list {
            xml.empty("Relationship", ["Id": rel.id, "Type": rel.type, "Target": rel.target])
        }
        return try! xml.finish()  // only constant ASCII names
    }
}
