/// Writes a `Document` as an ODT (OpenDocument 1.3 text, strict: no foreign namespaces).
public enum ODTSerializer {
    /// The package's bytes. Same document, same bytes. Parts that depend only on the
    /// document's frame come from `shared` when it was made for the same frame.
    public static func serialize(_ document: Document, shared: SharedParts? = nil) throws(XMLCharacterError) -> [UInt8] {
        let frameParts = try SharedParts.reusing(shared, for: document, else: sharedParts(for:))
        var zip = ZipWriter()
        // The mimetype comes first, stored, with no extra field: how a reader recognises ODF.
        zip.add(frameParts.entries["mimetype"]!)
        zip.add(frameParts.entries["META-INF/manifest.xml"]!)
        let content = try ODFContentPart.xml(document, masterPage: ODFStylesPart.masterPage)
        zip.add("content.xml", content)
        ScratchBuffers.forCurrentThread().give(content)
        zip.add(frameParts.entries["styles.xml"]!)
        zip.add("meta.xml", try ODFMetaPart.xml(document.properties))
        zip.add(frameParts.entries["settings.xml"]!)
        return zip.finish()
    }

    /// The parts built from the frame alone, compressed: build once, pass to every `serialize`.
    public static func sharedParts(for document: Document) throws(XMLCharacterError) -> SharedParts {
        let entries = [
            ZipEntry(name: "mimetype", data: Array(ODFNamespace.mediaType.utf8), method: .stored),
            ZipEntry(name: "META-INF/manifest.xml", data: ODFManifestPart.xml(files: ["content.xml", "styles.xml", "meta.xml", "settings.xml"])),
            ZipEntry(name: "styles.xml", data: try ODFStylesPart.xml(document)),
            ZipEntry(name: "settings.xml", data: ODFSettingsPart.xml()),
        ]
        return SharedParts(frame: DocumentFrame(document), entries: Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0) }))
    }
}
