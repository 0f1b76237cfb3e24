import OOXMLWriter
import ReportExport

/// A document read from outside, reduced to what recognition needs: paragraphs and tables in
/// reading order, plus what the container says about itself (an HTML page's `<title>`).
public struct ImportedDocument: Sendable {
    public enum Block: Sendable {
        case paragraph(String)
        case table(ReadTable)
    }

    public var blocks: [Block]
    /// The page's own name for itself (`<title>`, `ArticleTitle` meta): evidence for the title,
    /// agency and year when the body does not say them.
    public var pageTitles: [String] = []
    /// What a reader had to do or could not do (a conversion, an encoding), said to the user.
    public var notes: [String] = []

    public init(blocks: [Block], pageTitles: [String] = [], notes: [String] = []) {
        self.blocks = blocks
        self.pageTitles = pageTitles
        self.notes = notes
    }

    public var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }
}
