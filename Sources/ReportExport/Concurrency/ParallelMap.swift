import Foundation

/// `map` on every core, results in input order. For independent work items (one report each).
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values()
    }

    /// Like `map`, on at most `jobs` threads (each takes every `jobs`-th item).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let jobs = max(1, min(jobs, items.count))
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var i = worker
            while i < items.count {
                slots.set(i, transform(items[i]))
                i += jobs
            }
        }
        return slots.values()
    }
}

/// One slot per item; each index is written by exactly one worker, so no lock is needed.
private final class Slots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ i: Int, _ value: R) { buffer[i] = value }
    func values() -> [R] { buffer.map { $0! } }
}
