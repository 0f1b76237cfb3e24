import ArgumentParser
import Foundation
import ReportExport

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "把报告文件排成文档（Render report files to documents）。",
        discussion: "Each REPORT becomes DIR/<agency><year>年政府信息公开工作年度报告.docx (and .odt, .pdf): all formats are staged as temporary files, then renamed in together; on any failure every old file stays as it was."
    )

    @Argument(help: "Report files (YAML or JSON).")
    var reports: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "."

    @OptionGroup var formatOptions: FormatOptions<DocumentFormats>

    @OptionGroup var pdfOptions: PDFOptions

    @OptionGroup var templateOptions: TemplateOptions

    @Flag(help: "Render even when the numbers break a 勾稽关系 (cross-footing rule); each is printed as a warning.")
    var allowInvalid = false

    func validate() throws {
        if reports.isEmpty { throw ValidationError("Give at least one report file.") }
        try formatOptions.check()
        try pdfOptions.check()
    }

    func run() throws {
        let renderer = ReportRenderer(templates: templateOptions.library)
        let formats = formatOptions.formats
        let pdf = formats.contains(.pdf) ? try pdfOptions.settings(renderer.templates) : PDFSettings()
        // Said once for all reports, after the last (also when some failed).
        defer { PDFOptions.printFontReport(pdf) }
        let directory = URL(fileURLWithPath: output)
        var worst: ExitCode = .success
        let names = NameRegistry()
        for path in reports {
            do {
                let files = try renderer.render(path: path, to: directory, formats: formats, allowInvalid: allowInvalid, names: names,
                                                 pdf: pdf) {
                    Terminal.error($0.map(\.description).joined(separator: "\n"))
                }
                for url in files {
                    print("已写入 \(url.path)")
                }
            } catch {
                Terminal.error(error.description)
                let code: ExitCode
                switch error {
                case .report: code = .badReport
                case .template, .layout: code = .badTemplate
                case .output: code = .outputFailed
                }
                if worst == .success || code.rawValue > worst.rawValue { worst = code }
            }
        }
        if worst != .success { throw worst }
    }
}
