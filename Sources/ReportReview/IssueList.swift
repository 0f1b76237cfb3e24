import Foundation
import OOXMLWriter
import ReportExport

/// The office's 问题清单: one line per finding over every report of a run — agency, severity,
/// rule, place, message, fix — as CSV (UTF-8 with BOM, so spreadsheet programs read the
/// Chinese), as JSON and as a workbook. The same run gives the same bytes.
public struct IssueList: Sendable {
    public struct Line: Codable, Sendable, Equatable {
        public var agency: String
        public var input: String
        public var severity: String
        public var rule: String
        public var place: String
        public var message: String
        public var fix: String
    }

    public var lines: [Line]

    public init(_ findings: [Finding]) {
        lines = findings.map { f in
            Line(agency: f.agency, input: f.input, severity: f.severity.rawValue, rule: f.rule, place: f.location.description,
                 message: ([f.message] + f.detail).joined(separator: "\n"), fix: f.fix)
        }
    }

    public static let header = ["单位", "报告", "严重程度", "规则", "位置", "问题", "改正"]

    public func csv() -> [UInt8] {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = Self.header.joined(separator: ",") + "\r\n"
        for l in lines {
            out += [l.agency, l.input, l.severity, l.rule, l.place, l.message, l.fix].map(field).joined(separator: ",") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(out.utf8)
    }

    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(lines)) ?? Data()) + [0x0A]
    }

    /// The same lines as a workbook (`IssueWorkbook`).
    public func xlsx() throws(XMLCharacterError) -> [UInt8] { try IssueWorkbook.bytes(self) }

    /// The extensions `bytes(forPath:)` writes.
    public static let extensions = ["csv", "json", "xlsx"]

    /// CSV, JSON or XLSX by the name's extension; nil for any other.
    public func bytes(forPath path: String) throws(XMLCharacterError) -> [UInt8]? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": return csv()
        case "json": return json()
        case "xlsx": return try xlsx()
        default: return nil
        }
    }
}

/// The agencies that must report (`--roster FILE`: one name a line, `#` starts a comment), and
/// who of them has not.
public struct Roster: Sendable {
    public let agencies: [String]
    public let path: String

    public init(path: String, text: String) {
        self.path = path
        var seen = Set<String>()
        agencies = text.split(whereSeparator: \.isNewline).compactMap { raw in
            let name = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return name.isEmpty || !seen.insert(name).inserted ? nil : name
        }
    }

    /// One error finding per listed agency no report of the run is from.
    public func missing(reported: Set<String>) -> [Finding] {
        agencies.enumerated().filter { !reported.contains($0.element) }.map { i, agency in
            Finding(agency: agency, input: "", severity: .error, rule: "roster", location: SourceLocation(file: path, line: i + 1),
                    message: "名单中的「\(agency)」没有报送年度报告", fix: "催报；已报送的，核对报告中的单位名称是否与名单一致")
        }
    }
}
