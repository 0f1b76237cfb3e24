import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The file itself is bounded on the bytes really read: links are followed, the descriptor is
/// checked, anything but a regular file is refused, and no more than 20 MB + 1 byte is read.
@Suite(.serialized) struct ImportFileReadTests {
    /// A 2 GB file that takes no disk: truncating extends it sparsely.
    static func sparse(_ url: URL, size: UInt64 = 2 << 30) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    @Test func aSymlinkToATwoGigabyteSparseFile() throws {
        try HostileRun.run { folder in
            try Self.sparse(folder.appendingPathComponent("big.bin"))
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("report.docx").path, withDestinationPath: "big.bin")
            return ["report.docx"]
        }.expect(exit: 1, saying: ["report.docx：文件过大（2048 MB），年度报告不会超过 20 MB（上限）"], "link to 2 GB")
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        try HostileRun.run { folder in
            #expect(mkfifo(folder.appendingPathComponent("report.odt").path, 0o600) == 0)
            return ["report.odt"]
        }.expect(exit: 1, saying: ["report.odt：不是普通文件（是管道（FIFO））"], "FIFO")
    }

    @Test func aFolderIsAFolderOfReportsAndNeedsAnOutputFolder() throws {
        try HostileRun.run { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("report.docx"), withIntermediateDirectories: false)
            return ["report.docx"]
        }.expect(exit: 64, saying: ["导入多个文件时须用 -o 指定输出文件夹"], "folder")
    }

    @Test func aMissingFileSaysSo() throws {
        try HostileRun.run { _ in ["nothing.docx"] }
            .expect(exit: 1, saying: ["nothing.docx：无法读取文件（文件不存在）"], "missing")
    }

    /// Standard input has no size to trust: an endless stream stops at 20 MB + 1 byte.
    @Test func standardInputThatNeverEnds() throws {
        try HostileRun.run(stdin: "/dev/zero") { _ in ["-"] }
            .expect(exit: 1, saying: ["标准输入：文件过大（超过 20 MB）"], "import - < /dev/zero")
    }

    @Test func standardInputFromATwoGigabyteFile() throws {
        try HostileRun.run(stdin: "big.bin") { folder in
            try Self.sparse(folder.appendingPathComponent("big.bin"))
            return ["-"]
        }.expect(exit: 1, saying: ["标准输入：文件过大（2048 MB）"], "import - < 2 GB file")
    }

    /// An ODT on standard input past a cap names that cap (the kind is read from the parts).
    @Test func standardInputNamesTheCapOfWhatItIs() throws {
        try HostileRun.run(stdin: "rows.odt") { folder in
            let body = "<table:table><table:table-column/><table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell/></table:table-row></table:table>"
            try Data(HostileDocuments.odt(body: body)).write(to: folder.appendingPathComponent("rows.odt"))
            return ["-"]
        }.expect(exit: 1, saying: ["标准输入：content.xml：第 1 个表格超过 2000 行（上限）"], "import - < rows.odt")
    }

    /// What standard input is, is found from its bytes: the seed DOCX imports through a pipe.
    @Test func standardInputImportsAReport() throws {
        let seed = Paths.root.appendingPathComponent("Tests/Golden/golden/seed-2020.docx").path
        try HostileRun.run(stdin: seed) { _ in ["-"] }
            .expect(exit: 0, saying: ["识别为：丰城市行政审批局2020年"], "import - < seed.docx")
    }
}
