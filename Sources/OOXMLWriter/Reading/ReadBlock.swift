/// A paragraph's text or a table, in document order: what a body reads back as.
public enum ReadBlock: Sendable, Equatable {
    case paragraph(String)
    case table(ReadTable)
}
