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
        check(.files(paths))
    }

    /// Every report of a folder, manifest or sheet (`BatchInput`), in its order.
    public func check(_ input: BatchInput) -> [Outcome] {
        ParallelMap.map(Array(0..<input.count)) { [previous, templates] index in
            switch input.load(index, templates: templates) {
            case .success(let loaded):
                var diagnostics = loaded.diagnostics
                if let previous, let format = loaded.format {
                    diagnostics = (diagnostics + previous.check(loaded.report, format: format)).sortedByPlace()
                }
                return Outcome(valid: diagnostics.errors.isEmpty, text: diagnostics.map(\.description).joined(separator: "\n"))
            case .failure(let error):
                return Outcome(valid: false, text: "\(error)")
            }
        }
    }
}
