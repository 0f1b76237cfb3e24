import Foundation
import ReportExport

extension BatchRunner {
    /// Phase B, when PDF is wanted: a chunk's DOCX printed by the pool, each checked PDF added to
    /// its agency's files. An agency whose PDF fails writes nothing (all its files or none) and
    /// says why; one not reached before a cancellation is dropped (counted as not run).
    func printPDFs(_ rendered: [Rendered], pool: PDFPool, progress: (Int) -> Void, cancelled: () -> Bool) -> [Rendered] {
        // pdfSource and pages are set together, when PDF is wanted.
        let printable = rendered.indices.filter { rendered[$0].pdfSource != nil && rendered[$0].pages != nil }
        let jobs = printable.map { i in
            PDFPool.Job(docx: rendered[i].pdfSource!, name: rendered[i].result.files.last ?? rendered[i].result.input,
                        faces: rendered[i].faces, pages: rendered[i].pages!)
        }
        let outcomes = withoutActuallyEscaping(progress) { progress in
            withoutActuallyEscaping(cancelled) { cancelled in
                let shared = UncheckedBox((progress, cancelled))
                let counter = DoneCounter()
                return pool.print(jobs, done: { shared.value.0(counter.next()) }, cancelled: { shared.value.1() })
            }
        }
        var out = rendered
        var dropped = Set<Int>()
        for (job, i) in printable.enumerated() {
            out[i].pdfSource = nil
            switch outcomes[job] {
            case .printed(let bytes, _):
                out[i].bytes.append((OutputFormat.pdf.fileExtension, bytes))
            case .failed(let message):
                out[i].result.status = .failed
                out[i].result.files = []
                out[i].bytes = []
                out[i].result.diagnostics.append("\(out[i].result.input): 错误：\(message)")
            case nil:
                dropped.insert(i)
            }
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }
}

/// Documents finished so far in one call, counted from any worker.
final class DoneCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
