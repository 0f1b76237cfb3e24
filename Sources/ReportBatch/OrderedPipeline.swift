import Foundation

/// A batch's items with no barrier between them: each worker renders the next item, and
/// whichever worker is free writes the items already named. Names are claimed strictly in
/// input order (`name` is called for item i only after every earlier item), so `（2）`
/// suffixes do not depend on scheduling; at most `window` items are rendered but not yet
/// written, which bounds memory; results come back in input order.
final class OrderedPipeline<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private let total: Int
    private let window: Int
    /// The next item to render, the first item not yet named, items finished.
    private var nextIndex = 0, nextToName = 0, done = 0
    /// Workers between taking an item and handing it back.
    private var rendering = 0
    private var stopped = false
    /// Rendered out of order, waiting for an earlier item's name.
    private var waiting: [Int: Item] = [:]
    /// Named, waiting for a writer (oldest first).
    private var named: [(Int, Item)] = []
    private var namedHead = 0
    private var results: [BatchResult?]

    init(count: Int, window: Int) {
        total = count
        self.window = max(1, window)
        results = Array(repeating: nil, count: count)
    }

    /// Runs the pipeline on `jobs` threads. `name` turns a rendered item into a result to keep
    /// (nil: write it) — called under the pipeline's lock, in input order; `progress(done)` and
    /// `cancelled()` are called under the lock too, so they need no locking of their own.
    func run(jobs: Int,
             render: (Int) -> Item,
             name: (Int, inout Item) -> BatchResult?,
             write: (Item) -> BatchResult,
             progress: (Int) -> Void,
             cancelled: () -> Bool) -> [BatchResult] {
        let jobs = max(1, min(jobs, total))
        withoutActuallyEscaping(render) { render in
            withoutActuallyEscaping(name) { name in
                withoutActuallyEscaping(write) { write in
                    withoutActuallyEscaping(progress) { progress in
                        withoutActuallyEscaping(cancelled) { cancelled in
                            let box = UncheckedBox((render, name, write, progress, cancelled))
                            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                                self.work(box.value.0, box.value.1, box.value.2, box.value.3, box.value.4)
                            }
                        }
                    }
                }
            }
        }
        return results.compactMap { $0 }
    }

    private func work(_ render: (Int) -> Item, _ name: (Int, inout Item) -> BatchResult?,
                      _ write: (Item) -> BatchResult, _ progress: (Int) -> Void, _ cancelled: () -> Bool) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            // Writing first: it frees memory and lets the window move on.
            if namedHead < named.count {
                let (i, item) = named[namedHead]
                namedHead += 1
                if namedHead == named.count { named.removeAll(keepingCapacity: true); namedHead = 0 }
                condition.unlock()
                let result = write(item)
                condition.lock()
                finish(i, result, progress)
                continue
            }
            if !stopped && cancelled() { stopped = true }
            if !stopped && nextIndex < total && nextIndex - done < window {
                let i = nextIndex
                nextIndex += 1
                rendering += 1
                condition.unlock()
                let item = render(i)
                condition.lock()
                rendering -= 1
                waiting[i] = item
                while var ready = waiting.removeValue(forKey: nextToName) {
                    if let kept = name(nextToName, &ready) {
                        finish(nextToName, kept, progress)
                    } else {
                        named.append((nextToName, ready))
                    }
                    nextToName += 1
                }
                condition.broadcast()
                continue
            }
            // Nothing left to take: done once no item is still being rendered or written.
            if (stopped || nextIndex == total) && rendering == 0 && done == nextIndex {
                condition.broadcast()
                return
            }
            condition.wait()
        }
    }

    private func finish(_ i: Int, _ result: BatchResult, _ progress: (Int) -> Void) {
        results[i] = result
        done += 1
        if done % 64 == 0 { progress(done) }
        condition.broadcast()
    }
}
