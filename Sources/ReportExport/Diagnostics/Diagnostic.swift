/// One problem found in a report, said in the report's own words: where it is (file, line),
/// what is wrong (table, row and column by their Chinese labels) and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "错误"
        case warning = "警告"
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the user should do about it.
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var s = "\(location): \(severity.rawValue)：\(message)"
        if let hint { s += "\n    → \(hint)" }
        return s
    }
}

/// A report that cannot be used: every problem found, in file order.
public struct ReportErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
