import Foundation
import ReportBatch
import ReportExport
import SampleReports

/// `gkexport-bench pdf N [--baseline M] [--pdf-jobs J]`: N generated agencies through `batch
/// --format docx,odt,pdf` (the LibreOffice pool), seconds per document wall; then, from the same
/// run, the first M of them (default 10) printed one LibreOffice start per document, as `render`
/// does, and the speed-up. Prints the pages checked and the run's font report.
func pdfBench(_ arguments: [String]) throws {
    guard arguments.count >= 2, let n = Int(arguments[1]), n > 0 else { throw BenchError("usage: gkexport-bench pdf N [--baseline M] [--pdf-jobs J]") }
    func option(_ name: String) -> Int? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
    }
    let baseline = min(n, option("--baseline") ?? 10)
    let library = TemplateLibrary()
    let samples = SampleReports(format: try library.format("2021"), year: 2021)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-bench-pdf-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let sheet = try SheetReports(path: try samples.writeSheet(count: n, to: work).path, templates: library)
    let renderer = ReportRenderer(templates: library)

    var settings = PDFSettings()
    if let jobs = option("--pdf-jobs") { settings.jobs = jobs }
    var options = BatchRunner.Options()
    options.formats = [.docx, .odt, .pdf]
    options.pdfPool = try PDFPool(templates: library, settings: settings)
    let out = work.appendingPathComponent("pool")
    var results: [BatchResult] = []
    let cpuBefore = cpuSeconds()
    let poolSeconds = try seconds { results = try BatchRunner(renderer: renderer).run(.sheet(sheet), to: out, options: options) }
    let printed = results.filter { $0.status != .failed }.count
    let checked = options.pdfPool!.checked
    let pages = checked.pages
    let poolCPU = cpuSeconds() - cpuBefore
    let poolPer = poolSeconds / Double(n)
    let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
    print(String(format: "pool: %d agencies → DOCX + ODT + PDF in %.1f s wall, %.3f s/document (%d PDFs, %d pages checked, %d LibreOffice processes, ≤ %d documents per start)",
                 n, poolSeconds, poolPer, printed, pages, settings.jobs, PDFPool.maxPerStart))
    // CPU of gkexport and every LibreOffice it reaped: what the wall time would be on idle cores.
    print(String(format: "pool CPU: %.3f s/document (gkexport + LibreOffice), %.3f s/document over %.0f idle cores; load average now %@",
                 poolCPU / Double(n), poolCPU / Double(n) / cores, cores, loadAverage()))
    let widths = checked.rangeWidths.sorted()
    print("page ranges: \(checked.documents) PDFs within the page range estimated from their layout, "
          + "\(checked.outsideRange) tries outside it; range width median \(widths.isEmpty ? 0 : widths[widths.count / 2]) pages, "
          + "widest \(widths.last ?? 0)")
    for failure in results.filter({ $0.status == .failed }).prefix(5) { print("  failed: \(failure.input): \(failure.diagnostics.first ?? "")") }

    // The same reports' DOCX, one LibreOffice start each.
    let converter = try PDFConverter(templates: library)
    let single = work.appendingPathComponent("single")
    try FileManager.default.createDirectory(at: single, withIntermediateDirectories: true)
    let docs = try (0..<baseline).map { i -> URL in
        let url = single.appendingPathComponent("\(i).docx")
        try Data(renderer.bytes(try renderer.document(for: sheet.load(i).report), format: .docx)).write(to: url)
        return url
    }
    let singleSeconds = try seconds {
        for doc in docs { try converter.convert(doc, to: doc.deletingPathExtension().appendingPathExtension("pdf")) }
    }
    let singlePer = singleSeconds / Double(baseline)
    print(String(format: "one LibreOffice start per document (first %d of the same reports): %.1f s, %.3f s/document", baseline, singleSeconds, singlePer))
    print(String(format: "speed-up of the pool: %.1f×", singlePer / poolPer))
    if let text = settings.report.text { print(text) }
}

/// User + system seconds of this process and of its reaped children.
func cpuSeconds() -> Double {
    func total(_ who: __rusage_who_t) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    return total(RUSAGE_SELF.rawValue) + total(RUSAGE_CHILDREN.rawValue)
}

/// The 1-minute load average, as /proc says it (the machine may be shared).
func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").first.map(String.init) ?? "?"
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
