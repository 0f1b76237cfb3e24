import Foundation

/// A small program from poppler or fontconfig (pdfinfo, pdffonts, fc-match, fc-list), run in a
/// process group of its own with a deadline, its output read from a file. Each is optional: a
/// caller that gets nil carries on without what the tool would have said.
enum HelperTool {
    /// The first `name` on the PATH.
    static func find(_ name: String) -> String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return searchPath.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What `name` printed (standard output and error), or nil when it is missing, fails or
    /// runs past `timeout` seconds.
    static func output(_ name: String, _ arguments: [String], environment: [String: String] = [:],
                       timeout: TimeInterval = 30) -> String? {
        guard let tool = find(name) else { return nil }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-\(name)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        guard let process = try? GroupedProcess(executable: tool, arguments: arguments, environment: env, log: log),
              case .exited(let status) = process.wait(timeout: timeout), GroupedProcess.exitCode(status) == 0 else { return nil }
        return try? String(contentsOfFile: log, encoding: .utf8)
    }
}
