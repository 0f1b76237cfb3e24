import ArgumentParser
import Foundation
import ReportExport
import ReportReview

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "列出审核规则（List every review rule of every format, as Markdown: docs/rules.md）。"
    )

    @Option(name: .shortAndLong, help: "Write to this file (docs/rules.md) instead of standard output.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let text: String
        do {
            text = try RulesDocument.markdown(templateOptions.library)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.badTemplate
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
    }
}
