import ReportExport
/// One way a re-rendered file differs from its golden file, said in the report's terms where
/// it maps onto them (a table cell, a style property, a page margin), else as part, path and
/// a few changed lines of canonical XML.
public struct GoldenDifference: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case missing, unexpected, entries, cell, text, style, page, xml, layout
    }

    /// The golden file's name (`seed-2020.docx`).
    public var file: String
    public var kind: Kind
    /// The package part it is in, when there is one.
    public var part: String?
    public var message: String
    /// Changed lines (`- old` / `+ new`) for XML differences; image paths for layout ones.
    public var detail: [String]

    public init(file: String, kind: Kind, part: String? = nil, message: String, detail: [String] = []) {
        self.file = file
        self.kind = kind
        self.part = part
        self.message = message
        self.detail = detail
    }

    public var description: String {
        var s = "\(file)\(part.map { " [\($0)]" } ?? ""): \(message)"
        for line in detail { s += "\n    " + line }
        return s
    }
}
