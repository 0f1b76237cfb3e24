import OOXMLWriter

extension OutputFormat {
    /// The one place an output format meets its serializer; nil for PDF, which has none of its
    /// own (LibreOffice prints the DOCX). `shared` parts, built once per batch, are reused.
    public func serialize(_ document: Document, shared: (docx: SharedParts, odt: SharedParts)? = nil) throws(XMLCharacterError) -> [UInt8]? {
        switch self {
        case .docx: return try DOCXSerializer.serialize(document, shared: shared?.docx)
        case .odt: return try ODTSerializer.serialize(document, shared: shared?.odt)
        case .pdf: return nil
        }
    }
}
