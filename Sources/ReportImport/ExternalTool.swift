import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ReportExport

/// Runs a converter (soffice, pdftotext) on a file from outside, as its own process group, with
/// output to files (no pipe can fill up and block it) and a deadline after which the whole
/// group — LibreOffice forks — is killed.
enum ExternalTool {
    struct Outcome {
        var status: Int32
        var timedOut: Bool
        var output: String
    }

    /// The first `name` on the PATH, if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ executable: String, _ arguments: [String], seconds: Double, log: URL,
                    environment: [String: String] = [:]) throws(DocumentReaders.Failure) -> Outcome {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_APPEND, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { strdup("\($0)=\($1)") } + [nil]
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, env)
        guard spawned == 0 else { throw DocumentReaders.Failure(description: "无法启动 \(executable)（错误 \(spawned)）") }
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR { break }
            if Date() > deadline {
                timedOut = true
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        // Children the converter left behind in its group go too.
        kill(-pid, SIGKILL)
        let exited = (status & 0x7F) == 0
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return Outcome(status: exited ? (status >> 8) & 0xFF : -1, timedOut: timedOut, output: String(said.suffix(2000)))
    }

    /// A fresh folder for one conversion, removed by the caller.
    static func scratch(_ what: String) throws(DocumentReaders.Failure) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gkexport-\(what)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw DocumentReaders.Failure(description: "无法创建临时文件夹：\(error.localizedDescription)")
        }
        return url
    }
}
