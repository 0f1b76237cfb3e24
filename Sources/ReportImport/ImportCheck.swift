import Foundation
import ReportExport

/// The report file an import is about to write, read back by the report-file reader: the
/// importer's own promise (a complete import validates as far as reading goes) checked, and the
/// document's own 勾稽 errors found, so they are said as the document's and not the importer's.
public struct ImportCheck: Sendable {
    /// Problems reading the file (anything but 待填 means the importer wrote something wrong).
    public var input: [String]
    /// 勾稽关系 the document's own numbers break.
    public var rules: [String]
    /// Nothing left to fill in and nothing the importer wrote wrong.
    public let complete: Bool

    public init(_ result: ReportRecognizer.Result, templates: TemplateLibrary) {
        var input: [String] = [], rules: [String] = []
        do {
            let loaded = try ReportFileReader(templates: templates).load(bytes: Array(result.yaml.utf8).withUnsafeBufferPointer { Data($0) }, name: "导入结果")
            for d in loaded.errors {
                if d.kind == .rule { rules.append(d.message) } else if !d.message.contains("导入时没能从原文读出") { input.append(d.message) }
            }
        } catch {
            input.append("\(error)")
        }
        // Missing agency, year and parts are already said as 待填.
        if !result.isComplete { input = input.filter { !$0.contains("缺少") && !$0.contains("不能为空") } }
        self.input = input
        self.rules = rules
        complete = result.isComplete && input.isEmpty
    }
}
