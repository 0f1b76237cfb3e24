import Foundation

/// The process groups of the helper programs running right now (LibreOffice), killed if this
/// process is interrupted. They run in groups of their own, so a Ctrl-C at the terminal does not
/// reach them, and nothing else would stop them when we die.
///
/// SIGINT, SIGTERM and SIGHUP get a handler only where their disposition is still the default:
/// a program that handles a signal itself (batch's graceful Ctrl-C) keeps its handler. The handler
/// kills every registered group, then dies of the same signal, as the default would have. A
/// SIGKILL of this process cannot be caught; its helpers then run on until they finish or hang.
public enum ChildGroups {
    static let capacity = 64

    /// Kills every registered group now: for a program that leaves by `exit` on a signal it
    /// handles itself (batch's second Ctrl-C), where no handler of ours runs.
    public static func killAll() {
        lock.lock()
        defer { lock.unlock() }
        for i in 0..<capacity where slots[i] > 0 { kill(-slots[i], SIGKILL) }
    }

    /// A fixed table read by the signal handler, which may not take locks or allocate; 0 = free.
    /// Slots are written under `lock`; a pid_t store is a single aligned word.
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    /// The signals given our handler (those whose disposition was the default).
    nonisolated(unsafe) private static var handled = sigset_t()

    /// Registers a group; false when the table is full (the group then runs unprotected).
    @discardableResult
    static func add(_ pgid: pid_t) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        installHandlersLocked()
        // The calling thread waits for the group, so it must be able to take the signal: a parent
        // can hand us these signals blocked (swift-corelibs-foundation's Process does, from a
        // thread that blocks them), and a blocked SIGTERM would never reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        for i in 0..<capacity where slots[i] == 0 {
            slots[i] = pgid
            return true
        }
        return false
    }

    static func remove(_ pgid: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        for i in 0..<capacity where slots[i] == pgid { slots[i] = 0 }
    }

    /// The handlers, without a group yet (a temporary folder to remove on a signal).
    static func installHandlers() {
        lock.lock()
        defer { lock.unlock() }
        installHandlersLocked()
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Called under `lock`, once.
    private static func installHandlersLocked() {
        guard !installed else { return }
        installed = true
        _ = slots  // initialized here, never lazily inside the handler
        sigemptyset(&handled)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            sigaction(signal, nil, &current)
            guard handler(of: current) == nil else { continue }  // SIG_DFL only
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = onSignal
            #else
            action.__sigaction_u.__sa_handler = onSignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)  // back to the default before the handler runs
            sigaction(signal, &action, nil)
            sigaddset(&handled, signal)
        }
    }

    /// The handler of an installed action, nil for SIG_DFL (whose value is a null pointer).
    private static func handler(of action: sigaction) -> (@convention(c) (Int32) -> Void)? {
        #if os(Linux)
        action.__sigaction_handler.sa_handler
        #else
        action.__sigaction_u.__sa_handler
        #endif
    }
}

/// Only async-signal-safe calls: kill, the removal of registered temporary paths, raise.
private let onSignal: @convention(c) (Int32) -> Void = { signal in
    for i in 0..<ChildGroups.capacity {
        let group = ChildGroups.slots[i]
        if group > 0 { kill(-group, SIGKILL) }
    }
    // The helpers are dead, so nothing writes into their folders any more.
    TemporaryPaths.removeInSignalHandler()
    raise(signal)  // the disposition is the default again (SA_RESETHAND): we die of it
}
