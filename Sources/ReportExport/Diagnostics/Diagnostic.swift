/// One problem found in a report, said in the report's own words: where it is (file, line),
/// what is wrong (table, row and column by their Chinese labels) and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "错误"
        case warning = "警告"
    }

    /// What a problem is about: the file itself (syntax, keys, types — never renderable) or a
    /// 勾稽关系 the numbers break (renderable on request, with a warning).
    public enum Kind: String, Sendable {
        case input, rule
    }

    public var severity: Severity
    public var kind: Kind
    public var location: SourceLocation
    public var message: String
    /// What the user should do about it.
    public var hint: String?

    public init(_ severity: Severity = .error, kind: Kind = .input, at location: SourceLocation, _ message: String,
                hint: String? = nil) {
        self.severity = severity
        self.kind = kind
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

extension Array where Element == Diagnostic {
    /// In file order: by line, then column; problems without a line first.
    public func sortedByPlace() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let ka = (a.element.location.line ?? 0, a.element.location.column ?? 0, a.offset)
            let kb = (b.element.location.line ?? 0, b.element.location.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    public var errors: [Diagnostic] { filter { $0.severity == .error } }
}

/// A report that cannot be used: every problem found, in file order.
public struct ReportErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
