import Foundation
import OOXMLWriter

/// `gkexport import`: a DOCX, ODT, HTML page or text dump of an existing report → a report file.
public struct ReportImporter: Sendable {
    public let templates: TemplateLibrary
    /// Every cap on what is read; `limits.fileBytes` (20 MB) bounds the file itself.
    public var limits = ImportLimits()

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

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
            case "docx", "odt", "html", "htm", "txt", "text":
                return try read(bytes, kind: ext)
            default:
                // By content: a ZIP is DOCX or ODT by its parts.
                if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try read(bytes, kind: "zip") }
                throw DocumentReaders.Failure(description: "不认识的文件类型“.\(ext)”：支持 .docx、.odt、.html、.txt")
            }
        } catch {
            throw Failure(description: "\(name)：\(error)")
        }
    }

    /// Reads bytes of a known kind (`docx`, `odt`, `html`, `txt`) that did not come from a file.
    public func read(bytes: [UInt8], kind: String) throws(Failure) -> ImportedDocument {
        guard bytes.count <= limits.fileBytes else {
            throw Failure(description: "文件过大（\(bytes.count >> 20) MB），年度报告不会超过 \(limits.fileBytes >> 20) MB")
        }
        do {
            return try read(bytes, kind: kind)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    private func read(_ bytes: [UInt8], kind: String) throws(DocumentReaders.Failure) -> ImportedDocument {
        switch kind {
        case "docx": return try DocumentReaders.docx(bytes, limits: limits)
        case "odt": return try DocumentReaders.odt(bytes, limits: limits)
        case "html", "htm": return try DocumentReaders.html(bytes, limits: limits)
        case "zip":
            // Chosen by its parts, so an ODT past a cap says so instead of "no word/document.xml".
            let odt = (try? ZipReader(bytes, limits: limits.zip))?.names.contains("content.xml") ?? false
            return odt ? try DocumentReaders.odt(bytes, limits: limits) : try DocumentReaders.docx(bytes, limits: limits)
        default:
            guard let text = String(validating: bytes, as: UTF8.self) ?? LegacyEncoding.gb18030(bytes) else {
                throw DocumentReaders.Failure(description: "文本既不是 UTF-8 也不是 GB18030 编码")
            }
            return try DocumentReaders.text(text, limits: limits)
        }
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
            return try ReportRecognizer(templates: templates).recognize(document)
        } catch {
            throw Failure(description: "\(path == "-" ? "标准输入" : path)：\(error.description)")
        }
    }
}
