import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// The rollback path of `StagedFiles.commit`: a rename that fails after an earlier one has
/// already replaced its file puts that file back (bytes and mode) and leaves no temporary file.
@Suite struct StagedFilesRollbackTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func aFailingSecondRenamePutsTheFirstFileBack() throws {
        let dir = Paths.temporaryDirectory("gkexport-rollback")
        defer { try? FileManager.default.removeItem(at: dir) }
        let staging = dir.appendingPathComponent(".staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        let a = dir.appendingPathComponent("a.docx"), b = dir.appendingPathComponent("b.odt"), c = dir.appendingPathComponent("c.pdf")
        try Data("old a".utf8).write(to: a)
        try Data("old b".utf8).write(to: b)
        chmod(a.path, 0o600)
        let inode = try FileManager.default.attributesOfItem(atPath: a.path)[.systemFileNumber] as! UInt64

        let staged = try StagedFiles.stage([(a, Array("new a".utf8)), (b, Array("new b".utf8)), (c, Array("new c".utf8))],
                                           durable: false, staging: staging)
        // Make the second rename fail: its staged file disappears before the commit.
        let temps = try FileManager.default.contentsOfDirectory(atPath: staging.path)
        #expect(temps.count == 3)
        // Temporary names do not carry the target's (they are short, fixed-length): find b's by its bytes.
        let bTemp = try #require(temps.first { FileManager.default.contents(atPath: staging.appendingPathComponent($0).path) == Data("new b".utf8) })
        unlink(staging.appendingPathComponent(bTemp).path)

        #expect(throws: WriteError.self) { try staged.commit() }
        // a.docx was replaced and then restored: the same file (inode), bytes and mode.
        #expect(try String(contentsOf: a, encoding: .utf8) == "old a")
        #expect(Self.mode(a.path) == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: a.path)[.systemFileNumber] as! UInt64 == inode)
        #expect(try String(contentsOf: b, encoding: .utf8) == "old b")
        #expect(!FileManager.default.fileExists(atPath: c.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty, "temporary or backup files left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".staging", "a.docx", "b.odt"])
    }

    @Test func aSuccessfulCommitKeepsModesAndLeavesNothingBehind() throws {
        let dir = Paths.temporaryDirectory("gkexport-commit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.docx"), b = dir.appendingPathComponent("b.odt")
        try Data("old a".utf8).write(to: a)
        chmod(a.path, 0o640)
        let umaskNow = umask(0o022)
        umask(umaskNow)
        try StagedFiles.stage([(a, Array("new a".utf8)), (b, Array("new b".utf8))]).commit()
        #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
        #expect(Self.mode(a.path) == 0o640)
        #expect(Self.mode(b.path) == 0o644 & ~umaskNow)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.docx", "b.odt"])
    }

    @Test func withoutReplacingAnExistingFileIsLeftAndNothingIsWritten() throws {
        let dir = Paths.temporaryDirectory("gkexport-noreplace")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.yaml"), b = dir.appendingPathComponent("b.yaml")
        try Data("mine".utf8).write(to: b)
        #expect(throws: WriteError.self) {
            try StagedFiles.stage([(a, Array("new".utf8)), (b, Array("new".utf8))]).commit(replacing: false)
        }
        #expect(try String(contentsOf: b, encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["b.yaml"])
    }
}

/// The path split `StagedFiles` does once per target instead of URL calls per use.
@Suite struct StagedFilesPathTests {
    @Test func aStagedFileLandsUnderItsOwnNameWithNoTemporaryLeft() throws {
        let dir = Paths.temporaryDirectory("gkexport-staged-path")
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("报告 一.docx", isDirectory: false)
        try StagedFiles.stage([(target, Array("new".utf8))], durable: false).commit()
        #expect(FileManager.default.contents(atPath: target.path) == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["报告 一.docx"])
    }
}
