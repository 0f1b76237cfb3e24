import Foundation
import ReportExport

/// One input of a many-file import, as its summary says it: where it went and what was read,
/// corrected and missing. Encoded into the import's `summary.json`.
public struct ImportedFile: Encodable, Sendable {
    public var input: String
    public var output: String?
    /// complete | partial | failed
    public var status: String
    public var agency: String?
    public var year: Int?
    public var edition: String?
    /// How the file was read (an encoding, a conversion).
    public var read: [String] = []
    public var corrected: [String] = []
    public var blanks: [String] = []
    public var dropped: [String] = []
    public var unplaced: [String] = []
    public var missing: [String] = []
    /// 勾稽关系 the document's own numbers break (said, not corrected).
    public var rules: [String] = []
    public var error: String?

    /// A file that could not be imported (or written).
    public init(input: String, error: String) {
        self.input = input
        self.status = "failed"
        self.error = error
    }

    /// A file imported and written to `output`, with its self-check.
    public init(input: String, output: String, result: ReportRecognizer.Result, check: ImportCheck) {
        self.input = input
        self.output = output
        status = check.complete ? "complete" : "partial"
        rules = check.rules
        missing = result.missing + check.input.map { "自检未通过：\($0)" }
        agency = result.agency.isEmpty ? nil : result.agency
        year = result.year == 0 ? nil : result.year
        edition = result.edition
        corrected = result.corrected
        blanks = result.blankNotes
        dropped = result.dropped
        read = result.readerNotes
        unplaced = result.unplaced
    }
}

/// The report-file names of one many-file import: each input's own name, `…（2）` on a repeat.
public struct ImportedFileNames {
    private var used = Set<String>()

    public init() {}

    public mutating func claim(for file: String) -> String {
        var name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        if name.isEmpty || name.hasPrefix(".") { name = "report" }
        var candidate = name + ".yaml"
        var k = 2
        while used.contains(candidate) { candidate = "\(name)（\(k)）.yaml"; k += 1 }
        used.insert(candidate)
        return candidate
    }
}
