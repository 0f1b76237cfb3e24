import ArgumentParser
import Foundation
import ReportExport

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "汇总多个单位的报告（Sum many agencies' tables into one report file）。",
        discussion: "Every input must be a valid report of the same year and edition. Inputs may be report files, folders, manifests or CSV sheets. The result validates as it is."
    )

    @Argument(help: "Report files, folders, manifests or CSV sheets.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The report file to write (YAML).")
    var output: String

    @Option(help: "The name the consolidated report carries.")
    var agency: String = "汇总"

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let library = templateOptions.library
        var aggregation: Aggregation?
        var problems: [String] = []
        for path in inputs {
            let input: BatchInput
            do {
                input = try BatchInput.open(path, templates: library)
            } catch {
                problems.append(error.description)
                continue
            }
            for warning in input.warnings { Terminal.error(warning.description) }
            let loaded = ParallelMap.map(Array(0..<input.count)) { input.load($0, templates: library) }
            for (i, result) in loaded.enumerated() {
                switch result {
                case .failure(let errors):
                    problems.append(errors.description)
                case .success(let l):
                    guard l.errors.isEmpty, let format = l.format else {
                        problems.append(l.diagnostics.map(\.description).joined(separator: "\n"))
                        continue
                    }
                    if aggregation == nil { aggregation = Aggregation(format: format, year: l.report.year) }
                    do {
                        try aggregation!.add(l.report, from: input.label(i))
                    } catch {
                        problems.append(error.description)
                    }
                }
            }
        }
        guard problems.isEmpty, let aggregation else {
            Terminal.error((problems.isEmpty ? ["没有可汇总的报告"] : problems).joined(separator: "\n"))
            Terminal.error("有问题的报告不能汇总：先用 gkexport validate 逐个改正")
            throw ExitCode.badReport
        }
        do {
            try AtomicFile.write(Array(aggregation.yaml(agency: agency).utf8), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
        print("已汇总 \(aggregation.count) 个单位的报告，写入 \(output)")
    }
}
