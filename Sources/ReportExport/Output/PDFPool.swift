import Foundation

/// Many DOCX to PDF with a few LibreOffice processes (`PDFSettings.jobs`), each converting a group
/// of documents per start: `soffice --convert-to pdf --outdir OUT a.docx b.docx …` converts them one
/// after another in one process, so its start (1–3 s) is paid once per group, not per document.
/// (A long-lived listener would save the starts too, but needs UNO bindings — python3-uno — and a
/// protocol to watch; a group call needs nothing beyond soffice, and a finished file in OUT is the
/// progress we watch.)
///
/// Each worker has its own throw-away profile. A process that finishes no document for
/// `timeout` seconds is stuck on the first document without a PDF: its whole process group is
/// killed, its profile thrown away, the documents after the stuck one go back to the queue, and the
/// stuck one is tried once more, alone. Every PDF must pass `PDFCheck` (header, %%EOF, page objects
/// as many as the page tree declares) and have as many pages as its job's range allows (a
/// truncated, blank or runaway rendering does not) or it is tried once more too; its embedded fonts
/// are read for the run's `FontReport`.
public final class PDFPool: @unchecked Sendable {
    /// One document to print: its DOCX bytes, the name its messages use, its fonts in use, and
    /// the pages its PDF may have (`PageEstimate.range(of:)` of its document).
    public struct Job: Sendable {
        public let docx: [UInt8]
        public let name: String
        public let faces: Set<String>
        public let pages: PageRange

        public init(docx: [UInt8], name: String, faces: Set<String>, pages: PageRange) {
            self.docx = docx
            self.name = name
            self.faces = faces
            self.pages = pages
        }
    }

    public enum Outcome: Sendable {
        /// A checked PDF and its page count.
        case printed([UInt8], pages: Int)
        /// Why there is none, in Chinese.
        case failed(String)
    }

    /// Documents one process converts per start at most: a crash or hang costs at most this many
    /// reruns, and the start is already well amortized (about 2 s over 0.2 s a document).
    public static let maxPerStart = 64
    /// Tries per document: the first, and one retry.
    static let maxAttempts = 2

    public let converter: PDFConverter
    public let settings: PDFSettings
    private let work: URL
    private let tally = NSLock()
    private var printed = Checked()

    /// What the checks passed so far.
    public struct Checked: Sendable {
        /// PDFs that passed every check, their page count within their job's range.
        public var documents = 0
        public var pages = 0
        /// Each passed PDF's range width (highest less lowest page), for how tight the check was.
        public var rangeWidths: [Int] = []
        /// Tries whose PDF had a page count outside its range (each retried once, then failed).
        public var outsideRange = 0
    }

    /// PDFs that passed every check so far, and their pages.
    public var checked: Checked {
        tally.lock()
        defer { tally.unlock() }
        return printed
    }

    public init(templates: TemplateLibrary = TemplateLibrary(), settings: PDFSettings) throws(PDFConverter.Failure) {
        converter = try PDFConverter(templates: templates, timeout: settings.timeout, fonts: settings.fonts)
        self.settings = settings
        TemporaryFolder.sweep()
        do {
            work = try TemporaryFolder.make("gkexport-soffice")
        } catch {
            throw PDFConverter.Failure(message: error.description)
        }
    }

    deinit { TemporaryFolder.remove(work) }

    /// Prints every job; `done()` after each finished one. Asked before each group, `cancelled()`
    /// leaves the rest unprinted (nil).
    public func print(_ jobs: [Job], done: @escaping @Sendable () -> Void = {}, cancelled: @escaping @Sendable () -> Bool = { false }) -> [Outcome?] {
        let queue = PrintQueue(count: jobs.count)
        let workers = max(1, min(settings.jobs, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let folder = work.appendingPathComponent("w\(worker)")
            while !cancelled(), let group = queue.take(workers: workers) {
                for (index, outcome) in run(group, jobs, in: folder) {
                    if queue.finish(index, outcome) { done() }
                }
            }
        }
        return queue.outcomes
    }

    /// One LibreOffice start over `group`: what became of each document (nil: not reached, back
    /// to the queue).
    private func run(_ group: [Int], _ jobs: [Job], in folder: URL) -> [(Int, Attempt)] {
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        let profile = folder.appendingPathComponent("profile"), log = folder.appendingPathComponent("soffice.log")
        for scratch in [input, output, log] { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            return group.map { ($0, .failed("无法创建临时文件夹：\(error.localizedDescription)")) }
        }
        // Internal names by index: unique, ASCII, and LibreOffice's output name follows from them.
        var files: [URL] = []
        for index in group {
            let file = input.appendingPathComponent("\(index).docx")
            do {
                try Data(jobs[index].docx).write(to: file)
            } catch {
                return group.map { ($0, .failed("无法写入临时文件 \(file.path)：\(error.localizedDescription)")) }
            }
            files.append(file)
        }
        let environment: [String: String]
        do {
            environment = try converter.environment()
        } catch {
            return group.map { ($0, .failed(error.message)) }
        }
        let process: GroupedProcess
        do {
            process = try GroupedProcess(
                executable: converter.soffice,
                arguments: ["-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", output.path] + files.map(\.path),
                environment: environment, log: log.path)
        } catch {
            return group.map { ($0, .failed("无法启动 LibreOffice（\(converter.soffice)）：\(String(cString: strerror(error.code)))")) }
        }
        let outcome = process.wait(idle: settings.timeout) {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.hasSuffix(".pdf") }.count
        }
        let timedOut = outcome == .timedOut
        // A killed LibreOffice may leave its profile locked or half-written: the next start gets a new one.
        if timedOut { try? FileManager.default.removeItem(at: profile) }
        let said = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var results: [(Int, Attempt)] = []
        var stuckFound = false
        for index in group {
            let pdf = output.appendingPathComponent("\(index).pdf")
            if let data = try? BoundedRead.file(pdf.path, cap: PDFConverter.maxPDFBytes), !data.isEmpty {
                results.append((index, check([UInt8](data), pdf.path, jobs[index])))
            } else if timedOut {
                // LibreOffice converts in order: the first without a PDF is the one it hung on.
                results.append((index, stuckFound ? .notReached : .failed(timeoutMessage(jobs[index].name))))
                stuckFound = true
            } else {
                let how = GroupedProcess.exitCode(outcome.status).map { "退出码 \($0)" } ?? "被信号 \(outcome.status & 0x7F) 终止"
                results.append((index, .failed("LibreOffice 未能把 \(jobs[index].name) 转成 PDF（\(how)）：\(Self.tail(said))")))
            }
        }
        for scratch in [input, output] { try? FileManager.default.removeItem(at: scratch) }
        return results
    }

    /// The checks every PDF passes before it may replace anything.
    private func check(_ bytes: [UInt8], _ path: String, _ job: Job) -> Attempt {
        if let problem = PDFCheck.problem(bytes, path: path) {
            return .failed(PDFConverter.refused(problem, job.name).message)
        }
        // A rendering cut short or running away is not the report, whatever its fonts.
        let pages = PDFCheck.pages(bytes, path: path)
        guard job.pages.contains(pages) else {
            tally.lock()
            printed.outsideRange += 1
            tally.unlock()
            return .failed(PDFConverter.pageCountOutside(job.pages, found: pages, job.name).message)
        }
        let substituted = converter.substitutions(in: bytes, path: path, faces: job.faces)
        if settings.strictFonts, !substituted.isEmpty {
            return .refused(FontReport.refusal(substituted, file: job.name))
        }
        settings.report.record(substituted)
        tally.lock()
        printed.documents += 1
        printed.pages += pages
        printed.rangeWidths.append(job.pages.width)
        tally.unlock()
        return .printed(bytes, pages: pages)
    }

    private func timeoutMessage(_ name: String) -> String {
        "LibreOffice 把 \(name) 转成 PDF 超时（超过 \(PDFConverter.seconds(settings.timeout)) 秒没有进展），"
            + "已终止 LibreOffice 及其启动的全部进程，重试一次仍未成功，未写出 PDF。"
            + "请确认 soffice --headless 能正常运行（没有其他 LibreOffice 窗口卡住）；机器很慢时可用 --pdf-timeout 加长时限"
    }

    /// The end of LibreOffice's log: what it said last is what went wrong.
    private static func tail(_ text: String) -> String {
        text.count > 400 ? "…" + String(text.suffix(400)) : text
    }
}

/// What one try at one document came to.
enum Attempt {
    case printed([UInt8], pages: Int)
    /// Failed this time; tried once more unless this was the retry.
    case failed(String)
    /// Refused for good (a stand-in font under --strict-fonts): trying again changes nothing.
    case refused(String)
    /// Its process was killed before reaching it: back to the queue, no try counted.
    case notReached
}

extension GroupedProcess.Outcome {
    /// The wait status of an exited program (0 for a timed-out one, which has none to report).
    var status: Int32 {
        if case .exited(let status) = self { return status }
        return 0
    }
}

/// The pool's queue: documents never tried, retries (each converted alone), outcomes.
final class PrintQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var fresh: [Int]
    private var retries: [Int] = []
    private var attempts: [Int]
    private var results: [PDFPool.Outcome?]
    private var busy = 0

    init(count: Int) {
        fresh = Array((0..<count).reversed())
        attempts = Array(repeating: 0, count: count)
        results = Array(repeating: nil, count: count)
    }

    /// The next group: a retry alone, else an even share of what is left (at most
    /// `PDFPool.maxPerStart`), so the workers finish together. Nil when nothing is left to take.
    func take(workers: Int) -> [Int]? {
        lock.lock()
        defer { lock.unlock() }
        if let retry = retries.popLast() { return [retry] }
        guard !fresh.isEmpty else { return nil }
        let share = min(PDFPool.maxPerStart, max(1, (fresh.count + workers - 1) / workers))
        let group = Array(fresh.suffix(share).reversed())
        fresh.removeLast(share)
        return group
    }

    /// Records an attempt; true when the document is finished (printed or failed for good).
    func finish(_ index: Int, _ attempt: Attempt) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        switch attempt {
        case .printed(let bytes, let pages):
            results[index] = .printed(bytes, pages: pages)
            return true
        case .refused(let message):
            results[index] = .failed(message)
            return true
        case .failed(let message):
            attempts[index] += 1
            if attempts[index] >= PDFPool.maxAttempts {
                results[index] = .failed(message)
                return true
            }
            retries.append(index)
            return false
        case .notReached:
            fresh.append(index)
            return false
        }
    }

    var outcomes: [PDFPool.Outcome?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
