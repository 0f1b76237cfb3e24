/// A stretch of text with one formatting, or a field the renderer fills in.
public struct Run: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case text(String)
        /// The current page's number.
        case pageNumber
        /// A line break inside the paragraph.
        case lineBreak
    }

    public var content: Content
    public var properties: RunProperties

    public init(_ text: String, _ properties: RunProperties = .init()) {
        self.content = .text(text)
        self.properties = properties
    }

    public init(content: Content, _ properties: RunProperties = .init()) {
        self.content = content
        self.properties = properties
    }
}
