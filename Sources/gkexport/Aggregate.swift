import ArgumentParser
import Foundation
import ReportBatch
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

    /// Inputs read at a time between checks of the cap.
    static let chunk = 256

    func run() throws {
        try AgencyArgument.check(agency, option: "--agency")
        let library = templateOptions.library
        let opened = try AggregateInputs(inputs, output: output, templates: library)
        for warning in opened.warnings { Terminal.error("警告：" + warning) }
        var aggregation: Aggregation?
        var problems = opened.problems
        var failed = problems.count
        var unchecked = 0
        // (agency, year) → where it was first read: two files of one agency double its numbers.
        var agencies: [String: String] = [:]
        for (_, input) in opened.inputs {
            for warning in input.warnings { Terminal.error(warning.description) }
            var start = 0
            while start < input.count {
                guard failed < Aggregation.maxFailedInputs else {
                    unchecked += input.count - start
                    break
                }
                let range = start..<min(input.count, start + Self.chunk)
                start = range.upperBound
                let loaded = ParallelMap.map(Array(range)) { input.load($0, templates: library) }
                for (i, result) in zip(range, loaded) {
                    guard failed < Aggregation.maxFailedInputs else {
                        unchecked += 1
                        continue
                    }
                    let before = problems.count
                    switch result {
                    case .failure(let errors):
                        problems.append(errors.description)
                    case .success(let l):
                        guard l.errors.isEmpty, let format = l.format else {
                            problems.append(l.diagnostics.map(\.description).joined(separator: "\n"))
                            break
                        }
                        let key = "\(l.report.agency)\u{0}\(l.report.year)"
                        if let first = agencies[key] {
                            problems.append("\(input.label(i))：单位「\(l.report.agency)」\(l.report.year)年的报告已在 \(first) 读过；同一单位汇总两次会使合计加倍 → 只留其中一份")
                            break
                        }
                        agencies[key] = input.label(i)
                        if aggregation == nil { aggregation = Aggregation(format: format, year: l.report.year) }
                        do {
                            try aggregation!.add(l.report, from: input.label(i))
                        } catch {
                            problems.append(error.description)
                        }
                    }
                    if problems.count > before { failed += 1 }
                }
            }
        }
        if unchecked > 0 {
            problems.append("已列出 \(failed) 份有问题的报告（上限 \(Aggregation.maxFailedInputs) 份），其余 \(unchecked) 份未再检查 → 先改正上面这些，再运行一次")
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
