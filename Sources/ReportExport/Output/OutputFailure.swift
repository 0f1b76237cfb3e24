import OOXMLWriter

/// What writing a report's files failed on, kept as the error that said it.
public enum OutputFailure: Error, CustomStringConvertible {
    /// A character XML cannot carry reached a serializer.
    case characters(XMLCharacterError)
    /// A format with no serializer of its own was asked for bytes (PDF: LibreOffice prints the DOCX).
    case noSerializer(OutputFormat)
    /// LibreOffice missing, failing or past its deadline.
    case pdf(PDFConverter.Failure)
    /// The PDF LibreOffice wrote could not be read back.
    case pdfUnreadable(any Error)
    /// A folder or file could not be made, written or renamed.
    case write(WriteError)
    /// `--strict-fonts`: the PDF of `file` printed official faces in stand-in fonts.
    case substitutedFonts([FontReport.Substitution], file: String)

    public var description: String {
        switch self {
        case .characters(let e): return "\(e)"
        case .noSerializer(let format): return "\(format.fileExtension.uppercased()) 由 LibreOffice 从 DOCX 转换而来，不能直接序列化"
        case .pdf(let e): return e.description
        case .pdfUnreadable(let e): return "\(e)"
        case .write(let e): return e.description
        case .substitutedFonts(let faces, let file): return FontReport.refusal(faces, file: file)
        }
    }
}
