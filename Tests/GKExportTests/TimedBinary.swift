import Foundation
import TestSupport

/// The built `gkexport` run as a user would, measured — the one runner behind every hostile
/// test (`HostileRun`, `MeasuredRun`, the corpus's `HostileCase`). A shell line puts it under
/// `timeout -s KILL` (a hang fails the test instead of stalling the suite) inside GNU `time`
/// (wall and CPU seconds and peak RSS, of the binary and whatever it waits for). Output goes to
/// files, so no pipe can fill up and block the child.
struct TimedBinary {
    var status: Int32
    /// The signal that ended the binary (9 when `timeout` killed it), or nil.
    var signal: Int32?
    var stdout: String
    var stderr: String
    var wall: Double
    /// User + system seconds; nil when /usr/bin/time is not installed.
    var cpu: Double?
    var peakKB: Int?

    var timedOut: Bool { signal == SIGKILL }
    /// Ended by a signal it was not sent: a crash.
    var crashed: Bool { signal != nil && signal != SIGKILL }

    /// `arguments` to gkexport, run in `directory`. Standard input is `stdinFile`, the output of
    /// the shell command `stdinCommand` (e.g. `yes`), or /dev/null.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String]? = nil,
                    stdinFile: URL? = nil, stdinCommand: String? = nil, killAfter: Int = 10) throws -> TimedBinary {
        let id = UUID().uuidString.prefix(8)
        let stats = directory.appendingPathComponent(".time-\(id)")
        let out = directory.appendingPathComponent(".stdout-\(id)"), err = directory.appendingPathComponent(".stderr-\(id)")
        defer { for file in [stats, out, err] { try? FileManager.default.removeItem(at: file) } }
        let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        var command = timed ? ["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats.path] : []
        command += ["timeout", "-s", "KILL", String(killAfter), Paths.gkexport.path] + arguments
        var line = command.map(quote).joined(separator: " ") + " >\(quote(out.path)) 2>\(quote(err.path))"
        if let stdinCommand {
            line = "\(stdinCommand) | " + line
        } else {
            line += " <" + quote(stdinFile?.path ?? "/dev/null")
        }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", line]
        shell.currentDirectoryURL = directory
        if let environment { shell.environment = environment }
        let start = Date()
        try shell.run()
        shell.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        let lines = ((try? String(contentsOf: stats, encoding: .utf8)) ?? "").split(separator: "\n")
        let signal = lines.first { $0.hasPrefix("Command terminated by signal") }.flatMap { Int32($0.split(separator: " ").last ?? "") }
        let figures = lines.last?.split(separator: " ") ?? []
        let complete = figures.count == 4
        return TimedBinary(
            status: shell.terminationStatus,
            signal: timed ? signal : (shell.terminationStatus > 128 ? shell.terminationStatus - 128 : nil),
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
            wall: complete ? Double(figures[0]) ?? elapsed : elapsed,
            cpu: complete ? (Double(figures[1]) ?? 0) + (Double(figures[2]) ?? 0) : nil,
            peakKB: complete ? Int(figures[3]) : nil)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
