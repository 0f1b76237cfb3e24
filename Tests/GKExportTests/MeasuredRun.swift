import Foundation
import Testing
import TestSupport

/// A hostile input given to any command (a report file, a sheet, an endless standard input),
/// measured by `TimedBinary`.
struct MeasuredRun {
    let result: CLI.Result
    let seconds: Double
    /// User + system CPU seconds of the binary, when /usr/bin/time is there to say.
    let cpuSeconds: Double?
    /// Peak resident set in KB, when /usr/bin/time is there to say.
    let peakKB: Int?
    let timedOut: Bool
    let crashed: Bool

    static let limit = 10

    /// `arguments` to gkexport; `input` is a shell command whose output is standard input
    /// (e.g. `yes`), or nil for none.
    static func run(_ arguments: [String], input: String? = nil, in directory: URL) throws -> MeasuredRun {
        let run = try TimedBinary.run(arguments, in: directory, stdinCommand: input, killAfter: limit)
        return MeasuredRun(result: CLI.Result(status: run.status, stdout: run.stdout, stderr: run.stderr), seconds: run.wall,
                           cpuSeconds: run.cpu, peakKB: run.peakKB, timedOut: run.timedOut, crashed: run.crashed)
    }

    /// The promise every hostile input keeps: refused with `status` and `message`, quickly,
    /// in little memory, without crashing.
    func expectRefused(_ what: String, status: Int32 = 1, saying message: String, seconds limit: Double = 1) {
        #expect(!timedOut, "\(what): still running after \(Self.limit) s; killed")
        #expect(result.status == status, "\(what): exit \(result.status)\n\(result.stderr)")
        #expect(result.stderr.contains(message), "\(what): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !crashed, "\(what) crashed")
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
