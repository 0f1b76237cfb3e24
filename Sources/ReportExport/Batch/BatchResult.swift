/// What became of one agency in a batch: `DIR/summary.json` holds one per input.
public struct BatchResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// Rendered; `files` lists what was written.
        case ok
        /// Rendered with broken 勾稽关系 allowed (`--allow-invalid`): see the diagnostics.
        case warnings
        /// Not rendered: the diagnostics say why.
        case failed
    }

    /// The report file, or `sheet.csv:7` for a sheet row.
    public var input: String
    public var agency: String
    public var year: Int?
    public var status: Status
    /// File names written into the output folder.
    public var files: [String]
    public var diagnostics: [String]
}
