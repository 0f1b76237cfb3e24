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

/// A format's frame-only parts, compressed, for one frame.
public struct SharedParts: Sendable {
    public let frame: DocumentFrame
    let entries: [String: ZipEntry]

    init(frame: DocumentFrame, entries: [String: ZipEntry]) {
        self.frame = frame
        self.entries = entries
    }

    /// `shared` when it was made for `document`'s frame, else freshly made ones.
    static func reusing(_ shared: SharedParts?, for document: Document,
                        else make: (Document) throws(XMLCharacterError) -> SharedParts) throws(XMLCharacterError) -> SharedParts {
        if let shared, shared.frame == DocumentFrame(document) { return shared }
        return try make(document)
    }
}
