/// The ODF 1.3 namespaces we write; no foreign ones, so strict validation holds.
enum ODFNamespace {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    /// LibreOffice's own namespace: declared in settings.xml only, where LibreOffice resolves the
    /// prefix of its settings' name `ooo:configuration-settings`; no element or attribute uses it.
    static let ooo = "http://openoffice.org/2004/office"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    static let version = "1.3"
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// The namespace declarations of a document part's root element.
    static let rootDeclarations: [(String, String)] = [
        ("xmlns:office", office), ("xmlns:style", style), ("xmlns:text", text), ("xmlns:table", table),
        ("xmlns:fo", fo), ("xmlns:svg", svg), ("xmlns:meta", meta), ("xmlns:dc", dc),
    ]
}
