import Foundation
import ReportExport

/// A CSV sheet as Excel writes it: UTF-8 with or without a BOM, or GB18030; fields quoted with
/// `"` (a doubled `""` inside); CRLF or LF line ends; a quoted field may hold line breaks.
///
/// Parsed by hand rather than with a CSV package: diagnostics must name the physical line
/// each record starts on, which neither SwiftCSV nor CSV.swift reports.
public struct CSVSheet: Sendable {
    public struct Record: Sendable {
        /// The 1-based line the record starts on.
        public let line: Int
        public let fields: [String]
        /// The line it ends on (later than `line` when a quoted field holds line breaks).
        public var lastLine: Int = 0
    }

    public let header: [String]
    public let records: [Record]
    /// "UTF-8", "GB18030", or "UTF-8 与 GB18030 混合".
    public let encoding: String
    /// Said when lines were read in different encodings: which ones, and how.
    public let encodingNote: String?
    /// Physical lines read in the encoding fewer lines were read in (empty unless mixed).
    public let oddLines: Set<Int>
    /// The encoding of `oddLines`.
    public let oddEncoding: String?

    /// Bounds on the shape, so a file within the byte cap cannot stand for a huge table in
    /// memory or time: a format has about 210 columns; 4 million cells is some 19,000 agencies;
    /// a cell holds a name, a number or a path, never a narrative.
    public static let maxColumns = 1_000
    public static let maxRows = 100_000
    public static let maxCells = 4_000_000
    public static let maxCellLength = 10_000

    public struct Failure: Error, CustomStringConvertible {
        public let line: Int?
        public let message: String
        public var description: String { message }
    }

    public init(data: Data) throws(Failure) {
        try self.init(bytes: [UInt8](data))
    }

    /// Takes the bytes over: they are let go once decoded, so a big sheet is held once as
    /// bytes, then once as text, never both beside its cells.
    public init(bytes: consuming [UInt8]) throws(Failure) {
        if let foreign = LegacyEncoding.unicodeBOM(bytes) {
            throw Failure(line: nil, message: "表格文件是 \(foreign) 编码（Excel 的“Unicode 文本”），不是 CSV")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let decoded: LineDecoding
        do {
            decoded = try LineDecoding.decode(consume bytes)
        } catch {
            throw Failure(line: error.line, message: "第 \(error.line) 行既不是 UTF-8 也不是 GB18030 编码的文字")
        }
        encoding = decoded.encoding
        encodingNote = decoded.note
        if decoded.isMixed {
            let gbFewer = decoded.gb18030Lines.count <= decoded.utf8Lines.count
            oddLines = Set(gbFewer ? decoded.gb18030Lines : decoded.utf8Lines)
            oddEncoding = gbFewer ? "GB18030" : "UTF-8"
        } else {
            oddLines = []
            oddEncoding = nil
        }
        // The text goes once parsed: only the cells stay.
        let all = try Self.parse((consume decoded).text)
        guard let first = all.first else { throw Failure(line: nil, message: "表格是空的：第一行应是列名") }
        header = first.fields.map { $0.trimmedSpaces }
        records = Array(all.dropFirst())
    }

    /// How a person finds column `index` (0-based) in Excel or WPS: "第 3 列（C）".
    public static func columnName(_ index: Int) -> String {
        "第 \(index + 1) 列（\(columnLetters(index))）"
    }

    /// Excel's letters for column `index` (0-based): A … Z, AA ….
    public static func columnLetters(_ index: Int) -> String {
        var letters = ""
        var n = index + 1
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    static func parse(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        var cells = 0, seen = 0, length = 0
        func endRecord() throws(Failure) {
            seen += 1
            if seen > maxRows + 1 {
                throw Failure(line: recordLine, message: "表格超过 \(maxRows) 行（第 \(recordLine) 行处）：请分成几个表格")
            }
            fields.append(field)
            // Blank rows are dropped as they come, so a file of line breaks costs no memory.
            if records.isEmpty || !fields.allSatisfy({ $0.trimmedSpaces.isEmpty }) {
                cells += fields.count
                if cells > maxCells {
                    throw Failure(line: recordLine, message: "表格超过 \(maxCells) 格（第 \(recordLine) 行处）：请分成几个表格")
                }
                records.append(Record(line: recordLine, fields: fields, lastLine: line))
            }
            fields = []
            field = ""
            length = 0
        }
        func append(_ c: Unicode.Scalar) throws(Failure) {
            length += 1
            if length > maxCellLength {
                throw Failure(line: recordLine, message: "第 \(recordLine) 行有一格超过 \(maxCellLength) 字：格子里只写名称、数字和文件路径，叙述文字放在文本文件里")
            }
            field.unicodeScalars.append(c)
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = d }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    // A lone CR inside quotes breaks the cell's line too: counted, so later
                    // messages name the right line.
                    if c == "\r", let d = next() {
                        pending = d
                        if d != "\n" { line += 1 }
                    }
                    try append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                if fields.count + 2 > maxColumns {
                    throw Failure(line: recordLine, message: "第 \(recordLine) 行超过 \(maxColumns) 格：报告表格只有两百多列，确认这是各单位的表格")
                }
                fields.append(field)
                field = ""
                length = 0
                afterQuote = false
            case "\r", "\n":
                // CRLF is one break; a lone CR (classic Mac OS, old Excel for Mac) is one too.
                if c == "\r", let d = next(), d != "\n" { pending = d }
                try endRecord()
                line += 1
                recordLine = line
                afterQuote = false
            default:
                if afterQuote && c != " " {
                    throw Failure(line: line, message: "第 \(line) 行：引号后面多了字符“\(Character(c))”（字段里的引号要写成两个 \"\"）")
                }
                try append(c)
            }
        }
        if quoted { throw Failure(line: recordLine, message: "第 \(recordLine) 行开始的引号没有结束") }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }
        return records
    }
}
