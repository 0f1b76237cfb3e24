import Foundation
import Testing
import TestSupport

/// A batch sweeps what killed runs left in DIR — staging folders and temporary files whose
/// process is gone — and nothing of a run that is still alive.
@Suite struct StagingSweepTests {
    /// The id of a process that has surely ended.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func leftoversOfDeadRunsGoAndThoseOfLiveOnesStay() throws {
        let work = Paths.temporaryDirectory("gkexport-sweep")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 3, to: work)
        let out = work.appendingPathComponent("out")
        let dead = try Self.deadPID(), live = getpid()
        let leftovers = [
            ".gkexport-staging-\(dead)-1/.x.docx.\(dead)-2.gkexport-tmp": false,
            ".gkexport-staging-\(live)-3/.y.docx.\(live)-4.gkexport-tmp": true,
            ".z.odt.\(dead)-5.gkexport-tmp": false,
            ".z.odt.\(live)-6.gkexport-tmp": true,
            ".gkexport-tmp-\(dead)-00000000000000a1": false,
            ".gkexport-tmp-\(dead)-00000000000000a2-old": false,
            ".gkexport-tmp-\(live)-00000000000000a3": true,
            ".gkexport-staging-\(dead)-7/.gkexport-tmp-\(dead)-00000000000000a4": false,
            ".notes-\(dead).txt": true,  // not a name gkexport makes
        ]
        for (path, _) in leftovers {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("left".utf8).write(to: url)
        }
        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        for (path, stays) in leftovers {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path) == stays, "\(path)")
        }
        #expect(!CLI.files(in: out).contains { $0.hasPrefix(".gkexport-staging-\(dead)") })
    }
}
