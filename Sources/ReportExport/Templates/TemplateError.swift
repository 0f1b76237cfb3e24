/// A template file that is missing, does not decode or does not hold together: a fault of the
/// installation or of a user's own variant, reported with its path and, where one is at fault,
/// the key (`paragraphs.body.align`, `tables[2].rows[5].cells[0].style`, `cross_year[0]`).
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let key: String?
    public let message: String

    public init(path: String, key: String? = nil, message: String) {
        self.path = path
        self.key = key
        self.message = message
    }

    public var description: String { message }
}
