/// A named paragraph style: what Word lists in its style pane and ODF in `office:styles`.
public struct ParagraphStyle: Sendable, Hashable {
    /// ASCII identifier, unique in the document (`Body`, `Heading1`).
    public var id: String
    /// The name a person sees (正文, 标题 1).
    public var name: String
    public var basedOn: String?
    public var next: String?
    public var paragraph: ParagraphProperties
    public var run: RunProperties
    /// What paragraphs of this style are in the document's structure (a web page's `<h1>`…);
    /// nil for ordinary text.
    public var role: ParagraphRole?

    public init(id: String, name: String, basedOn: String? = nil, next: String? = nil,
                paragraph: ParagraphProperties = .init(), run: RunProperties = .init(), role: ParagraphRole? = nil) {
        self.role = role
        self.id = id
        self.name = name
        self.basedOn = basedOn
        self.next = next
        self.paragraph = paragraph
        self.run = run
    }
}
