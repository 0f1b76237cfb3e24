/// A cap that a reader of files from outside ran into: which one, its value, and where. Readers
/// stop at the first cap rather than trim, so a refused file is never half-read in silence.
public struct ReadLimitError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case xmlElements, xmlDepth
        case tables, tableRows, tableColumns, tableCells, spannedSlots, cellText, tableText
        case paragraphText, documentText, paragraphs
    }

    public let kind: Kind
    public let limit: Int
    /// Source line (XML) or 1-based table row, 0 when unknown.
    public let line: Int

    public init(_ kind: Kind, limit: Int, line: Int = 0) {
        self.kind = kind
        self.limit = limit
        self.line = line
    }

    public var description: String { "\(kind) over \(limit)\(line > 0 ? " at \(line)" : "")" }
}
