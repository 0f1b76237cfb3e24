/// What the file says about itself (title, author). No timestamps: a document carries a date
/// only when its content supplies one, so output stays reproducible.
public struct DocumentProperties: Sendable, Hashable {
    public var title: String
    public var creator: String
    public var subject: String?
    /// BCP 47 tag of the text (zh-CN).
    public var language: String
    /// The producing program, for app.xml / meta.xml.
    public var generator: String

    public init(title: String, creator: String, subject: String? = nil, language: String = "zh-CN",
                generator: String = "gkexport") {
        self.title = title
        self.creator = creator
        self.subject = subject
        self.language = language
        self.generator = generator
    }
}
