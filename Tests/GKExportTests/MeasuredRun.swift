import Foundation
import Testing
import TestSupport

/// Runs `gkexport` through a shell line so standard input can be an endless generator, under
/// `timeout` (which kills its whole process group, so no test can hang) and `/usr/bin/time`
/// for the peak RSS. Output goes to files, so no pipe can fill up and block the child.
struct MeasuredRun {
    let result: CLI.Result
    let seconds: Double
    /// User + system CPU seconds of the binary, when /usr/bin/time is there to say.
    let cpuSeconds: Double?
    /// Peak resident set in KB, when /usr/bin/time is there to say.
    let peakKB: Int?
    let timedOut: Bool

    static let limit = 10

    /// `arguments` to gkexport; `input` is a shell command whose output is standard input
    /// (e.g. `yes`), or nil for none.
    static func run(_ arguments: [String], input: String? = nil, in directory: URL) throws -> MeasuredRun {
        let stats = directory.appendingPathComponent(".rss")
        let out = directory.appendingPathComponent(".stdout"), err = directory.appendingPathComponent(".stderr")
        let timing = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        var command = ["timeout", "-s", "KILL", String(limit)]
        if timing { command += ["/usr/bin/time", "-f", "%U %S %M", "-o", stats.path] }
        command += [Paths.gkexport.path] + arguments
        var line = command.map(quote).joined(separator: " ") + " >\(quote(out.path)) 2>\(quote(err.path))"
        line = (input.map { "\($0) | " } ?? "") + line + (input == nil ? " </dev/null" : "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = directory
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let figures = timing ? ((try? String(contentsOf: stats, encoding: .utf8))?.split(separator: "\n").last?.split(separator: " ") ?? []) : []
        let kb = figures.count == 3 ? Int(figures[2]) : nil
        let cpu = figures.count == 3 ? (Double(figures[0]) ?? 99) + (Double(figures[1]) ?? 99) : nil
        let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        for file in [stats, out, err] { try? FileManager.default.removeItem(at: file) }
        // timeout's own status when it had to kill (124, or 128 + 9 as the pipeline reports it).
        let status = process.terminationStatus
        return MeasuredRun(result: CLI.Result(status: status, stdout: stdout, stderr: stderr), seconds: seconds, cpuSeconds: cpu,
                           peakKB: kb, timedOut: status == 124 || status == 137)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The promise every hostile input keeps: refused with `status` and `message`, quickly,
    /// in little memory, without crashing.
    func expectRefused(_ what: String, status: Int32 = 1, saying message: String, seconds limit: Double = 1) {
        #expect(!timedOut, "\(what): still running after \(Self.limit) s; killed")
        #expect(result.status == status, "\(what): exit \(result.status)\n\(result.stderr)")
        #expect(result.stderr.contains(message), "\(what): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(what) crashed")
        let overrun = TimeBudget.overrun(wall: seconds, cpu: cpuSeconds ?? seconds, limit: limit)
        #expect(overrun == nil, "\(what) \(overrun ?? "")")
        if let peakKB { #expect(peakKB < 200_000, "\(what) peaked at \(peakKB) KB") }
    }
}

/// Runs `body` in a fresh temporary folder and removes the folder afterwards, whatever happens.
func withScratch(_ label: String, _ body: (URL) throws -> Void) rethrows {
    let url = Paths.temporaryDirectory(label)
    defer { try? FileManager.default.removeItem(at: url) }
    try body(url)
}
