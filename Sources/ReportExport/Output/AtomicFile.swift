import Foundation

/// Writes a file so that it is either all there or not there: the bytes go to a temporary
/// file in the same folder, which is renamed over the target only when complete. An earlier
/// file of the same name stays intact until then.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "无法写入 \(path)：\(reason)" }
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var ok = true
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    ok = false
                    break
                }
                offset += n
            }
        }
        let reason = ok ? nil : String(cString: strerror(errno))
        if ok && fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok, rename(temp.path, url.path) == 0 else {
            let why = reason ?? String(cString: strerror(errno))
            unlink(temp.path)
            throw WriteError(path: url.path, reason: why)
        }
    }
}
