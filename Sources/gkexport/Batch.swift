import ArgumentParser
import Foundation
import ReportBatch
import ReportExport
import ReportReview

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "批量生成（Render many agencies' reports into one folder）。",
        discussion: """
        INPUT is a folder of report files, a manifest (one report file per line), or a CSV sheet \
        (one row per agency, one column per cell id as in docs/fields.md, plus agency and year; \
        narrative columns name text files). One bad agency never stops the others. PDFs come from \
        a few LibreOffice processes (--pdf-jobs), each printing many documents per start; every \
        PDF is checked before it is written. Writes \
        DIR/summary.json (and with --summary-xlsx DIR/汇总.xlsx beside it); exit 0 only if every agency succeeded, 1 if one failed, 4 if DIR or \
        the summary cannot be written or another batch is writing into DIR, 64 if DIR is INPUT.
        """
    )

    @Argument(help: "A folder of report files, a manifest, or a CSV sheet.")
    var input: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @OptionGroup var formatOptions: FormatOptions<BatchFormats>

    // One more worker than cores: a worker waiting on the file system never leaves a core idle
    // (measured: 10,000 agencies in 17.9 s with 2 workers on 2 cores, 13.2 s with 3).
    @Option(help: "Worker threads (default: cores + 1).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount + 1

    @OptionGroup var pdfOptions: PDFOptions

    // One LibreOffice per core: each converts one document at a time, on one core.
    @Option(name: .customLong("pdf-jobs"), help: ArgumentHelp("LibreOffice processes converting PDFs at once (default: cores).", valueName: "N"))
    var pdfJobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Last year's reports (folder, manifest or sheet): check each 上年结转 against them.")
    var previous: String?

    @Flag(help: "Render reports whose numbers break a 勾稽关系, with warnings.")
    var allowInvalid = false

    @Flag(help: "Also write DIR/汇总.xlsx beside summary.json: one row per agency with its status, problems and every table value.")
    var summaryXlsx = false

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var office: ReviewOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if pdfJobs < 1 { throw ValidationError("--pdf-jobs must be at least 1.") }
        try formatOptions.check()
        try office.check()
        try pdfOptions.check()
    }

    func run() throws {
        let library = templateOptions.library
        let directory = URL(fileURLWithPath: output)
        if BatchInput.isSameFolder(input, output) {
            // Every input would be excluded as output: refuse rather than do nothing.
            Terminal.error("输出文件夹 \(output) 就是输入文件夹：批量的输出不能与输入放在同一个文件夹\n    → 用 -o 指定另一个文件夹（输入文件夹里的子文件夹也可以，它会被跳过）")
            throw ExitCode(64)
        }
        let source: BatchInput
        do {
            source = try BatchInput.open(input, templates: library, excluding: directory)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.badReport
        }
        for warning in source.warnings { Terminal.error(warning.description) }
        var options = BatchRunner.Options()
        options.formats = formatOptions.formats
        options.jobs = jobs
        options.allowInvalid = allowInvalid
        if summaryXlsx { options.values = BatchValues() }
        // The office's review checks each report as the renderers read it (no second reading),
        // and uses the same reading of last year's reports.
        var review: OfficeReview.Prepared?
        var reviews: ReviewSlots?
        if office.active {
            let prepared = try OfficeReview.prepare(options: office, library: library, previousPath: previous, jobs: jobs)
            let slots = ReviewSlots(count: source.count)
            options.onRead = { i, read in slots.set(i, prepared.review(source.label(i), read)) }
            options.previous = prepared.last
            if let last = prepared.last { Terminal.error("上年报告：\(last.count) 份") }
            (review, reviews) = (prepared, slots)
        } else if let previous {
            do {
                options.previous = try PreviousReports.open(previous, templates: library, jobs: jobs)
                Terminal.error("上年报告：\(options.previous!.count) 份")
            } catch {
                Terminal.error(error.description)
                throw ExitCode.badReport
            }
        }

        var pdf = PDFSettings()
        if options.formats.contains(.pdf) {
            pdf = try pdfOptions.settings(library, jobs: pdfJobs)
            do {
                options.pdfPool = try PDFPool(templates: library, settings: pdf)
            } catch {
                Terminal.error(error.message)
                throw ExitCode.outputFailed
            }
        }

        let folder: BatchFolder
        do {
            folder = try BatchFolder(directory)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
        defer { folder.release() }
        Interrupt.shared.install()
        let progress = Progress("生成")
        let results = BatchRunner(renderer: ReportRenderer(templates: library)).run(
            source, in: folder, options: options,
            progress: { progress.update($0, $1) }, cancelled: { Interrupt.shared.isRequested })
        let summary = BatchSummary(input: input, formats: options.formats, total: source.count, results: results)
        var summaryWritten = true
        do {
            try summary.write(in: directory, mode: folder.summaryMode)
        } catch {
            Terminal.error("\(error)\n    （各单位的文件已写出；没有 summary.json，结果只在下面的汇总里）")
            summaryWritten = false
        }
        BatchReport.print(summary, directory: directory, summaryWritten: summaryWritten)
        if let values = options.values {
            do {
                try SummaryWorkbook.write(summary, values: values, in: directory, mode: folder.summaryWorkbookMode)
                print("汇总表：\(directory.appendingPathComponent(SummaryWorkbook.fileName).path)")
            } catch {
                Terminal.error("\(error)\n    （各单位的文件已写出；没有 \(SummaryWorkbook.fileName)）")
                summaryWritten = false
            }
        }
        PDFOptions.printFontReport(pdf)
        if let review, let reviews {
            // The 问题清单 goes beside summary.json unless named.
            var listed = office
            if listed.issues.isEmpty {
                listed.issues = ["csv", "json"].map { directory.appendingPathComponent("问题清单.\($0)").path }
            }
            _ = try OfficeReview.report(review.outcome(reviews.checked()), options: listed, printDiagnostics: false)
        }
        if summary.notRun > 0 { throw ExitCode(130) }
        if !summaryWritten { throw ExitCode.outputFailed }
        if summary.failed > 0 { throw ExitCode.badReport }
    }
}

/// The closing table a person reads: totals, then each failure with its first problems.
enum BatchReport {
    static func print(_ summary: BatchSummary, directory: URL, summaryWritten: Bool) {
        let warned = summary.results.filter { $0.status == .warnings }.count
        Swift.print("""
        输入：\(summary.input)
        输出：\(directory.path)
          单位总数  \(pad(summary.total))
          成功      \(pad(summary.succeeded))（其中有警告 \(warned)）
          失败      \(pad(summary.failed))
          未处理    \(pad(summary.notRun))
        """)
        let failures = summary.results.filter { $0.status == .failed }
        for failure in failures.prefix(50) {
            Swift.print("✗ \(failure.agency.isEmpty ? "（无单位名称）" : failure.agency)  \(failure.input)")
            for line in failure.diagnostics.prefix(3) { Swift.print("    " + line.replacingOccurrences(of: "\n", with: "\n    ")) }
            if failure.diagnostics.count > 3 { Swift.print("    ……另有 \(failure.diagnostics.count - 3) 个问题，见 summary.json") }
        }
        if failures.count > 50 { Swift.print("……另有 \(failures.count - 50) 个单位失败，见 summary.json") }
        if summaryWritten { Swift.print("详细结果：\(directory.appendingPathComponent(BatchSummary.fileName).path)") }
    }

    private static func pad(_ n: Int, _ width: Int = 6) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
