import OOXMLWriter
import ReportExport

/// What a user reads when an import stops at a cap: where, which cap, and what to do. The file
/// name is put in front by `ReportImporter`.
enum ImportLimitMessages {
    static let advice = "年度报告远小于此，请确认选对了文件；确是报告的，请另存为新文件（只留正文和表格）后再导入"

    /// `part` is the part or page read ("word/document.xml", "网页", …); `table` the table's
    /// number in the document (1-based) when the cap is a table's.
    static func describe(_ error: ReadLimitError, part: String, table: Int? = nil) -> String {
        let t = table.map { "第 \($0) 个表格" } ?? "表格"
        let at = error.line > 0 ? " 第 \(error.line) 行" : ""
        let what: String
        switch error.kind {
        case .xmlElements: what = "\(part)\(at)：元素超过 \(error.limit) 个（上限）"
        case .xmlDepth: what = "\(part)\(at)：元素嵌套超过 \(error.limit) 层（上限）"
        case .tables: what = "\(part)：表格超过 \(error.limit) 个（上限）"
        case .tableRows: what = "\(part)：\(t)超过 \(error.limit) 行（上限）"
        case .tableColumns: what = "\(part)：\(t)\(at.dropFirst())超过 \(error.limit) 列（上限，合并单元格跨过的列也算）"
        case .tableCells: what = "\(part)：\(t)的单元格超过 \(error.limit) 个（上限）"
        case .spannedSlots: what = "\(part)：\(t)的合并单元格共占超过 \(error.limit) 格（上限）"
        case .cellText: what = "\(part)：\(t)\(at.dropFirst())有单元格超过 \(error.limit) 字（上限）"
        case .tableText: what = "\(part)：\(t)的文字超过 \(error.limit) 字（上限）"
        case .paragraphText: what = "\(part)：第 \(error.line) 段超过 \(error.limit) 字（上限）"
        case .documentText: what = "\(part)：全文超过 \(error.limit) 字（上限）"
        case .paragraphs: what = "\(part)：段落超过 \(error.limit) 个（上限）"
        }
        return what + "；" + advice
    }

    /// A ZIP refused at one of its caps, in words (with ZipReader's own detail after them).
    static func describe(_ error: ZipReadError, _ limits: ImportLimits) -> String {
        let what: String
        switch error {
        case .entryTooLarge(let name, let limit): what = "\(name) 解压后超过 \(limit >> 20) MB（上限）"
        case .archiveTooLarge(let limit): what = "压缩包解压后共超过 \(limit >> 20) MB（上限）"
        case .suspiciousRatio(let name): what = "\(name) 的压缩比超过 \(limits.zipRatio) 倍（上限，是 zip 炸弹的特征）"
        case .tooManyEntries(let limit): what = "压缩包里超过 \(limit) 个文件（上限）"
        default: return "不是可读的 Office 文件：\(error)"
        }
        return "不是可读的 Office 文件：\(what)；" + advice
    }

    static func partTooLarge(_ name: String, size: Int, limit: Int) -> String {
        "\(name) 解压后 \(megabytes(size)) MB，超过 \(limit >> 20) MB（上限）；" + advice
    }

    /// Whole megabytes, as the file-size messages elsewhere say them.
    static func megabytes(_ bytes: Int) -> Int { bytes / 1_048_576 }
}

extension ImportLimitMessages {
    /// A part libxml2 would not read, in a clerk's words (libxml2's own detail kept in brackets
    /// for whoever debugs the file): OOXMLWriter speaks no Chinese, so the words are said here.
    static func describe(_ error: XMLParseError, part: String) -> String {
        let at = error.line > 0 ? "第 \(error.line) 行" : ""
        let what: String
        switch error.kind {
        case .dtd: what = "含有文档类型定义（DTD），可能借实体读取本机文件或无限展开，不予读取"
        case .entity: what = "含有实体引用，可能借实体读取本机文件或无限展开，不予读取"
        case .malformed: what = "\(at)不是格式正确的 XML（\(error.message)）"
        }
        return "\(part) 无法解析：\(what)；→ 用 Word、WPS 或 LibreOffice 打开后另存为新文件再试"
    }
}
