import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The narrative files a sheet names are read only from inside the sheet's folder: an absolute
/// path, a `..` that climbs out or a link that points out is refused by row and column, and
/// nothing of the file it names reaches an output.
@Suite struct NarrativePathTests {
    static func refuse(_ cell: String, prepare: (URL) throws -> Void = { _ in }, saying message: String) throws {
        try withScratch("gkexport-narrative") { dir in
            let sheetDir = dir.appendingPathComponent("sheet")
            var fixture = try SheetFixture(count: 2, in: sheetDir)
            try prepare(sheetDir)
            let column = fixture.column("overview")
            fixture.rows[1][column] = cell
            try fixture.write(to: sheetDir.appendingPathComponent("sheet.csv"))
            let out = dir.appendingPathComponent("out")
            let result = try CLI.run(["batch", "sheet/sheet.csv", "-o", out.path], in: dir)
            #expect(result.status == 1)
            let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
            let place = "sheet/sheet.csv:2:\(column + 1): 错误：第 2 行 overview 列（\(CSVLetters.of(column)) 列）"
            #expect(summary.contains(place + message), "\(summary)")
            #expect(!summary.contains("root:") && !summary.contains("SECRET"))
            // The refused row wrote nothing; the other row is unaffected.
            #expect(CLI.files(in: out).filter { $0.hasPrefix(fixture.agency(0)) }.isEmpty)
            #expect(CLI.files(in: out).filter { $0.hasPrefix(fixture.agency(1)) }.count == 2)
        }
    }

    @Test func absolutePathIsRefused() throws {
        try Self.refuse("/etc/passwd", saying: "写的是绝对路径“/etc/passwd”，不予读取")
    }

    @Test func climbingOutIsRefusedWhetherOrNotTheFileExists() throws {
        try Self.refuse("../x", prepare: { try Data("SECRET".utf8).write(to: $0.deletingLastPathComponent().appendingPathComponent("x")) },
                        saying: "所指的文件“../x”在表格所在的文件夹以外，不予读取")
        try Self.refuse("narratives/../../y", saying: "所指的文件“narratives/../../y”在表格所在的文件夹以外，不予读取")
    }

    @Test func linkPointingOutIsRefused() throws {
        try Self.refuse("narratives/link.txt", prepare: { dir in
            try Data("SECRET".utf8).write(to: dir.deletingLastPathComponent().appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("narratives/link.txt").path,
                                                       withDestinationPath: "../../secret.txt")
        }, saying: "所指的文件“narratives/link.txt”在表格所在的文件夹以外")
    }

    @Test func folderAndFIFOAreRefusedForWhatTheyAre() throws {
        try Self.refuse("narratives", saying: "所指的文件“narratives”无法读取：这是一个文件夹，不是文件")
        try Self.refuse("pipe.txt", prepare: { dir in
            #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        }, saying: "所指的文件“pipe.txt”无法读取：这是一个管道（FIFO），不是普通文件")
    }

    @Test func linkStayingInsideIsRead() throws {
        try withScratch("gkexport-narrative") { dir in
            var fixture = try SheetFixture(count: 1, in: dir)
            let column = fixture.column("overview")
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("same.txt").path,
                                                       withDestinationPath: fixture.rows[1][column])
            fixture.rows[1][column] = "./same.txt"
            try fixture.write(to: dir.appendingPathComponent("sheet.csv"))
            let result = try CLI.run(["batch", "sheet.csv", "-o", "out"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }
}
