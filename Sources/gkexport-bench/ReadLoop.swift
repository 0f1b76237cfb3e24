import Foundation
import ReportExport

// `gkexport-bench read FILE [--iterations N]`: reading and checking one report file again and
// again, nothing else — the loop to put under `perf record -g` (floors mixes every stage).
// Prints the median and the thread's CPU time per read.
func runReadLoop(_ arguments: [String]) throws {
    guard let path = arguments.first else {
        print("usage: gkexport-bench read FILE [--iterations N]")
        return
    }
    var iterations = 20_000
    if let i = arguments.firstIndex(of: "--iterations"), i + 1 < arguments.count { iterations = Int(arguments[i + 1]) ?? iterations }
    let reader = ReportFileReader(templates: TemplateLibrary())
    let loaded = try reader.load(path: path)
    let cpu0 = CPUClock.thread()
    let ms = try medianMs(iterations) { _ = try reader.load(path: path) }
    let cpu = (CPUClock.thread() - cpu0) * 1000 / Double(iterations + 5)
    print(String(format: "read + check %@: median %.3f ms, CPU %.3f ms per read (%d diagnostics; load %@)",
                 path, ms, cpu, loaded.diagnostics.count, CPUClock.loadAverage()))
}
