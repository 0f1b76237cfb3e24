import Foundation

/// `syncfs(2)`: writes out every dirty file of the file system holding `fd`. Glibc declares it
/// only under _GNU_SOURCE, which Swift's Glibc module does not set, so it is looked up by name;
/// where it is missing, `sync()` (every file system) stands in. Returns 0 or the errno.
enum FileSystemSync {
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    private static let syncfs: SyncFS? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFS.self)
        #else
        return nil
        #endif
    }()

    static func sync(_ fd: Int32) -> Int32 {
        guard let syncfs else {
            Foundation.sync()
            return 0
        }
        return syncfs(fd) == 0 ? 0 : errno
    }
}
