import Foundation

/// `gkexport import`: an existing report in any shape agencies keep or publish it — DOCX, ODT,
/// HTML (any declared encoding), Markdown, a text dump with or without line breaks, PDF
/// (through poppler), .doc/.wps/.rtf (through LibreOffice) — → a report file.
public struct ReportImporter: Sendable {
    public let templates: TemplateLibrary
    /// No report needs more: a larger file is refused before it is read.
    public var maxBytes = 20 << 20

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The file extensions `import` reads (a folder is searched for these).
    public static let extensions: Set<String> = ["docx", "odt", "html", "htm", "shtml", "xhtml", "txt", "text", "md", "markdown", "pdf", "doc", "wps", "rtf", "docm", "dot", "dotx", "wpt"]

    public func read(path: String) throws(Failure) -> ImportedDocument {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw Failure(description: "\(path)：文件过大（\(size / 1_048_576) MB），年度报告不会超过 \(maxBytes >> 20) MB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path)：无法读取文件（不存在或没有权限）")
        }
        let bytes = [UInt8](data)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        do {
            switch ext {
            case "pdf": return try PDFTextReader.read(path: path)
            case "doc", "wps", "rtf", "dot", "wpt", "docm", "dotx":
                if ext != "docm" && ext != "dotx" || !bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                    return try OfficeConverter.read(path: path, kind: ext)
                }
                return try WordDocumentReader.read(bytes)
            default:
                return try read(bytes: bytes, kind: ext)
            }
        } catch let error as Failure {
            throw Failure(description: "\(path)：\(error.description)")
        } catch {
            throw Failure(description: "\(path)：\(error)")
        }
    }

    /// Reads bytes of a known kind (`docx`, `odt`, `html`, `md`, `txt`) that did not come from
    /// a file; anything else is told by its content.
    public func read(bytes: [UInt8], kind: String) throws(Failure) -> ImportedDocument {
        guard bytes.count <= maxBytes else { throw Failure(description: "文件过大") }
        do {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || kind == "docx" || kind == "odt" {
                // A ZIP is DOCX or ODT by its parts, whatever its name says.
                if kind == "odt" { return try DocumentReaders.odt(bytes) }
                if kind == "docx" { return try WordDocumentReader.read(bytes) }
                if let odt = try? DocumentReaders.odt(bytes) { return odt }
                return try WordDocumentReader.read(bytes)
            }
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw DocumentReaders.Failure(description: "这是 Word 97–2003（.doc）或 WPS 文件：请用 .doc 或 .wps 扩展名，由 LibreOffice 转换后读入")
            }
            if bytes.starts(with: Array("%PDF".utf8)) {
                throw DocumentReaders.Failure(description: "这是 PDF 文件：请用 .pdf 扩展名")
            }
            if ["html", "htm", "shtml", "xhtml"].contains(kind) { return try HTMLPageReader.read(bytes) }
            guard let decoded = TextEncoding.decode(bytes, markup: false) else {
                throw DocumentReaders.Failure(description: "文本既不是 UTF-8、UTF-16 也不是 GB18030 编码")
            }
            var document = try TextReader.read(decoded.text, kind: kind, templates: templates)
            if let note = decoded.note { document.notes.append("文本\(note)") }
            return document
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    public func recognize(path: String) throws(Failure) -> ReportRecognizer.Result {
        let document = try read(path: path)
        do {
            return try ReportRecognizer(templates: templates).recognize(document)
        } catch {
            throw Failure(description: "\(path)：\(error.description)")
        }
    }
}
