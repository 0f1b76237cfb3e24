import Foundation
import ReportExport

/// `gkexport-bench layout [REPORT] [N]`: the report read once, then laid out N times (default
/// 20,000) and nothing else — a loop to put under `perf record -g`. Prints the median of blocks
/// of 100 layouts, per layout, in wall and thread-CPU microseconds.
func layoutBench(_ arguments: [String]) throws {
    let path = arguments.count > 1 ? arguments[1] : "examples/fengcheng-2020.yaml"
    let n = arguments.count > 2 ? Int(arguments[2]) ?? 20_000 : 20_000
    let renderer = ReportRenderer()
    let loaded = try renderer.load(path: path)
    var wall: [Double] = [], cpu: [Double] = []
    var blocks = 0
    while blocks * 100 < n {
        let w = CPUClock.wall(), c = CPUClock.thread()
        for _ in 0..<100 { _ = try renderer.document(for: loaded) }
        wall.append((CPUClock.wall() - w) * 1e4)
        cpu.append((CPUClock.thread() - c) * 1e4)
        blocks += 1
    }
    let median = { (xs: [Double]) in xs.sorted()[xs.count / 2] }
    print(String(format: "layout only, %@: %d layouts, median per layout %.1f µs wall, %.1f µs CPU (load average %@)",
                 path, blocks * 100, median(wall), median(cpu), CPUClock.loadAverage()))
}
