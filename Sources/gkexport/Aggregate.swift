import ArgumentParser
import Foundation
import ReportBatch
import ReportExport

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "汇总多个单位的报告（Sum many agencies' tables into one report file）。",
        discussion: "Every input must be a valid report of the same year and edition. Inputs may be report files, folders, manifests or CSV sheets. The result validates as it is."
    )

    @Argument(help: "Report files, folders, manifests or CSV sheets.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The report file to write (YAML; a workbook of the same shape as init's when it ends in .xlsx).")
    var output: String

    @Option(help: "The name the consolidated report carries.")
    var agency: String = "汇总"

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        try AgencyArgument.check(agency, option: "--agency")
        let library = templateOptions.library
        let opened = AggregateInputs(inputs, output: output, templates: library)
        guard opened.usage.isEmpty else {
            for line in opened.usage { Terminal.error(line) }
            Terminal.error("没有写出任何文件")
            throw ExitCode.validationFailure
        }
        for warning in opened.warnings { Terminal.error("警告：" + warning) }
        let run = AggregationRun(opened, templates: library)
        for warning in run.warnings { Terminal.error(warning.description) }
        guard run.problems.isEmpty, let aggregation = run.aggregation else {
            Terminal.error(run.problems.joined(separator: "\n"))
            Terminal.error("有问题的报告不能汇总：先用 gkexport validate 逐个改正")
            throw ExitCode.badReport
        }
        do {
            let bytes = ReportFileReader.isWorkbook(output)
                ? try ReportWorkbook.bytes(aggregation.report(agency: agency), format: aggregation.format, styles: library.styleSet())
                : Array(aggregation.yaml(agency: agency).utf8)
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } catch let error as WriteError {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.outputFailed
        }
        print("已汇总 \(aggregation.count) 个单位的报告，写入 \(output)")
    }
}
