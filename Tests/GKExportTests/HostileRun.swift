import Foundation
import Testing
import TestSupport

/// One `gkexport import` of something built to hurt: in a fresh folder that is removed
/// afterwards, killed after 10 s (so a hang fails instead of stalling the suite), with its wall
/// time and peak memory (GNU time's %M, which covers the child of `timeout`). The suites using
/// it are serialized, so a run's wall time is not its own suite's parallel load.
struct HostileRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var kilobytes: Int?
    /// User + system CPU seconds (the time budget inside the test runner: TimeBudget).
    var cpuSeconds: Double?

    /// `prepare` fills the folder (files, links, FIFOs) and returns the arguments after `import`;
    /// `stdin` names a file in the folder (or an absolute path) to read standard input from.
    static func run(stdin: String? = nil, _ prepare: (URL) throws -> [String]) throws -> HostileRun {
        let folder = Paths.temporaryDirectory("gkexport-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = try prepare(folder)
        let stats = folder.appendingPathComponent(".rss"), out = folder.appendingPathComponent(".stdout"),
            err = folder.appendingPathComponent(".stderr")
        for file in [stats, out, err] { FileManager.default.createFile(atPath: file.path, contents: nil) }
        let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timed ? "/usr/bin/time" : "/usr/bin/timeout")
        process.arguments = (timed ? ["-f", "%U %S %M", "-o", stats.path, "/usr/bin/timeout"] : [])
            + ["-s", "KILL", "10", Paths.gkexport.path, "import"] + arguments
        process.currentDirectoryURL = folder
        let input = stdin.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : folder.appendingPathComponent($0) }
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        try outHandle.close()
        try errHandle.close()
        // GNU time writes "Command exited with non-zero status N" first; the figure is last.
        let figures = timed ? ((try? String(contentsOf: stats, encoding: .utf8))?.split(separator: "\n").last?.split(separator: " ") ?? []) : []
        let kilobytes = figures.count == 3 ? Int(figures[2]) : nil
        let cpu = figures.count == 3 ? (Double(figures[0]) ?? 99) + (Double(figures[1]) ?? 99) : nil
        return HostileRun(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                          stderr: try String(contentsOf: err, encoding: .utf8), seconds: seconds, kilobytes: kilobytes,
                          cpuSeconds: cpu)
    }

    /// `name` written into the folder as `bytes`, imported.
    static func importing(_ bytes: [UInt8], name: String) throws -> HostileRun {
        try run { folder in
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            return [name]
        }
    }

    /// The promises every hostile file is held to, and the exit code and messages of this one.
    func expect(exit: Int32, saying messages: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == exit, "\(name): exit \(status)\n\(stderr)", sourceLocation: sourceLocation)
        for message in messages {
            #expect(stderr.contains(message), "\(name): no “\(message)” in\n\(stderr)", sourceLocation: sourceLocation)
        }
        #expect(!stderr.contains("Fatal error"), "\(name) crashed", sourceLocation: sourceLocation)
        let overrun = TimeBudget.overrun(wall: seconds, cpu: cpuSeconds ?? seconds, limit: 1)
        #expect(overrun == nil, "\(name) \(overrun ?? "")", sourceLocation: sourceLocation)
        if let kilobytes { #expect(kilobytes < 200_000, "\(name) peaked at \(kilobytes) KB", sourceLocation: sourceLocation) }
        print("\(name): exit \(status), \(String(format: "%.2f", seconds)) s, \(kilobytes.map(String.init) ?? "?") KB")
    }
}
