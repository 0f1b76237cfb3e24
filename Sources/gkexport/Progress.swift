import Foundation

/// Progress on standard error: a redrawn bar (done/total, rate, ETA) on a terminal, plain
/// lines otherwise (at most one every two seconds, and the last).
final class Progress {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let interactive = isatty(STDERR_FILENO) != 0
    private let label: String
    private let lock = NSLock()

    init(_ label: String) { self.label = label }

    /// Safe to call from any thread.
    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let finished = done == total
        guard finished || now.timeIntervalSince(lastDraw) >= (interactive ? 0.1 : 2) else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let percent = total > 0 ? done * 100 / total : 100
        let figures = String(format: "%d/%d（%d%%）%.0f 份/秒，预计还需 %.0f 秒", done, total, percent, rate, eta)
        if interactive {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(figures)\u{1B}[K".utf8))
            if finished { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            Terminal.error("\(label) \(figures)")
        }
    }
}
