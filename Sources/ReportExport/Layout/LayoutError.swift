/// A report or template that cannot be laid out (a table wider than the page, a format
/// whose cells do not tile the grid). Names the template and the table.
public struct LayoutError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
