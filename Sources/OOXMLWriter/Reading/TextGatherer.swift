/// Collects the text of one cell or paragraph and stops at the first piece that would take it
/// past its cap, before that piece is copied. Counts Unicode scalars (one per 汉字).
public struct TextGatherer {
    public let limit: Int
    public let kind: ReadLimitError.Kind
    /// Where the text is (a table row or paragraph number), for the error.
    public let line: Int
    public private(set) var text = ""
    public private(set) var count = 0

    public init(limit: Int, kind: ReadLimitError.Kind, line: Int) {
        self.limit = limit
        self.kind = kind
        self.line = line
    }

    /// Whether `n` more characters still fit.
    public func fits(_ n: Int) -> Bool { n <= limit - count }

    public mutating func append(_ piece: String) throws(ReadLimitError) {
        let n = piece.unicodeScalars.count
        guard fits(n) else { throw ReadLimitError(kind, limit: limit, line: line) }
        count += n
        text += piece
    }

    /// Every text item inside `node`, in document order.
    public mutating func appendAll(_ node: XMLNode) throws(ReadLimitError) {
        for item in node.content {
            switch item {
            case .text(let t): try append(t)
            case .element(let i): try appendAll(node.children[i])
            }
        }
    }
}
