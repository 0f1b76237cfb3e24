/// A paragraph's place in the document's outline, for formats that mark structure rather than
/// looks (HTML headings). Print formats take everything from the style's formatting.
public enum ParagraphRole: Sendable, Hashable {
    /// The document's title: one per document.
    case title
    /// A heading of `level` 1 (the highest under the title) or deeper.
    case heading(level: Int)
}
