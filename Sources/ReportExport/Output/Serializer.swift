import OOXMLWriter

extension OutputFormat {
    /// The one place an output format meets its serializer: the files it writes, in the order
    /// of `fileSuffixes`; none for PDF, which has no serializer of its own (LibreOffice prints
    /// the DOCX). `shared` parts, built once per batch, are reused.
    public func files(_ document: Document, shared: (docx: SharedParts, odt: SharedParts)? = nil) throws(XMLCharacterError) -> [[UInt8]] {
        switch self {
        case .docx: return [try DOCXSerializer.serialize(document, shared: shared?.docx)]
        case .odt: return [try ODTSerializer.serialize(document, shared: shared?.odt)]
        case .html:
            let (page, fragment) = try HTMLSerializer.pageAndFragment(document)
            return [page, fragment]
        case .pdf: return []
        }
    }

    /// The format's main file (the HTML page, not its fragment); nil for PDF.
    public func serialize(_ document: Document, shared: (docx: SharedParts, odt: SharedParts)? = nil) throws(XMLCharacterError) -> [UInt8]? {
        try files(document, shared: shared).first
    }
}
