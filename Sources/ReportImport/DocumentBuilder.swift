import OOXMLWriter
import ReportExport

/// Collects an imported document's blocks within the document-wide caps: paragraph count and
/// length, table count, and the characters of everything together.
struct DocumentBuilder {
    let limits: ImportLimits
    /// The part or page read, for messages.
    let part: String
    private(set) var document = ImportedDocument(blocks: [])
    private var paragraphs = 0
    private var tables = 0
    private var characters = 0

    init(limits: ImportLimits, part: String) {
        self.limits = limits
        self.part = part
    }

    /// A paragraph whose text `gather` collects within the paragraph cap.
    mutating func paragraph(skippingEmpty: Bool = false,
                            _ gather: (inout TextGatherer) throws(ReadLimitError) -> Void) throws(DocumentReaders.Failure) {
        do throws(ReadLimitError) {
            guard paragraphs < limits.paragraphs else { throw ReadLimitError(.paragraphs, limit: limits.paragraphs) }
            paragraphs += 1
            var g = TextGatherer(limit: limits.paragraphText, kind: .paragraphText, line: paragraphs)
            try gather(&g)
            try count(g.count)
            let text = skippingEmpty ? g.text.trimmedSpaces : g.text
            if !skippingEmpty || !text.isEmpty { document.blocks.append(.paragraph(text)) }
        } catch {
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error, part: part))
        }
    }

    /// A table read by `read` within the table caps.
    mutating func table(_ read: (TableReading.Limits) throws(ReadLimitError) -> ReadTable) throws(DocumentReaders.Failure) {
        tables += 1
        do throws(ReadLimitError) {
            guard tables <= limits.tables else { throw ReadLimitError(.tables, limit: limits.tables) }
            let table = try read(limits.table)
            try count(table.cells.reduce(0) { $0 + $1.text.unicodeScalars.count })
            document.blocks.append(.table(table))
        } catch {
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error, part: part, table: tables))
        }
    }

    private mutating func count(_ n: Int) throws(ReadLimitError) {
        guard n <= limits.documentText - characters else { throw ReadLimitError(.documentText, limit: limits.documentText) }
        characters += n
    }
}
