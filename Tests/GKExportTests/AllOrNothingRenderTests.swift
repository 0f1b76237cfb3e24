import Foundation
import Testing
import TestSupport

/// `render` replaces a report's files all together or not at all: a blocked path or a full
/// disk leaves every old file as it was (bytes and mode) and no temporary file behind.
@Suite struct AllOrNothingRenderTests {
    static let stem = "丰城市行政审批局2020年政府信息公开工作年度报告"

    /// The example, and the same report with one number changed (so new bytes differ).
    static func reports() throws -> (old: URL, new: URL) {
        (try CLI.exampleVariant([], name: "old.yaml"),
         try CLI.exampleVariant([("decisions: 35422", "decisions: 35423")], name: "new.yaml"))
    }

    static func cleanUp(_ urls: URL...) {
        for url in urls { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    }

    @Test func aFolderInTheODTsPlaceLeavesTheOldDOCXAsItWas() throws {
        let (old, new) = try Self.reports()
        defer { Self.cleanUp(old, new) }
        let out = Paths.temporaryDirectory("gkexport-blocked")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["render", old.path, "-o", out.path]).status == 0)
        let docx = out.appendingPathComponent(Self.stem + ".docx")
        let odt = out.appendingPathComponent(Self.stem + ".odt")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: docx.path)
        try FileManager.default.removeItem(at: odt)
        try FileManager.default.createDirectory(at: odt.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let before = try FolderSnapshot(out)

        let result = try CLI.run(["render", new.path, "-o", out.path])
        #expect(result.status == 4)
        #expect(result.stderr.contains("无法写入 \(odt.path)：已有一个同名的文件夹"), "\(result.stderr)")
        #expect(result.stderr.contains("→ 移走或改名这个文件夹"))
        #expect(!result.stdout.contains("已写入"))
        // Same names, bytes and modes: the old DOCX untouched (0640), no temporary file.
        let after = try FolderSnapshot(out)
        #expect(after == before, "before:\n\(before)\nafter:\n\(after)")
        #expect(try FolderSnapshot.mode(docx) == 0o640)
    }

    @Test func aReRenderKeepsA0600File() throws {
        let (old, new) = try Self.reports()
        defer { Self.cleanUp(old, new) }
        let out = Paths.temporaryDirectory("gkexport-mode")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["render", old.path, "-o", out.path]).status == 0)
        let docx = out.appendingPathComponent(Self.stem + ".docx")
        let odt = out.appendingPathComponent(Self.stem + ".odt")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: docx.path)
        let oldBytes = try Data(contentsOf: docx)
        let odtMode = try FolderSnapshot.mode(odt)

        let result = try CLI.run(["render", new.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: docx) != oldBytes, "the DOCX was not replaced")
        #expect(try FolderSnapshot.mode(docx) == 0o600)
        #expect(try FolderSnapshot.mode(odt) == odtMode)
        #expect(CLI.files(in: out) == [Self.stem + ".docx", Self.stem + ".odt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 2, "temporary files left")
    }

    @Test(.enabled(if: Tmpfs.available, "mounting a tmpfs needs root"))
    func aFullDiskLeavesBothOldFilesAsTheyWere() throws {
        let (old, new) = try Self.reports()
        defer { Self.cleanUp(old, new) }
        let mount = Paths.temporaryDirectory("gkexport-fulldisk")
        defer { try? FileManager.default.removeItem(at: mount) }
        try #require(Tmpfs.mount(size: "64k", at: mount))
        defer { Tmpfs.unmount(mount) }
        #expect(try CLI.run(["render", old.path, "-o", mount.path]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o600],
                                              ofItemAtPath: mount.appendingPathComponent(Self.stem + ".odt").path)
        // Room for the new DOCX (9.5 kB) but not for the ODT after it: the pair must not split.
        try Tmpfs.fill(mount, leaving: 12 * 1024)
        let before = try FolderSnapshot(mount)

        let result = try CLI.run(["render", new.path, "-o", mount.path])
        #expect(result.status == 4)
        #expect(result.stderr.contains("磁盘空间不足"), "\(result.stderr)")
        let after = try FolderSnapshot(mount)
        #expect(after == before, "before:\n\(before)\nafter:\n\(after)")

        // With room again the same command replaces both, and the ODT keeps its 0600.
        try FileManager.default.removeItem(at: mount.appendingPathComponent("filler"))
        #expect(try CLI.run(["render", new.path, "-o", mount.path]).status == 0)
        #expect(try FolderSnapshot.mode(mount.appendingPathComponent(Self.stem + ".odt")) == 0o600)
        #expect(try Data(contentsOf: mount.appendingPathComponent(Self.stem + ".docx")) != before.entries[Self.stem + ".docx"]?.bytes)
    }
}
