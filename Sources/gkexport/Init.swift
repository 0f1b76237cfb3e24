import ArgumentParser
import Foundation
import ReportExport

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "生成一个待填写的报告文件（Write a report-file skeleton to fill in）。",
        discussion: "Every key with its Chinese label as a comment, zeros in the numbers, placeholder narrative. It validates and renders as it is. With -o NAME.xlsx, a workbook of the official tables instead (totals as formulas, checks beside each rule)."
    )

    @Argument(help: "The agency's name (单位名称).")
    var agency: String

    @Argument(help: "The report year (报告年度).")
    var year: Int

    @Option(help: "Format edition (2019, 2021, or a variant's name); by default it follows from the year.")
    var edition: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (never overwrites one).")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        try AgencyArgument.check(agency, option: "init")
        let library = templateOptions.library
        let chosen: String
        do {
            guard let name = try edition ?? library.edition(forYear: year) else {
                throw ValidationError("No format edition covers \(year); choose one with --edition (\(library.editions().joined(separator: ", "))).")
            }
            guard library.editions().contains(name) else {
                throw ValidationError("No edition '\(name)'; choose from: \(library.editions().joined(separator: ", ")).")
            }
            chosen = name
        }
        let format: FormatSpec
        do {
            format = try library.format(chosen)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.badTemplate
        }
        let bytes: [UInt8]
        if let output, ReportFileReader.isWorkbook(output) {
            do {
                bytes = try ReportWorkbook.skeletonBytes(format: format, styles: library.styleSet(), agency: agency, year: year)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.badTemplate
            }
        } else {
            let text = ReportSkeleton(format: format).yaml(agency: agency, year: year)
            guard output != nil else {
                print(text, terminator: "")
                return
            }
            bytes = Array(text.utf8)
        }
        guard let output else { return }
        let url = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: url.path) {
            Terminal.error("\(output) 已存在，不会覆盖；换一个文件名或先删去它")
            throw ExitCode.outputFailed
        }
        do {
            // replacing: false closes the gap between the check above and the write.
            try AtomicFile.write(bytes, to: url, replacing: false)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
        print("已写入 \(url.path)")
    }
}
