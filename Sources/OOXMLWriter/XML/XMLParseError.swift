/// Why libxml2 would not read a document.
public struct XMLParseError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let message: String
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
