import Foundation

/// Paths to remove if this process is killed by SIGINT, SIGTERM or SIGHUP: the private temporary
/// folders of a PDF conversion (LibreOffice's profile, the DOCX copy) and an output folder a
/// render created, while it is still empty. Without this, every interrupted PDF render left a
/// `gkexport-pdf-…` and a `gkexport-soffice-…` folder in /tmp for good.
///
/// The signal handler (`ChildGroups`) may not allocate or lock, so the paths live in fixed
/// buffers, and a tree is removed by `/bin/rm -rf` started with `_Fork` + `execve` (both
/// async-signal-safe; glibc's `fork` is not, it takes malloc's locks).
public enum TemporaryPaths {
    static let capacity = 64
    static let pathBytes = Int(PATH_MAX)
    /// Each slot: 0 free, 1 a folder tree to delete, 2 a folder to remove only if empty.
    nonisolated(unsafe) static let kinds: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    nonisolated(unsafe) static let buffers: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * pathBytes)
        p.initialize(repeating: 0, count: capacity * pathBytes)
        return p
    }()
    /// argv for rm: "rm", "-rf", "--", up to `capacity` paths, NULL.
    nonisolated(unsafe) static let argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity + 4)
        p.initialize(repeating: nil, count: capacity + 4)
        p[0] = strdup("rm")
        p[1] = strdup("-rf")
        p[2] = strdup("--")
        return p
    }()
    nonisolated(unsafe) static let rmPaths: [UnsafeMutablePointer<CChar>] = [strdup("/bin/rm")!, strdup("/usr/bin/rm")!]
    nonisolated(unsafe) static let environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
        p.initialize(to: nil)
        return p
    }()
    typealias ForkFunction = @convention(c) () -> pid_t
    /// glibc's async-signal-safe `_Fork` (2.34+), looked up once; nil where there is none.
    nonisolated(unsafe) static let safeFork: ForkFunction? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "_Fork") else { return nil }
        return unsafeBitCast(symbol, to: ForkFunction.self)
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var next = 0

    public enum Kind: Int32, Sendable {
        case tree = 1
        case emptyFolder = 2
    }

    /// Registers `url` for removal on a signal; the slot to `unregister`, or -1 when the table
    /// is full or the path too long (then a later run's sweep is the only cleanup).
    @discardableResult
    public static func register(_ url: URL, _ kind: Kind) -> Int {
        let path = Array(url.path.utf8CString)
        guard path.count <= pathBytes else { return -1 }
        _ = (kinds, buffers, argv, rmPaths, environment, safeFork)  // never initialized inside the handler
        ChildGroups.installHandlers()
        lock.lock()
        defer { lock.unlock() }
        // Round robin, so a slot just freed is not rewritten while a handler might read it.
        for step in 0..<capacity {
            let i = (next + step) % capacity
            guard kinds[i] == 0 else { continue }
            path.withUnsafeBufferPointer { (buffers + i * pathBytes).update(from: $0.baseAddress!, count: path.count) }
            kinds[i] = kind.rawValue
            next = (i + 1) % capacity
            return i
        }
        return -1
    }

    public static func unregister(_ slot: Int) {
        guard slot >= 0 else { return }
        lock.lock()
        kinds[slot] = 0
        lock.unlock()
    }

    /// Outside a signal handler (batch's second Ctrl-C before `exit`): the same, with Foundation.
    public static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for i in 0..<capacity where kinds[i] == 1 {
            try? FileManager.default.removeItem(atPath: String(cString: buffers + i * pathBytes))
        }
        removeEmptyFolders()
    }

    /// Inside the signal handler: only `_Fork`, `execve`, `waitpid`, `rmdir`, `_exit`.
    static func removeInSignalHandler() {
        var count = 3
        for i in 0..<capacity where kinds[i] == 1 {
            argv[count] = buffers + i * pathBytes
            count += 1
        }
        argv[count] = nil
        if count > 3, let fork = safeFork {
            let child = fork()
            if child == 0 {
                for rm in rmPaths { execve(rm, argv, environment) }
                _exit(127)
            }
            if child > 0 {
                var status: Int32 = 0
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            }
        }
        removeEmptyFolders()
    }

    /// rmdir each registered empty-only folder, repeatedly, so nested ones go inside out.
    private static func removeEmptyFolders() {
        for _ in 0..<4 {
            for i in 0..<capacity where kinds[i] == 2 { rmdir(buffers + i * pathBytes) }
        }
    }
}
