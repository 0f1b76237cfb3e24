import OOXMLWriter
import ReportExport

/// A DOCX as an import reads it: the main part opened with the bounded `DocumentReaders.part`
/// (ZIP limits, element and depth caps, no DTD), its body read by OOXMLWriter's
/// `WordBodyReading` under the caps of `ImportLimits` (docs/LIMITS.md), and a cap it meets said
/// in the report's words.
enum WordDocumentReader {
    static func read(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) throws(DocumentReaders.Failure) -> ImportedDocument {
        let root = try DocumentReaders.part(bytes, "word/document.xml", limits)
        let blocks: [ReadBlock]?
        do {
            blocks = try WordBodyReading.blocks(root, limits: limits.body)
        } catch {
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error.error, part: "word/document.xml", table: error.table))
        }
        guard let blocks else { throw DocumentReaders.Failure(description: "word/document.xml 里没有正文（w:body）") }
        return DocumentReaders.document(blocks)
    }
}
