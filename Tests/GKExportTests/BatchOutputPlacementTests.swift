import Foundation
import Testing
import TestSupport

/// Where a batch may write: into the root of a mounted file system (its staging lives inside
/// DIR), never into its own input folder, and per agency all files or none.
@Suite struct BatchOutputPlacementTests {
    @Test(.enabled(if: Tmpfs.available, "mounting a tmpfs needs root"))
    func intoTheRootOfAMountedFileSystem() throws {
        let work = Paths.temporaryDirectory("gkexport-mountroot")
        defer { try? FileManager.default.removeItem(at: work) }
        let sheet = try BatchCommandTests.samples().writeSheet(count: 50, to: work)
        let mount = work.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        try #require(Tmpfs.mount(size: "32m", at: mount))
        defer { Tmpfs.unmount(mount) }
        let result = try CLI.run(["batch", sheet.path, "-o", mount.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try BatchCommandTests.summary(mount).succeeded == 50)
        #expect(CLI.files(in: mount).count == 101)
        try BatchCommandTests.expectOnlyWholeFiles(mount)
    }

    @Test func theInputFolderItselfIsAUsageError() throws {
        let work = Paths.temporaryDirectory("gkexport-samefolder")
        defer { try? FileManager.default.removeItem(at: work) }
        let reports = work.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.example, to: reports.appendingPathComponent("a.yaml"))
        let before = try FolderSnapshot(reports)
        for output in [reports.path, reports.path + "/", reports.path + "/."] {
            let result = try CLI.run(["batch", reports.path, "-o", output])
            #expect(result.status == 64, "\(output)")
            #expect(result.stderr.contains("就是输入文件夹"), "\(result.stderr)")
        }
        #expect(try FolderSnapshot(reports) == before)
        // A folder inside the input folder works, and is not read as input on a rerun.
        for _ in 0..<2 {
            let result = try CLI.run(["batch", reports.path, "-o", reports.appendingPathComponent("out").path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try BatchCommandTests.summary(reports.appendingPathComponent("out")).total == 1)
        }
    }

    @Test func anAgencyThatCannotWriteKeepsItsOldPairAndListsNoFiles() throws {
        let work = Paths.temporaryDirectory("gkexport-agencyblocked")
        defer { try? FileManager.default.removeItem(at: work) }
        let samples = try BatchCommandTests.samples()
        let sheet = try samples.writeSheet(count: 5, to: work)
        let out = work.appendingPathComponent("out")
        #expect(try CLI.run(["batch", sheet.path, "-o", out.path]).status == 0)
        let first = try BatchCommandTests.summary(out).results[2]
        let docx = out.appendingPathComponent(first.files[0]), odt = out.appendingPathComponent(first.files[1])
        let inode = try FileManager.default.attributesOfItem(atPath: docx.path)[.systemFileNumber] as! UInt64
        try FileManager.default.removeItem(at: odt)
        try FileManager.default.createDirectory(at: odt, withIntermediateDirectories: false)

        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 1)
        let third = try BatchCommandTests.summary(out).results[2]
        #expect(third.status == .failed && third.files.isEmpty)
        #expect(third.diagnostics.joined().contains("已有一个同名的文件夹"))
        // Not replaced: the very same file (inode), not merely the same bytes.
        #expect(try FileManager.default.attributesOfItem(atPath: docx.path)[.systemFileNumber] as! UInt64 == inode)
        #expect(try BatchCommandTests.summary(out).results.filter { $0.status == .ok }.count == 4)
    }
}
