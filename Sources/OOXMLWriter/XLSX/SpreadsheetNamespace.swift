/// Namespace, relationship-type and content-type URIs of the parts an XLSX holds.
enum SpreadsheetNamespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let r = WordNamespace.r

    enum RelationshipType {
        static let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let sharedStrings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    }

    enum ContentType {
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    }
}
