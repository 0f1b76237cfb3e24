import Foundation
import Testing
import TestSupport

/// A PDF render stopped by SIGTERM or SIGINT leaves nothing behind: not its `gkexport-pdf-…`
/// and `gkexport-soffice-…` folders in TMPDIR, not the `-o` folder it created. Folders of
/// runs killed outright (pid gone) are swept by the next PDF render.
@Suite(.serialized) struct InterruptedRenderCleanupTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalRemovesTemporaryFoldersAndTheNewOutputFolder(_ signal: Int32) throws {
        let folder = try PDFOutputTests.hostileCase("pdf-soffice-hangs")
        let tmp = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        // A folder a SIGKILLed run left (its pid cannot exist: above pid_max) and a live one's.
        let dead = tmp.appendingPathComponent("gkexport-soffice-99999999-\(UUID().uuidString)/profile")
        let live = tmp.appendingPathComponent("gkexport-pdf-1-\(UUID().uuidString)")
        let stranger = tmp.appendingPathComponent("someone-else")
        for url in [dead, live, stranger] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        let out = folder.appendingPathComponent("new/out")
        let process = Process()
        process.executableURL = Paths.gkexport
        process.arguments = ["render", "report.yaml", "-o", out.path, "--format", "docx,pdf", "--pdf-timeout", "30"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(PDFOutputTests.pathWithFake(folder)) { $1 }
            .merging(["TMPDIR": tmp.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pidFile = folder.appendingPathComponent("soffice.pid").path
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: pidFile) && Date() < deadline { usleep(20_000) }
        usleep(100_000)
        let during = Set(try FileManager.default.contentsOfDirectory(atPath: tmp.path))
        #expect(during.contains { $0.hasPrefix("gkexport-soffice-\(process.processIdentifier)-") }, "\(during)")
        #expect(FileManager.default.fileExists(atPath: out.path))
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: tmp.path))
        #expect(after == [live.lastPathComponent, stranger.lastPathComponent], "left in TMPDIR: \(after)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path), "the created -o folder stayed")
        let child = try PDFOutputTests.pid(folder, "child.pid")
        #expect(PDFOutputTests.allDead([child]))
    }

    @Test func aFailedRenderRemovesTheOutputFolderItCreated() throws {
        let folder = try PDFOutputTests.hostileCase("pdf-soffice-writes-garbage")
        let out = folder.appendingPathComponent("made/by/render")
        let result = try CLI.run(["render", "report.yaml", "-o", out.path, "--format", "docx,pdf"],
                                 in: folder, environment: PDFOutputTests.pathWithFake(folder))
        #expect(result.status == 4, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("made").path))
        // A folder that was there already stays, even empty.
        let existing = folder.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        _ = try CLI.run(["render", "report.yaml", "-o", existing.path, "--format", "docx,pdf"],
                        in: folder, environment: PDFOutputTests.pathWithFake(folder))
        #expect(FileManager.default.fileExists(atPath: existing.path))
    }
}
