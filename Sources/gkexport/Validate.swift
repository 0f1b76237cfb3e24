import ArgumentParser
import Foundation
import ReportBatch
import ReportExport
import ReportReview

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查报告文件（Check report files: input and 勾稽关系）。",
        discussion: "Prints every problem of every file, in the report's own words, and nothing else for a valid file unless --verbose. Exit 0 when all are valid, 1 otherwise."
    )

    @Argument(help: "Report files (YAML or JSON).")
    var reports: [String]

    @OptionGroup var templateOptions: TemplateOptions

    @Flag(help: "Also say so for each valid file.")
    var verbose = false

    @Option(help: "Last year's reports (folder, manifest or sheet): check each 上年结转 against them.")
    var previous: String?

    @Option(help: "The subordinates' reports (folder, manifest or sheet): check that the one report given, a 汇总, equals their sum table by table.")
    var children: String?

    @OptionGroup var office: ReviewOptions

    func validate() throws {
        try office.check()
        if children != nil, reports.count != 1 {
            throw ValidationError("--children checks one 汇总 report against its subordinates: give exactly one report file")
        }
    }

    /// The 汇总 report against its subordinates (`--children`), checked after the report itself.
    func childrenFindings(_ library: TemplateLibrary) throws -> [Finding] {
        guard let children else { return [] }
        return try ChildrenCheck.run(parent: reports[0], children: children, rules: try office.ruleSet(library), library: library)
    }

    func run() throws {
        let library = templateOptions.library
        if office.active {
            var outcome = try OfficeReview.run(.files(reports), options: office, library: library, previousPath: previous,
                                               jobs: ProcessInfo.processInfo.activeProcessorCount)
            outcome.missing += try childrenFindings(library)
            let failed = Set(try OfficeReview.report(outcome, options: office, printDiagnostics: true)
                             + outcome.missing.filter { $0.severity == .error && !$0.input.isEmpty }.map(\.input))
            if verbose { for path in reports where !failed.contains(path) { print("\(path): 通过") } }
            print("检查了 \(reports.count) 个报告文件：\(reports.count - failed.count) 个通过，\(failed.count) 个有错误")
            if !failed.isEmpty || !outcome.missing.isEmpty { throw ExitCode.badReport }
            return
        }
        var last: PreviousReports?
        if let previous {
            do {
                last = try PreviousReports.open(previous, templates: library, jobs: ProcessInfo.processInfo.activeProcessorCount)
            } catch {
                Terminal.error(error.description)
                throw ExitCode.badReport
            }
        }
        let results = ReportCheck(templates: library, previous: last).check(reports)
        for result in results where !result.text.isEmpty { Terminal.error(result.text) }
        let parentFindings = try childrenFindings(library)
        for finding in parentFindings { Terminal.error(finding.diagnostic.description) }
        let parentFailed = parentFindings.contains { $0.severity == .error }
        var failed = 0
        for (path, result) in zip(reports, results) {
            if result.valid && !parentFailed {
                if verbose { print("\(path): 通过") }
            } else {
                failed += 1
            }
        }
        if reports.count > 1 || verbose || failed > 0 {
            print("检查了 \(reports.count) 个报告文件：\(reports.count - failed) 个通过，\(failed) 个有错误")
        }
        if failed > 0 { throw ExitCode.badReport }
    }
}
