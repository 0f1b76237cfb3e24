import Foundation
import OOXMLWriter
import ReportExport

/// `gkexport import`: an existing report in any shape agencies keep or publish it — DOCX, ODT,
/// HTML (any declared encoding), Markdown, a text dump with or without line breaks, PDF
/// (through poppler), .doc/.wps/.rtf (through LibreOffice) — → a report file.
public struct ReportImporter: Sendable {
    public let templates: TemplateLibrary
    /// Every cap on what is read; `limits.fileBytes` (20 MB) bounds the file itself.
    public var limits = ImportLimits()

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The file extensions `import` reads (a folder is searched for these).
    public static let extensions: Set<String> = ["docx", "odt", "html", "htm", "shtml", "xhtml", "txt", "text", "md", "markdown", "pdf", "doc", "wps", "rtf", "docm", "dot", "dotx", "wpt"]

    /// Reads `path`, or standard input for "-" (its kind found from its first bytes).
    public func read(path: String) throws(Failure) -> ImportedDocument {
        let name = path == "-" ? "标准输入" : path
        let bytes: [UInt8]
        do {
            bytes = path == "-" ? [UInt8](try BoundedRead.standardInput(cap: limits.fileBytes))
                                : try BoundedRead.bytes(path, cap: limits.fileBytes)
        } catch {
            throw Failure(description: "\(name)：\(message(error))")
        }
        let ext = path == "-" ? Self.sniff(bytes) : URL(fileURLWithPath: path).pathExtension.lowercased()
        do {
            switch ext {
            case "pdf":
                guard path != "-" else { throw DocumentReaders.Failure(description: "PDF 不能从标准输入读入：请给出文件路径") }
                return try checked(PDFTextReader.read(path: path))
            case "doc", "wps", "rtf", "dot", "wpt", "docm", "dotx":
                if path != "-", ext != "docm" && ext != "dotx" || !bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                    return try checked(OfficeConverter.read(path: path, kind: ext))
                }
                return try checked(WordDocumentReader.read(bytes, limits: limits))
            default:
                return try read(bytes: bytes, kind: ext)
            }
        } catch let error as Failure {
            throw Failure(description: "\(name)：\(error.description)")
        } catch {
            throw Failure(description: "\(name)：\(error)")
        }
    }

    /// Reads bytes of a known kind (`docx`, `odt`, `html`, `md`, `txt`) that did not come from
    /// a file; anything else is told by its content.
    public func read(bytes: [UInt8], kind: String) throws(Failure) -> ImportedDocument {
        guard bytes.count <= limits.fileBytes else {
            throw Failure(description: "文件过大（\(bytes.count >> 20) MB），年度报告不会超过 \(limits.fileBytes >> 20) MB")
        }
        do {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || kind == "docx" || kind == "odt" || kind == "zip" {
                // A ZIP is DOCX or ODT by its parts, whatever its name says, so an ODT past a cap
                // says so instead of "no word/document.xml".
                if kind == "odt" { return try checked(DocumentReaders.odt(bytes, limits: limits)) }
                if kind == "docx" { return try checked(WordDocumentReader.read(bytes, limits: limits)) }
                let odt = (try? ZipReader(bytes, limits: limits.zip))?.names.contains("content.xml") ?? false
                return try checked(odt ? DocumentReaders.odt(bytes, limits: limits) : WordDocumentReader.read(bytes, limits: limits))
            }
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw DocumentReaders.Failure(description: "这是 Word 97–2003（.doc）或 WPS 文件：请用 .doc 或 .wps 扩展名，由 LibreOffice 转换后读入")
            }
            if bytes.starts(with: Array("%PDF".utf8)) {
                throw DocumentReaders.Failure(description: "这是 PDF 文件：请用 .pdf 扩展名")
            }
            if ["html", "htm", "shtml", "xhtml"].contains(kind) { return try checked(HTMLPageReader.read(bytes, limits: limits)) }
            guard let decoded = TextEncoding.decode(bytes, markup: false) else {
                if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                    throw DocumentReaders.Failure(description: "文本开头标明是 UTF-16 编码，但内容不是完整的 UTF-16（可能被截断或混入了别的编码）→ 用记事本打开，另存为 UTF-8")
                }
                throw DocumentReaders.Failure(description: "文本既不是 UTF-8、UTF-16 也不是 GB18030 编码")
            }
            // The text caps of every other reader, on the whole text up front.
            if decoded.text.count > limits.documentText {
                throw DocumentReaders.Failure(description: ImportLimitMessages.describe(ReadLimitError(.documentText, limit: limits.documentText), part: "文本"))
            }
            var document = try checked(TextReader.read(decoded.text, kind: kind, templates: templates, limits: limits))
            if let note = decoded.note { document.notes.append("文本\(note)") }
            return document
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// A reader's document within the caps every reader is held to (docs/LIMITS.md).
    private func checked(_ document: ImportedDocument) throws(DocumentReaders.Failure) -> ImportedDocument {
        if let (error, table) = limits.violation(in: document) {
            throw DocumentReaders.Failure(description: ImportLimitMessages.describe(error, part: "正文", table: table))
        }
        return document
    }

    /// The kind of bytes with no file name: a ZIP (DOCX or ODT), markup (HTML) or text.
    static func sniff(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "zip" }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].prefix(1024).first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        return first == UInt8(ascii: "<") ? "html" : "txt"
    }

    private func message(_ error: BoundedRead.Failure) -> String {
        let cap = limits.fileBytes >> 20
        switch error {
        case .missing, .noPermission, .other:
            return "无法读取文件（\(error.reason)）；请检查路径和权限"
        case .directory:
            return "不是普通文件（是文件夹）；请给出报告文件本身"
        case .notRegular(let kind):
            return "不是普通文件（是\(kind.hasPrefix("一个") ? String(kind.dropFirst(2)) : kind)）；请给出报告文件本身"
        case .tooLarge(_, let size?):
            return "文件过大（\(size / 1_048_576) MB），年度报告不会超过 \(cap) MB（上限）；请确认选对了文件"
        case .tooLarge(_, nil):
            return "文件过大（超过 \(cap) MB），年度报告不会超过 \(cap) MB（上限）；请确认选对了文件"
        }
    }

    public func recognize(path: String) throws(Failure) -> ReportRecognizer.Result {
        let document = try read(path: path)
        do {
            return try ReportRecognizer(templates: templates).recognize(document, source: path == "-" ? "标准输入" : path)
        } catch {
            throw Failure(description: "\(path == "-" ? "标准输入" : path)：\(error.description)")
        }
    }
}
