/// Namespace and relationship-type URIs of the parts a DOCX holds.
enum WordNamespace {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"

    enum RelationshipType {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    }

    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
