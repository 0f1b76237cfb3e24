import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way input files are read: open (following links), look at what was opened, and read
/// at most `cap + 1` bytes — so a size is judged on the bytes really read, never on a path's
/// word, and a FIFO, device, endless pipe or huge file costs neither time nor memory.
public enum BoundedRead {
    /// Caps, in bytes. docs/LIMITS.md lists them with what happens at each.
    public enum Cap {
        /// A report file (YAML or JSON): three narrative parts of at most 100,000 characters each
        /// and a few hundred numbers fit many times over.
        public static let reportFile = 4 << 20
        /// A narrative text file a CSV sheet names: the same as the report file holding that text.
        public static let narrativeFile = 4 << 20
        /// A CSV sheet: tens of thousands of agencies.
        public static let sheet = 64 << 20
        /// A manifest: one report-file path per line.
        public static let manifest = 4 << 20
        /// A report workbook (.xlsx): ours is some 20 KB; a clerk's Excel may add styles and
        /// history, never megabytes of them.
        public static let workbook = 16 << 20
    }

    public enum Failure: Error, Equatable {
        case missing
        case noPermission
        case directory
        /// Not a regular file: a FIFO, socket or device, named in Chinese.
        case notRegular(String)
        /// More than `cap` bytes; `size` is what the file declares when that is known.
        case tooLarge(cap: Int, size: Int?)
        case other(String)

        /// Why, in a clerk's words (the caller says what it was reading).
        public var reason: String {
            switch self {
            case .missing: return "文件不存在"
            case .noPermission: return "没有读取权限"
            case .directory: return "这是一个文件夹，不是文件"
            case .notRegular(let kind): return "这是\(kind)，不是普通文件"
            case .tooLarge(let cap, let size):
                let limit = "上限 \(BoundedRead.megabytes(cap))"
                if let size { return "文件过大（\(BoundedRead.megabytes(size))，\(limit)）" }
                return "文件过大（超过\(limit)）"
            case .other(let text): return text
            }
        }

        /// What to do about it, for every failure but `tooLarge` (whose advice depends on the file).
        public var hint: String {
            switch self {
            case .missing: return "检查文件路径是否正确"
            case .noPermission: return "检查文件的读取权限"
            case .directory: return "给出文件本身的路径，而不是它所在的文件夹"
            case .notRegular: return "先把内容保存为普通文件，再给出那个文件的路径"
            case .tooLarge, .other: return "检查文件路径是否正确、文件是否可读"
            }
        }
    }

    /// "4 MB", or "3.5 KB" for small caps in tests.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(max(1, bytes >> 10)) KB"
    }

    /// The bytes of the regular file `path` (links followed), at most `cap` of them.
    public static func file(_ path: String, cap: Int) throws(Failure) -> Data {
        Data(try bytes(path, cap: cap))
    }

    /// As `file`, as an array the caller can hand on without another copy (a sheet).
    public static func bytes(_ path: String, cap: Int) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer must not wait; regular files ignore it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .directory
        case S_IFIFO: throw .notRegular("一个管道（FIFO）")
        case S_IFSOCK: throw .notRegular("一个套接字")
        case S_IFCHR, S_IFBLK: throw .notRegular("一个设备")
        default: throw .notRegular("一个特殊文件")
        }
        // Say "too large" before reading gigabytes; the read below still stops at cap + 1 for
        // files whose size the system does not know (/proc) or that grow while read.
        if Int(info.st_size) > cap { throw .tooLarge(cap: cap, size: Int(info.st_size)) }
        return try readAll(fd, cap: cap, sizeHint: Int(info.st_size))
    }

    /// Standard input, at most `cap` bytes: a pipe that never ends is cut off at `cap + 1`.
    public static func standardInput(cap: Int) throws(Failure) -> Data {
        // Redirected from a file: its size is known before a byte is read.
        var info = stat()
        if fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > cap {
            throw .tooLarge(cap: cap, size: Int(info.st_size))
        }
        return Data(try readAll(STDIN_FILENO, cap: cap))
    }

    /// `sizeHint`, the size the system gives, sizes the buffer: a report of a few kilobytes
    /// need not clear 64 KB first. The loop still reads to the end, whatever the hint said.
    static func readAll(_ fd: Int32, cap: Int, sizeHint: Int = 64 << 10) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(64 << 10, max(4096, sizeHint + 1)))
        while out.count <= cap {
            let want = min(chunk.count, cap + 1 - out.count)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, want) }
            if n == 0 { return out }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // A non-blocking descriptor with nothing yet (standard input set so by a
                    // parent): wait for data rather than spin.
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                throw failure(errno)
            }
            out.append(contentsOf: chunk[0..<n])
        }
        throw .tooLarge(cap: cap, size: nil)
    }

    static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: return .missing
        case EACCES, EPERM: return .noPermission
        case EISDIR: return .directory
        case ELOOP: return .other("符号链接循环，找不到真正的文件")
        default: return .other("无法读取（\(String(cString: strerror(code)))）")
        }
    }
}
