extension Array where Element == Diagnostic {
    /// These diagnostics as `--allow-invalid` sees them: a broken 勾稽关系 becomes a warning (the
    /// report renders as written); problems with the file itself stay errors.
    public func allowingInvalid(_ allow: Bool = true) -> [Diagnostic] {
        guard allow else { return self }
        return map { d in
            var d = d
            if d.kind == .rule { d.severity = .warning }
            return d
        }
    }
}
