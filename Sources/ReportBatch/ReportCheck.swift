import ReportExport
/// What `validate` does to report files: each read and checked (input and 勾稽关系, and, given
/// last year's reports, the format's cross-year rules), on every core, in the order given.
public struct ReportCheck: Sendable {
    /// One file's verdict and its problems as printed.
    public struct Outcome: Sendable {
        public let valid: Bool
        /// Every problem, one after another in file order; empty for a clean file.
        public let text: String
    }

    public let templates: TemplateLibrary
    public let previous: PreviousReports?

    public init(templates: TemplateLibrary, previous: PreviousReports? = nil) {
        self.templates = templates
        self.previous = previous
    }

    public func check(_ paths: [String]) -> [Outcome] {
        let reader = ReportFileReader(templates: templates)
        return ParallelMap.map(paths) { [previous] path in
            do {
                let loaded = try reader.load(path: path)
                var diagnostics = loaded.diagnostics
                if let previous, let format = loaded.format {
                    diagnostics = (diagnostics + previous.check(loaded.report, format: format)).sortedByPlace()
                }
                return Outcome(valid: diagnostics.errors.isEmpty, text: diagnostics.map(\.description).joined(separator: "\n"))
            } catch {
                return Outcome(valid: false, text: "\(error)")
            }
        }
    }
}
