import Foundation
import OOXMLWriter

/// Reads a report file from disk into a `Report`: bytes → text → YAML tree → checked values.
/// Every problem comes back as a `Diagnostic` with the file and line.
public struct ReportFileReader: Sendable {
    public let templates: TemplateLibrary
    /// Largest file accepted; a report is a few kilobytes, so anything huge is a mistake.
    public var maxBytes = BoundedRead.Cap.reportFile

    public init(templates: TemplateLibrary = TemplateLibrary()) {
        self.templates = templates
    }

    /// A report as read and checked: the report (totals filled in), its format, and every
    /// problem found, errors and warnings, in file order.
    /// The file name extensions of report files (a folder of them is a batch or a golden suite).
    public static let extensions = ["yaml", "yml", "json", "xlsx"]

    /// Whether `path` names a report workbook rather than a report text.
    public static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    public struct Loaded: Sendable {
        public var report: Report
        public let format: FormatSpec?
        public let diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.errors }

        public init(report: Report, format: FormatSpec?, diagnostics: [Diagnostic]) {
            self.report = report
            self.format = format
            self.diagnostics = diagnostics
        }
    }

    /// Reads and checks `path` (input problems and 勾稽关系), without judging: throws only when
    /// the file is unreadable or not a report at all.
    public func load(path: String) throws(ReportErrors) -> Loaded {
        if Self.isWorkbook(path) { return try loadWorkbook(path: path) }
        return try load(text: try readText(path: path), name: path)
    }

    /// A report workbook: read within `BoundedRead.Cap.workbook`, then cell by cell.
    func loadWorkbook(path: String) throws(ReportErrors) -> Loaded {
        let data: Data
        do {
            data = try BoundedRead.file(path, cap: BoundedRead.Cap.workbook)
        } catch .tooLarge(_, let size) {
            let said = size.map { "（\($0 / 1_048_576) MB）" } ?? ""
            throw ReportErrors([Diagnostic(at: SourceLocation(file: path), "文件过大\(said)，报告工作簿上限 \(BoundedRead.Cap.workbook / 1_048_576) MB",
                                           hint: "确认选择的是报告工作簿（gkexport init 生成的 .xlsx）")])
        } catch {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: path), "无法读取报告文件：\(error.reason)", hint: error.hint)])
        }
        return try WorkbookReportDecoder(file: path, templates: templates).decode([UInt8](data))
    }

    /// Checks report-file bytes that did not come from a file (a fuzzer, a network request);
    /// `name` stands in for the path in messages.
    public func load(bytes: Data, name: String) throws(ReportErrors) -> Loaded {
        if Self.isWorkbook(name) {
            guard bytes.count <= BoundedRead.Cap.workbook else {
                throw ReportErrors([Diagnostic(at: SourceLocation(file: name), "文件过大，报告工作簿上限 \(BoundedRead.Cap.workbook / 1_048_576) MB")])
            }
            return try WorkbookReportDecoder(file: name, templates: templates).decode([UInt8](bytes))
        }
        var text = try decodeText(bytes, file: name)
        if name.lowercased().hasSuffix(".json") { text = JSONTabs.spaced(text) }
        return try load(text: text, name: name)
    }

    func load(text: String, name path: String) throws(ReportErrors) -> Loaded {
        try YAMLReportDecoder(file: path, templates: templates).decode(text)
    }

    /// Reads `path` and throws every problem unless the report is fully valid.
    public func read(path: String) throws(ReportErrors) -> Report {
        let loaded = try load(path: path)
        guard loaded.errors.isEmpty else { throw ReportErrors(loaded.diagnostics) }
        return loaded.report
    }

    func readText(path: String) throws(ReportErrors) -> String {
        let name = path
        let data: Data
        do {
            data = path == "-" ? try BoundedRead.standardInput(cap: maxBytes) : try BoundedRead.file(path, cap: maxBytes)
        } catch .tooLarge(_, let size) {
            throw ReportErrors([tooLarge(size, file: path == "-" ? "标准输入" : path)])
        } catch {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: name), "无法读取报告文件：\(error.reason)", hint: error.hint)])
        }
        var text = try decodeText(data, file: name)
        if path.lowercased().hasSuffix(".json") { text = JSONTabs.spaced(text) }
        return text
    }

    /// `size` is nil when only "more than the cap" is known (standard input, a growing file).
    func tooLarge(_ size: Int?, file: String) -> Diagnostic {
        let said = size.map { "（\($0 / 1_048_576) MB）" } ?? "（超过 \(maxBytes / 1_048_576) MB）"
        return Diagnostic(at: SourceLocation(file: file), "文件过大\(said)，报告文件一般只有几 KB，上限 \(maxBytes / 1_048_576) MB",
                          hint: "确认选择的是报告文件（.yaml 或 .json）")
    }

    /// UTF-8 text, with a clear word for everything else a clerk's editor may save.
    func decodeText(_ data: Data, file: String) throws(ReportErrors) -> String {
        let here = SourceLocation(file: file)
        if data.count > maxBytes { throw ReportErrors([tooLarge(data.count, file: file)]) }
        if data.isEmpty {
            throw ReportErrors([Diagnostic(at: here, "文件是空的", hint: "用 gkexport init 生成一个报告文件模板再填写")])
        }
        let bytes = [UInt8](data.prefix(4))
        if let foreign = LegacyEncoding.unicodeBOM(bytes) {
            throw ReportErrors([Diagnostic(at: here, "文件是 \(foreign) 编码，报告文件须为 UTF-8",
                                           hint: "在编辑器中另存为“UTF-8”编码")])
        }
        var body = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = data.dropFirst(3) }
        guard let text = String(data: body, encoding: .utf8) else {
            throw ReportErrors([Diagnostic(at: here, "文件不是 UTF-8 编码的文本（可能是 GBK 文本或二进制文件）",
                                           hint: "在编辑器中另存为“UTF-8”编码；Word 文件请用 gkexport import 转换")])
        }
        if text.containsUTF8(0) {
            throw ReportErrors([Diagnostic(at: here, "文件含有空字符（NUL），不是文本文件",
                                           hint: "确认选择的是报告文件（.yaml 或 .json）")])
        }
        try checkCharacters(text, file: file)
        return text
    }

    /// Characters XML cannot carry (and YAML refuses too), each named by line and column, so
    /// the clerk finds the invisible character that came in with pasted text.
    func checkCharacters(_ text: String, file: String) throws(ReportErrors) {
        guard XMLCharacters.firstForbidden(in: text) != nil else { return }
        var problems: [Diagnostic] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if !XMLCharacters.isAllowed(scalar) && problems.count < 20 {
                problems.append(Diagnostic(at: SourceLocation(file: file, line: line, column: column),
                    "含有不可打印的控制字符 U+\(String(format: "%04X", scalar.value))",
                    hint: "删去这个字符（常见于从网页、PDF 或 Word 复制的文字）"))
            }
            column += 1
        }
        throw ReportErrors(problems)
    }
}
