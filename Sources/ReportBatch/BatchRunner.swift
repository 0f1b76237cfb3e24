import Foundation
import OOXMLWriter
import ReportExport

/// Renders every report of a batch input into one folder, on all cores, one agency's failure
/// never stopping the others. Workers read, check, serialize and write item after item with no
/// barrier (`OrderedPipeline`), names claimed in input order (so names are the same on every
/// run); with PDFs, work goes in chunks, each printed by LibreOffice as a group.
/// Parts every document shares are built and compressed once per batch.
public final class BatchRunner: @unchecked Sendable {
    public struct Options: Sendable {
        public var formats: [OutputFormat] = [.docx, .odt]
        /// One more than the cores, so a worker waiting on the file system leaves no core idle.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount + 1
        public var allowInvalid = false
        /// Last year's reports, for the cross-year checks.
        public var previous: PreviousReports?
        /// Items rendered but not yet written (a PDF chunk's size): bounds memory.
        public var chunkSize = 256
        /// Diagnostics the whole run keeps for summary.json (see `BatchResult.capped`).
        public var diagnosticBudget = DiagnosticBudget()
        /// LibreOffice's processes, when `formats` holds PDF (the caller makes it, so a missing
        /// LibreOffice stops the run before it starts).
        public var pdfPool: PDFPool?
        /// Where each agency's table values are kept for 汇总.xlsx; nil keeps none.
        public var values: BatchValues?
        /// Handed each input's reading (by index) on the worker that read it, so a caller that
        /// also checks the batch (the office's review) reads no input twice.
        public var onRead: (@Sendable (Int, Result<ReportFileReader.Loaded, ReportErrors>) -> Void)?

        public init() {}
    }

    public let renderer: ReportRenderer
    private let lock = NSLock()
    private var shared: (docx: SharedParts, odt: SharedParts)?

    public init(renderer: ReportRenderer = ReportRenderer()) {
        self.renderer = renderer
    }

    /// One item after phase A: what to write, or why not.
    struct Rendered: Sendable {
        var result: BatchResult
        /// Each file's suffix after the stem (`OutputFormat.fileSuffixes`) and its bytes.
        var bytes: [(String, [UInt8])]
        /// The report's edition as rendered (part of its name's identity).
        var edition: String? = nil
        /// The DOCX LibreOffice prints, when PDF is wanted (also when DOCX itself is not).
        var pdfSource: [UInt8]? = nil
        /// The East Asian fonts the document uses (which official faces its PDF must embed).
        var faces: Set<String> = []
        /// The pages its PDF may have, estimated from the document (`PageEstimate`).
        var pages: PageRange? = nil
    }

    /// Runs the batch. `progress(done, total)` is called every 64 items (after each chunk with
    /// PDFs); `cancelled()` is asked before each item (each chunk with PDFs), and a cancelled batch returns the results so far. Fails at once
    /// when DIR cannot be made or locked (another batch is writing there).
    public func run(_ input: BatchInput, to directory: URL, options: Options,
                    progress: (Int, Int) -> Void = { _, _ in }, cancelled: () -> Bool = { false }) throws(WriteError) -> [BatchResult] {
        let folder = try BatchFolder(directory)
        defer { folder.release() }
        return run(input, in: folder, options: options, progress: progress, cancelled: cancelled)
    }

    /// Runs the batch into a folder already held (the caller writes the summary before
    /// releasing it, so no other batch comes between).
    public func run(_ input: BatchInput, in folder: BatchFolder, options: Options,
                    progress: (Int, Int) -> Void = { _, _ in }, cancelled: () -> Bool = { false }) -> [BatchResult] {
        let results = runItems(input, in: folder, options: options, progress: progress, cancelled: cancelled)
        return folder.synced(results)
    }

    private func runItems(_ input: BatchInput, in folder: BatchFolder, options: Options,
                          progress: (Int, Int) -> Void, cancelled: () -> Bool) -> [BatchResult] {
        let directory = folder.directory, staging = folder.staging
        // The old summary describes an earlier run: it goes now, so a run that is killed or
        // cannot write its own leaves none rather than one that no longer holds.
        folder.summaryMode = BatchSummary.removeStale(in: directory) ?? folder.summaryMode
        if options.values != nil {
            folder.summaryWorkbookMode = BatchSummary.removeStale(SummaryWorkbook.fileName, in: directory) ?? folder.summaryWorkbookMode
        }
        progress(0, input.count)
        // PDFs go through LibreOffice in groups: a sheet then runs in chunks too, named up front.
        var sheetStems: [String]?
        if case .sheet(let sheet) = input {
            guard options.pdfPool != nil else {
                return runSheet(sheet, input, to: directory, staging: staging, options: options, progress: progress, cancelled: cancelled)
            }
            sheetStems = Self.stems(sheet)
        }
        let names = NameRegistry()
        guard options.pdfPool != nil else {
            return runPipeline(input, names: names, directory: directory, staging: staging, options: options,
                               progress: progress, cancelled: cancelled)
        }
        var results: [BatchResult] = []
        results.reserveCapacity(input.count)
        var start = 0
        while start < input.count, !cancelled() {
            let chunk = Array(start..<min(input.count, start + options.chunkSize))
            var rendered = ParallelMap.map(chunk, jobs: options.jobs) { [self] index in
                render(input, index, options)
            }
            // Names in input order, so a rerun gives every agency the same file.
            for i in rendered.indices where !rendered[i].bytes.isEmpty || rendered[i].pdfSource != nil {
                let stem = sheetStems?[chunk[i]]
                    ?? names.claim(agency: rendered[i].result.agency, year: rendered[i].result.year ?? 0, edition: rendered[i].edition)
                rendered[i].result.files = rendered[i].bytes.map { stem + "." + $0.0 }
                if rendered[i].pdfSource != nil { rendered[i].result.files.append(stem + "." + OutputFormat.pdf.fileExtension) }
            }
            if let pool = options.pdfPool {
                // Each printed document moves the bar; the chunk's last is said once it is written.
                let end = chunk.count
                rendered = printPDFs(rendered, pool: pool, progress: { if $0 < end { progress(start + $0, input.count) } }, cancelled: cancelled)
            }
            results += ParallelMap.map(rendered, jobs: options.jobs) { Self.write($0, directory, staging) }
            start += chunk.count
            progress(start, input.count)
        }
        return results
    }

    /// Without PDFs, items need no chunk barrier: workers render, name (in input order) and
    /// write through one `OrderedPipeline`, so no core idles waiting for a chunk's slowest item.
    private func runPipeline(_ input: BatchInput, names: NameRegistry, directory: URL, staging: URL, options: Options,
                             progress: (Int, Int) -> Void, cancelled: () -> Bool) -> [BatchResult] {
        let total = input.count
        guard total > 0 else { return [] }
        let pipeline = OrderedPipeline<Rendered>(count: total, window: options.chunkSize)
        let results = pipeline.run(
            jobs: options.jobs,
            render: { render(input, $0, options) },
            name: { _, item in
                guard !item.bytes.isEmpty else { return item.result }
                let stem = names.claim(agency: item.result.agency, year: item.result.year ?? 0, edition: item.edition)
                item.result.files = item.bytes.map { stem + "." + $0.0 }
                return nil
            },
            write: { Self.write($0, directory, staging) },
            progress: { progress($0, total) },
            cancelled: cancelled)
        progress(results.count, total)
        return results
    }

    /// A sheet names every agency up front (its agency and year are plain fields), so items
    /// need no chunk barrier: each worker takes the next row, renders and writes it.
    private func runSheet(_ sheet: SheetReports, _ input: BatchInput, to directory: URL, staging: URL, options: Options,
                          progress: (Int, Int) -> Void, cancelled: () -> Bool) -> [BatchResult] {
        let stems = Self.stems(sheet)
        let total = sheet.count
        let slots = ResultSlots(count: total)
        let jobs = max(1, min(options.jobs, total))
        withoutActuallyEscaping(progress) { progress in
            withoutActuallyEscaping(cancelled) { cancelled in
                let shared = UncheckedBox((progress, cancelled))
                DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                    while !shared.value.1(), let i = slots.next() {
                        var item = render(input, i, options)
                        item.result.files = item.bytes.map { stems[i] + "." + $0.0 }
                        slots.set(i, Self.write(item, directory, staging))
                        if let done = slots.finished(reportingEvery: 64) { shared.value.0(done, total) }
                    }
                }
            }
        }
        let results = slots.results()
        progress(results.count, total)
        return results
    }

    /// Every row's name, claimed up front in row order (a sheet names its agency and year in plain fields).
    static func stems(_ sheet: SheetReports) -> [String] {
        let names = NameRegistry()
        return (0..<sheet.count).map { i -> String in
            let (agency, year, edition) = sheet.identity(i)
            return names.claim(agency: agency, year: year ?? 0, edition: edition)
        }
    }

    /// Phase C for one item: its files staged, then all renamed in, or none (an old pair
    /// stays a pair). A failed item lists no files.
    static func write(_ item: Rendered, _ directory: URL, _ staging: URL) -> BatchResult {
        var result = item.result
        guard !item.bytes.isEmpty else { return result }
        // `isDirectory: false`: without it Foundation stats every name to guess (a syscall per file).
        let files = zip(item.bytes, item.result.files).map { (directory.appendingPathComponent($0.1, isDirectory: false), $0.0.1) }
        do {
            try StagedFiles.stage(files, durable: false, staging: staging).commit()
        } catch {
            result.status = .failed
            result.files = []
            result.diagnostics.append(error.description)
        }
        return result
    }

    /// Phase A for one item: read, check (and compare with last year), lay out, serialize.
    func render(_ input: BatchInput, _ index: Int, _ options: Options) -> Rendered {
        var result = BatchResult(input: input.label(index), agency: "", year: nil, status: .failed, files: [], diagnostics: [])
        let loaded: ReportFileReader.Loaded
        let read = input.load(index, templates: renderer.templates)
        options.onRead?(index, read)
        switch read {
        case .failure(let errors):
            result.diagnostics = BatchResult.capped(errors.diagnostics.map(\.description), input: result.input, budget: options.diagnosticBudget)
            return Rendered(result: result, bytes: [])
        case .success(let l):
            loaded = l
        }
        result.agency = loaded.report.agency
        result.year = loaded.report.year == 0 ? nil : loaded.report.year
        let edition = loaded.report.edition ?? loaded.format?.edition
        if let values = options.values, let format = loaded.format {
            values.keep(input: result.input, report: loaded.report, format: format)
        }
        var diagnostics = loaded.diagnostics
        if let previous = options.previous, let format = loaded.format {
            diagnostics += previous.check(loaded.report, format: format)
        }
        diagnostics = diagnostics.allowingInvalid(options.allowInvalid)
        result.diagnostics = BatchResult.capped(diagnostics.map(\.description), input: result.input, budget: options.diagnosticBudget)
        guard diagnostics.errors.isEmpty else { return Rendered(result: result, bytes: []) }
        do {
            let document = try renderer.document(for: loaded)
            let parts = try sharedParts(document)
            var bytes: [(String, [UInt8])] = []
            for format in options.formats.sorted() {
                bytes += zip(format.fileSuffixes, try format.files(document, shared: parts)).map { ($0, $1) }
            }
            result.status = diagnostics.isEmpty ? .ok : .warnings
            var rendered = Rendered(result: result, bytes: bytes, edition: edition)
            if options.formats.contains(.pdf) {
                rendered.pdfSource = try bytes.first { $0.0 == OutputFormat.docx.fileSuffixes[0] }?.1 ?? OutputFormat.docx.serialize(document, shared: parts)
                rendered.faces = document.eastAsianFontsInUse
                rendered.pages = PageEstimate.range(of: document)
            }
            return rendered
        } catch {
            result.diagnostics.append("\(result.input): 错误：\(error)")
            return Rendered(result: result, bytes: [])
        }
    }

    /// The frame-only parts, built from the first document and reused while frames agree.
    private func sharedParts(_ document: Document) throws -> (docx: SharedParts, odt: SharedParts) {
        lock.lock()
        if let shared, shared.docx.frame == DocumentFrame(document) {
            lock.unlock()
            return shared
        }
        lock.unlock()
        let made = (docx: try DOCXSerializer.sharedParts(for: document), odt: try ODTSerializer.sharedParts(for: document))
        lock.lock()
        shared = made
        lock.unlock()
        return made
    }
}

/// Work handed out one index at a time, and results kept in input order.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private var slots: [BatchResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < slots.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func set(_ i: Int, _ result: BatchResult) {
        lock.lock()
        slots[i] = result
        done += 1
        lock.unlock()
    }

    /// The number finished, every `n` items (for progress), else nil.
    func finished(reportingEvery n: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return done % n == 0 ? done : nil
    }

    /// The finished results in input order (after a cancellation, some items have none).
    func results() -> [BatchResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// Hands non-Sendable closures to worker threads that only call them under their own locks.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
