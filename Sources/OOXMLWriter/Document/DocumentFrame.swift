/// What a document shares with every other document laid out with the same style set: styles,
/// fonts, page and footers, language, generator — everything but the body and the title and
/// author. Parts built from the frame alone can be built and compressed once per batch.
public struct DocumentFrame: Hashable, Sendable {
    public let styles: [ParagraphStyle]
    public let defaultStyle: String
    public let fonts: [FontFace]
    public let section: Section
    public let language: String
    public let generator: String

    public init(_ document: Document) {
        styles = document.styles
        defaultStyle = document.defaultStyle
        fonts = document.fonts
        section = document.section
        language = document.properties.language
        generator = document.properties.generator
    }
}
