import Foundation
import Testing
import TestSupport

/// One `gkexport import` of something built to hurt, in a fresh folder that is removed
/// afterwards, measured by `TimedBinary` (killed after 10 s, so a hang fails instead of
/// stalling the suite). The suites using it are serialized, so a run's time is its own.
struct HostileRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var kilobytes: Int?
    /// User + system CPU seconds (the time budget inside the test runner: TimeBudget).
    var cpuSeconds: Double?
    var crashed: Bool

    /// `prepare` fills the folder (files, links, FIFOs) and returns the arguments after `import`;
    /// `stdin` names a file in the folder (or an absolute path) to read standard input from.
    static func run(stdin: String? = nil, _ prepare: (URL) throws -> [String]) throws -> HostileRun {
        let folder = Paths.temporaryDirectory("gkexport-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = try prepare(folder)
        let input = stdin.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : folder.appendingPathComponent($0) }
        let run = try TimedBinary.run(["import"] + arguments, in: folder, stdinFile: input)
        return HostileRun(status: run.status, stdout: run.stdout, stderr: run.stderr, seconds: run.wall,
                          kilobytes: run.peakKB, cpuSeconds: run.cpu, crashed: run.crashed || run.timedOut)
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
        #expect(!stderr.contains("Fatal error") && !crashed, "\(name) crashed or hung", sourceLocation: sourceLocation)
        let overrun = TimeBudget.overrun(wall: seconds, cpu: cpuSeconds ?? seconds, limit: 1)
        #expect(overrun == nil, "\(name) \(overrun ?? "")", sourceLocation: sourceLocation)
        if let kilobytes { #expect(kilobytes < 200_000, "\(name) peaked at \(kilobytes) KB", sourceLocation: sourceLocation) }
        print("\(name): exit \(status), \(String(format: "%.2f", seconds)) s, \(kilobytes.map(String.init) ?? "?") KB")
    }
}
