/// The neutral print document: what both serializers write, knowing nothing of reports.
public struct Document: Sendable, Hashable {
    public var properties: DocumentProperties
    public var fonts: [FontFace]
    /// Paragraph styles; the first whose id is `defaultStyle` is the default.
    public var styles: [ParagraphStyle]
    public var defaultStyle: String
    public var section: Section
    public var body: [Block]

    public init(properties: DocumentProperties, fonts: [FontFace], styles: [ParagraphStyle],
                defaultStyle: String, section: Section, body: [Block]) {
        self.properties = properties
        self.fonts = fonts
        self.styles = styles
        self.defaultStyle = defaultStyle
        self.section = section
        self.body = body
    }
}
