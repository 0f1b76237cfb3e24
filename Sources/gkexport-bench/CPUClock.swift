import Foundation

/// CPU seconds, to tell the review's own time from the synthetic generation and the reading:
/// a thread's clock inside the workers, the process's (user + sys, every thread) around a phase.
enum CPUClock {
    static func thread() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// User and system seconds of the whole process so far.
    static func process() -> (user: Double, sys: Double) {
        var u = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (s(u.ru_utime), s(u.ru_stime))
    }

    static func wall() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// The 1, 5 and 15 minute load averages (the machine is shared: a busy one slows the wall time).
    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// Seconds added up from many threads.
final class CPUTally: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]

    func add(_ key: String, _ s: Double) {
        lock.lock()
        seconds[key, default: 0] += s
        lock.unlock()
    }

    subscript(key: String) -> Double {
        lock.lock()
        defer { lock.unlock() }
        return seconds[key] ?? 0
    }

    /// Runs `body` and adds its thread CPU time to `key`.
    func measure<T>(_ key: String, _ body: () throws -> T) rethrows -> T {
        let start = CPUClock.thread()
        defer { add(key, CPUClock.thread() - start) }
        return try body()
    }
}
