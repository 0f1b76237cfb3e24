import OOXMLWriter

/// A document read from outside, reduced to what recognition needs: paragraphs and tables in
/// reading order.
public struct ImportedDocument: Sendable {
    public enum Block: Sendable {
        case paragraph(String)
        case table(ReadTable)
    }

    public var blocks: [Block]

    public var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }
}
