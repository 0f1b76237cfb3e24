import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Every read is bounded on the bytes really read: links are followed to what they name, a
/// non-regular file is refused by what it is, and standard input stops at the cap.
@Suite struct BoundedReadTests {
    /// A 2 GB file that costs no disk: all hole.
    static func sparse(_ url: URL, bytes: UInt64 = 2 << 30) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: bytes)
        try handle.close()
    }

    @Test func symlinkToATwoGigabyteFileIsRefusedUnread() throws {
        try withScratch("gkexport-bounded") { dir in
            try Self.sparse(dir.appendingPathComponent("big.bin"))
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("report.yaml").path, withDestinationPath: "big.bin")
            let run = try MeasuredRun.run(["validate", "report.yaml"], in: dir)
            run.expectRefused("symlink to 2 GB", saying: "report.yaml: 错误：文件过大（2048 MB），报告文件一般只有几 KB，上限 4 MB")
        }
    }

    @Test func symlinkToATwoGigabyteSheetIsRefusedUnread() throws {
        try withScratch("gkexport-bounded") { dir in
            try Self.sparse(dir.appendingPathComponent("big.bin"))
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sheet.csv").path, withDestinationPath: "big.bin")
            let run = try MeasuredRun.run(["batch", "sheet.csv", "-o", "out"], in: dir)
            run.expectRefused("sheet symlink to 2 GB", saying: "sheet.csv: 错误：表格文件过大（2048 MB，上限 64 MB）")
        }
    }

    @Test func endlessStandardInputIsCutOffAtTheCap() throws {
        try withScratch("gkexport-bounded") { dir in
            let run = try MeasuredRun.run(["validate", "-"], input: "yes", in: dir)
            run.expectRefused("yes | validate -", saying: "标准输入: 错误：文件过大（超过 4 MB）", seconds: 5)
        }
    }

    @Test func fifoNamedAsReportIsRefusedWithoutWaitingForAWriter() throws {
        try withScratch("gkexport-bounded") { dir in
            #expect(mkfifo(dir.appendingPathComponent("report.yaml").path, 0o600) == 0)
            let run = try MeasuredRun.run(["validate", "report.yaml"], in: dir)
            run.expectRefused("FIFO", saying: "report.yaml: 错误：无法读取报告文件：这是一个管道（FIFO），不是普通文件")
            #expect(!run.result.stderr.contains("没有读取权限"))
        }
    }

    @Test func folderAndDeviceAreNamedForWhatTheyAre() throws {
        try withScratch("gkexport-bounded") { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("report.yaml"), withIntermediateDirectories: false)
            try MeasuredRun.run(["validate", "report.yaml"], in: dir)
                .expectRefused("folder", saying: "无法读取报告文件：这是一个文件夹，不是文件")
            try MeasuredRun.run(["validate", "/dev/zero"], in: dir)
                .expectRefused("/dev/zero", saying: "/dev/zero: 错误：无法读取报告文件：这是一个设备，不是普通文件")
            try MeasuredRun.run(["validate", "missing.yaml"], in: dir)
                .expectRefused("missing", saying: "无法读取报告文件：文件不存在")
        }
    }

    @Test func reportOnStandardInputStillWorks() throws {
        try withScratch("gkexport-bounded") { dir in
            let run = try MeasuredRun.run(["validate", "--verbose", "-"], input: "cat \(TimedBinary.quote(Paths.example.path))", in: dir)
            #expect(run.result.status == 0, "\(run.result.stderr)")
            #expect(run.result.stdout.contains("-: 通过"))
        }
    }
}
