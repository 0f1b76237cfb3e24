import Foundation
import Testing
import TestSupport

/// Two batches into one folder at once: one writes everything, the other refuses at once
/// (a lock on the folder itself) — never an interleaving of the two.
@Suite struct ConcurrentBatchTests {
    static func start(_ arguments: [String], stdout: URL, stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = Paths.gkexport
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return process
    }

    @Test func aSecondBatchIntoTheSameFolderRefusesWhileTheFirstRuns() throws {
        let work = Paths.temporaryDirectory("gkexport-concurrent")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 200, to: work)
        let out = work.appendingPathComponent("out")
        // The first on one worker, so it is surely still running when the second starts.
        let first = try Self.start(["batch", sheet.path, "-o", out.path, "--jobs", "1"],
                                   stdout: work.appendingPathComponent("1.out"), stderr: work.appendingPathComponent("1.err"))
        let deadline = Date().addingTimeInterval(60)
        // The first holds DIR once its staging folder is there (made right after the lock).
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains(where: { $0.hasPrefix(".gkexport-staging-") }) {
            usleep(5_000)
        }
        let second = try Self.start(["batch", sheet.path, "-o", out.path],
                                    stdout: work.appendingPathComponent("2.out"), stderr: work.appendingPathComponent("2.err"))
        second.waitUntilExit()
        let secondDoneWhileFirstRan = first.isRunning
        first.waitUntilExit()

        #expect(secondDoneWhileFirstRan, "the second batch waited for the first")
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 4)
        let said = try String(contentsOf: work.appendingPathComponent("2.err"), encoding: .utf8)
        #expect(said.contains("无法写入 \(out.path)：另一个 gkexport batch（进程 \(first.processIdentifier)）正在向这个文件夹写入"), "\(said)")
        #expect(try String(contentsOf: work.appendingPathComponent("2.out"), encoding: .utf8).isEmpty)
        // Exactly the first batch's files, all whole; its summary says so.
        let summary = try BatchCommandTests.summary(out)
        #expect(summary.succeeded == 200)
        let expected = Set(summary.results.flatMap(\.files) + ["summary.json"])
        #expect(expected.count == 401)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == expected)
        try BatchCommandTests.expectOnlyWholeFiles(out)
    }
}
