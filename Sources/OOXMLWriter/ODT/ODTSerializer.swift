/// Writes a `Document` as an ODT (OpenDocument 1.3 text, strict: no foreign namespaces).
public enum ODTSerializer {
    /// The package's bytes. Same document, same bytes.
    public static func serialize(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        var zip = ZipWriter()
        // The mimetype comes first, stored, with no extra field: how a reader recognises ODF.
        zip.add("mimetype", Array(ODFNamespace.mediaType.utf8), method: .stored)
        zip.add("META-INF/manifest.xml", ODFManifestPart.xml(files: ["content.xml", "styles.xml", "meta.xml"]))
        zip.add("content.xml", try ODFContentPart.xml(document, masterPage: ODFStylesPart.masterPage))
        zip.add("styles.xml", try ODFStylesPart.xml(document))
        zip.add("meta.xml", try ODFMetaPart.xml(document.properties))
        return zip.finish()
    }
}
