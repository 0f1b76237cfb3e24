import Foundation
import Testing
import TestSupport

/// `DIR/summary.json` always describes what is on disk: a run that cannot write it says so
/// (exit 4) and leaves no earlier summary that would claim otherwise.
@Suite struct BatchSummaryOnDiskTests {
    @Test func aFolderInTheSummarysPlaceIsReportedAndExits4() throws {
        let work = Paths.temporaryDirectory("gkexport-summary-blocked")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 5, to: work)
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("summary.json"), withIntermediateDirectories: true)
        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 4)
        #expect(result.stderr.contains("无法写入 \(out.appendingPathComponent("summary.json").path)：已有一个同名的文件夹"), "\(result.stderr)")
        #expect(result.stderr.contains("没有 summary.json"))
        #expect(!result.stdout.contains("详细结果"))
        // The documents are there; the folder is still a folder, with nothing put in it.
        #expect(CLI.files(in: out).count == 11)
        #expect(CLI.files(in: out.appendingPathComponent("summary.json")).isEmpty)
    }

    @Test(.enabled(if: Tmpfs.available, "mounting a tmpfs needs root"))
    func aRunIntoAFullDiskLeavesNoStaleSummaryAndEveryOldFile() throws {
        let work = Paths.temporaryDirectory("gkexport-summary-full")
        defer { try? FileManager.default.removeItem(at: work) }
        let samples = try BatchCommandTests.samples()
        let sheet = try samples.writeSheet(count: 6, to: work)
        let out = work.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try #require(Tmpfs.mount(size: "1m", at: out))
        defer { Tmpfs.unmount(out) }
        #expect(try CLI.run(["batch", sheet.path, "-o", out.path]).status == 0)
        #expect(try BatchCommandTests.summary(out).succeeded == 6)
        try Tmpfs.fill(out, leaving: 0)
        let documents = try FolderSnapshot(out).entries.filter { $0.key.hasSuffix(".docx") || $0.key.hasSuffix(".odt") }

        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status != 0)
        #expect(result.stdout.contains("磁盘空间不足"), "\(result.stdout)")
        // Each agency failed with its old pair intact; the earlier summary (six succeeded) is gone,
        // and the space it freed holds this run's, which says what happened.
        #expect(result.stdout.contains("失败           6"), "\(result.stdout)")
        let summary = try BatchCommandTests.summary(out)
        #expect(summary.failed == 6 && summary.succeeded == 0 && summary.results.allSatisfy { $0.files.isEmpty })
        let after = try FolderSnapshot(out).entries.filter { $0.key.hasSuffix(".docx") || $0.key.hasSuffix(".odt") }
        #expect(after == documents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == (Array(documents.keys) + ["filler", "summary.json"]).sorted())
    }
}
