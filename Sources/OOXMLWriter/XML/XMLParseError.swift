/// Why libxml2 would not read a document.
public struct XMLParseError: Error, CustomStringConvertible, Sendable {
    /// What kind of refusal, so a caller can say it in its own words without reading `message`.
    public enum Kind: Sendable, Equatable {
        /// Not well-formed, or libxml2 could not start.
        case malformed
        /// A document type declaration: refused, so no entity is ever declared.
        case dtd
        /// An entity reference: refused, so none is ever expanded or fetched.
        case entity
    }

    public let kind: Kind
    public let line: Int
    public let message: String
    /// Set when the document is well-formed as far as read but passed one of the reader's caps.
    public let exceeded: ReadLimitError?

    public init(_ kind: Kind = .malformed, line: Int, message: String, exceeded: ReadLimitError? = nil) {
        self.kind = kind
        self.line = line
        self.message = message
        self.exceeded = exceeded
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
