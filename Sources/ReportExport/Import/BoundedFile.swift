#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file from outside with its size bounded by the bytes really read, not by what a
/// path's metadata says: the file is opened (following links), checked with `fstat` on that
/// descriptor, refused unless regular, and read to at most `limit + 1` bytes — so a link to a
/// 2 GB file, a FIFO, a device or a file that grows while read all cost nothing.
enum BoundedFile {
    enum Failure: Error {
        case cannotOpen(errno: Int32)
        case notRegular(kind: String)
        /// `size` is the size `fstat` gave, or nil when the bytes ran past the cap.
        case tooLarge(size: Int?)
        case readFailed(errno: Int32)
    }

    static func read(path: String, limit: Int) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can refuse it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .readFailed(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(kind: kind(info.st_mode)) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(size: Int(info.st_size)) }
        return try read(descriptor: fd, limit: limit)
    }

    /// Standard input (`import -`): a pipe has no size, so only the read itself is bounded.
    static func readStandardInput(limit: Int) throws(Failure) -> [UInt8] {
        var info = stat()
        if fstat(0, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
            throw .tooLarge(size: Int(info.st_size))
        }
        return try read(descriptor: 0, limit: limit)
    }

    private static func read(descriptor fd: Int32, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let want = min(chunk.count, limit + 1 - bytes.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed(errno: errno)
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        guard bytes.count <= limit else { throw .tooLarge(size: nil) }
        return bytes
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "文件夹"
        case S_IFIFO: return "命名管道（FIFO）"
        case S_IFCHR, S_IFBLK: return "设备"
        case S_IFSOCK: return "套接字"
        default: return "特殊文件"
        }
    }
}
