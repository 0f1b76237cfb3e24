/// How much of a document body a reader accepts: tables, paragraphs and the text of one, and
/// each table's own caps. The defaults take anything; imports pass their caps (docs/LIMITS.md).
public struct BodyLimits: Sendable {
    public var tables = Int.max
    public var paragraphs = Int.max
    public var paragraphText = Int.max
    public var table = TableReading.Limits()
    public init() {}
}

/// A cap a body passed, and the 1-based number of the table being read then, if any.
public struct BodyLimitError: Error, Sendable {
    public let error: ReadLimitError
    public let table: Int?

    public init(error: ReadLimitError, table: Int?) {
        self.error = error
        self.table = table
    }
}
