import ArgumentParser
import Foundation
import ReportExport

struct Fields: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "列出报告文件的全部键（List every row and column id of every format, as Markdown）。"
    )

    @Option(name: .shortAndLong, help: "Write to this file (docs/fields.md) instead of standard output.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let library = templateOptions.library
        try GeneratedDocument.emit(to: output) { try FieldsDocument.markdown(library) }
    }
}
