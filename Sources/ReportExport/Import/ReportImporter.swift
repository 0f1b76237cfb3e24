import Foundation

/// `gkexport import`: a DOCX, ODT, HTML page or text dump of an existing report → a report file.
public struct ReportImporter: Sendable {
    public let templates: TemplateLibrary
    /// No report needs more: a larger file is refused before it is read.
    public var maxBytes = 20 << 20

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

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
            case "docx": return try DocumentReaders.docx(bytes)
            case "odt": return try DocumentReaders.odt(bytes)
            case "html", "htm": return try DocumentReaders.html(bytes)
            case "txt", "text":
                guard let text = String(data: data, encoding: .utf8) ?? LegacyEncoding.gb18030(bytes) else {
                    throw DocumentReaders.Failure(description: "文本既不是 UTF-8 也不是 GB18030 编码")
                }
                return DocumentReaders.text(text)
            default:
                // By content: a ZIP is DOCX or ODT by its parts; markup is HTML.
                if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                    if let odt = try? DocumentReaders.odt(bytes) { return odt }
                    return try DocumentReaders.docx(bytes)
                }
                throw DocumentReaders.Failure(description: "不认识的文件类型“.\(ext)”：支持 .docx、.odt、.html、.txt")
            }
        } catch {
            throw Failure(description: "\(path)：\(error)")
        }
    }

    /// Reads bytes of a known kind (`docx`, `odt`, `html`, `txt`) that did not come from a file.
    public func read(bytes: [UInt8], kind: String) throws(Failure) -> ImportedDocument {
        guard bytes.count <= maxBytes else { throw Failure(description: "文件过大") }
        do {
            switch kind {
            case "docx": return try DocumentReaders.docx(bytes)
            case "odt": return try DocumentReaders.odt(bytes)
            case "html": return try DocumentReaders.html(bytes)
            default:
                guard let text = String(validating: bytes, as: UTF8.self) ?? LegacyEncoding.gb18030(bytes) else {
                    throw DocumentReaders.Failure(description: "文本既不是 UTF-8 也不是 GB18030 编码")
                }
                return DocumentReaders.text(text)
            }
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
