import ArgumentParser
import Foundation
import ReportExport
import ReportReview

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "列出审核规则（List every review rule of every format, as Markdown: docs/rules.md）。"
    )

    @Option(name: .shortAndLong, help: "Write to this file (docs/rules.md) instead of standard output.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        try GeneratedDocument.emit(to: output) { try RulesDocument.markdown(templateOptions.library) }
    }
}
