/// Why libxml2 would not read a document.
public struct XMLParseError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let message: String
    /// Set when the document is well-formed as far as read but passed one of the reader's caps.
    public let exceeded: ReadLimitError?

    public init(line: Int, message: String, exceeded: ReadLimitError? = nil) {
        self.line = line
        self.message = message
        self.exceeded = exceeded
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
