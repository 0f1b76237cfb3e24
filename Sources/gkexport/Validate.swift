import ArgumentParser
import Foundation
import ReportBatch
import ReportExport
import ReportReview

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "检查报告文件（Check report files: input and 勾稽关系）。",
        discussion: "Prints every problem of every file, in the report's own words, and nothing else for a valid file unless --verbose. Exit 0 when all are valid, 1 otherwise."
    )

    @Argument(help: "Report files (YAML or JSON).")
    var reports: [String] = []

    // Thousands of file arguments cost the argument parser time that grows with their square
    // (and the shell's limit on a command line): a folder, manifest or sheet is one argument.
    @Option(help: ArgumentHelp("Check every report of a folder (recursively), a manifest or a CSV sheet, read as `batch` reads them.", valueName: "DIR|MANIFEST|SHEET"))
    var from: String?

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
        if reports.isEmpty && from == nil {
            throw ValidationError("Give report files, or --from DIR|MANIFEST|SHEET")
        }
        if children != nil, reports.count != 1 || from != nil {
            throw ValidationError("--children checks one 汇总 report against its subordinates: give exactly one report file")
        }
    }

    /// The 汇总 report against its subordinates (`--children`), checked after the report itself.
    func childrenFindings(_ library: TemplateLibrary) throws -> [Finding] {
        guard let children else { return [] }
        return try ChildrenCheck.run(parent: reports[0], children: children, rules: try office.ruleSet(library), library: library)
    }

    /// The files given and, with --from, every report of that folder, manifest or sheet.
    func inputs(_ library: TemplateLibrary) throws -> BatchInput {
        guard let from else { return .files(reports) }
        let input: BatchInput
        do {
            input = try BatchInput.open(from, templates: library)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.badReport
        }
        for warning in input.warnings { Terminal.error(warning.description) }
        if input.count == 0 {
            Terminal.error("\(from)：没有找到报告文件（.\(BatchInput.reportExtensions.sorted().joined(separator: " ."))）\n    → 检查给出的文件夹或清单里是否有报告文件")
            throw ExitCode.badReport
        }
        switch input {
        case .files(let listed):
            return .files(reports + listed)
        case .sheet:
            guard reports.isEmpty else {
                throw ValidationError("--from \(from) is a sheet: check it alone, without report files")
            }
            return input
        }
    }

    func run() throws {
        let library = templateOptions.library
        let input = try inputs(library)
        let labels = (0..<input.count).map(input.label)
        if office.active {
            var outcome = try OfficeReview.run(input, options: office, library: library, previousPath: previous,
                                               jobs: ProcessInfo.processInfo.activeProcessorCount)
            outcome.missing += try childrenFindings(library)
            let failed = Set(try OfficeReview.report(outcome, options: office, printDiagnostics: true)
                             + outcome.missing.filter { $0.severity == .error && !$0.input.isEmpty }.map(\.input))
            if verbose { for path in labels where !failed.contains(path) { print("\(path): 通过") } }
            print("检查了 \(labels.count) 个报告文件：\(labels.count - failed.count) 个通过，\(failed.count) 个有错误")
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
        let results = ReportCheck(templates: library, previous: last).check(input)
        for result in results where !result.text.isEmpty { Terminal.error(result.text) }
        let parentFindings = try childrenFindings(library)
        for finding in parentFindings { Terminal.error(finding.diagnostic.description) }
        let parentFailed = parentFindings.contains { $0.severity == .error }
        var failed = 0
        for (path, result) in zip(labels, results) {
            if result.valid && !parentFailed {
                if verbose { print("\(path): 通过") }
            } else {
                failed += 1
            }
        }
        if labels.count > 1 || from != nil || verbose || failed > 0 {
            print("检查了 \(labels.count) 个报告文件：\(labels.count - failed) 个通过，\(failed) 个有错误")
        }
        if failed > 0 { throw ExitCode.badReport }
    }
}
