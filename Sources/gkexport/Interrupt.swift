import Foundation
import ReportExport

/// Ctrl-C during a batch: finish the chunk in hand (every file in it is written whole), write
/// the summary, and stop. A second Ctrl-C stops at once; atomic writes still leave no partial file.
final class Interrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var source: DispatchSourceSignal?

    static let shared = Interrupt()

    func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            lock.lock()
            let again = requested
            requested = true
            lock.unlock()
            if again {
                // exit skips defers: LibreOffice's process groups and temporary folders (PDF
                // conversions) go first.
                ChildGroups.killAll()
                TemporaryPaths.removeAll()
                exit(130)
            }
            Terminal.error("\n已中断：写完手头的这一批后停止（再按一次 Ctrl-C 立即退出）")
        }
        source.resume()
        self.source = source
    }

    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
