import Foundation
import Testing
import TestSupport

/// What a batch does to DIR beyond its documents: it never writes through anything planted
/// there, keeps the summary's mode, and finishes a pair a killed run left half swapped.
@Suite struct BatchFolderSafetyTests {
    @Test func aPlantedLockLinkAndItsTargetAreLeftUntouched() throws {
        let work = Paths.temporaryDirectory("gkexport-lock-link")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 2, to: work)
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = work.appendingPathComponent("victim.txt")
        try Data("PRECIOUS\n".utf8).write(to: victim)
        // The old lock file's name as a symbolic link, and a hard link beside it.
        let symlink = out.appendingPathComponent(".gkexport.lock")
        try FileManager.default.createSymbolicLink(at: symlink, withDestinationURL: victim)
        #expect(link(victim.path, out.appendingPathComponent(".hard.lock").path) == 0)
        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "PRECIOUS\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: symlink.path) == victim.path)
        var info = stat()
        #expect(lstat(victim.path, &info) == 0 && info.st_nlink == 2)
        // Nothing of the run is left but its documents and summary.
        #expect(CLI.files(in: out).filter { $0.hasPrefix(".gkexport-") }.isEmpty)
    }

    @Test func aPrivateSummaryStaysPrivateOnARerun() throws {
        let work = Paths.temporaryDirectory("gkexport-summary-mode")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 2, to: work)
        let out = work.appendingPathComponent("out")
        #expect(try CLI.run(["batch", sheet.path, "-o", out.path]).status == 0)
        let summary = out.appendingPathComponent("summary.json").path
        #expect(chmod(summary, 0o600) == 0)
        #expect(try CLI.run(["batch", sheet.path, "-o", out.path]).status == 0)
        var info = stat()
        #expect(stat(summary, &info) == 0 && info.st_mode & 0o7777 == 0o600)
    }

    /// A run killed between the renames of one agency's DOCX and ODT: the DOCX is new, the
    /// ODT old, the new ODT still in the run's staging folder with the commit's journal. The
    /// next run (here for other agencies) finishes the swap before it sweeps the folder.
    @Test func theNextRunFinishesAPairAKilledRunLeftHalfSwapped() throws {
        let work = Paths.temporaryDirectory("gkexport-journal")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 2, to: work)
        let out = work.appendingPathComponent("out")
        let dead = try StagingSweepTests.deadPID()
        let staging = out.appendingPathComponent(".gkexport-staging-\(dead)-7")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("new docx".utf8).write(to: out.appendingPathComponent("某局2021年政府信息公开工作年度报告.docx"))
        try Data("old odt".utf8).write(to: out.appendingPathComponent("某局2021年政府信息公开工作年度报告.odt"))
        try Data("new odt".utf8).write(to: staging.appendingPathComponent(".gkexport-tmp-\(dead)-00000000000000b2"))
        try Data("old docx".utf8).write(to: staging.appendingPathComponent(".gkexport-tmp-\(dead)-00000000000000c1-old"))
        try Data("old odt".utf8).write(to: staging.appendingPathComponent(".gkexport-tmp-\(dead)-00000000000000c2-old"))
        let journal = [".gkexport-tmp-\(dead)-00000000000000b1", "某局2021年政府信息公开工作年度报告.docx",
                       ".gkexport-tmp-\(dead)-00000000000000b2", "某局2021年政府信息公开工作年度报告.odt"]
            .map { $0 + "\u{0}" }.joined()
        try Data(journal.utf8).write(to: staging.appendingPathComponent(".gkexport-tmp-\(dead)-00000000000000d1.journal"))
        // A note that tries to leave the folder is ignored.
        try Data(".gkexport-tmp-\(dead)-00000000000000c1-old\u{0}../escaped\u{0}".utf8)
            .write(to: staging.appendingPathComponent("evil.journal"))

        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("某局2021年政府信息公开工作年度报告.docx"), encoding: .utf8) == "new docx")
        #expect(try String(contentsOf: out.appendingPathComponent("某局2021年政府信息公开工作年度报告.odt"), encoding: .utf8) == "new odt")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("escaped").path))
    }

    @Test func anEmptyFormatListIsAUsageErrorForBatch() throws {
        let work = Paths.temporaryDirectory("gkexport-batch-noformat")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 1, to: work)
        let out = work.appendingPathComponent("out")
        for list in [",", " ", " , "] {
            let result = try CLI.run(["batch", sheet.path, "-o", out.path, "--format", list])
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("--format 没有写任何格式"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
