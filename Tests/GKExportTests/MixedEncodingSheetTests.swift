import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import SampleReports
import ReportExport
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A sheet whose rows were saved by different editors: UTF-8 rows and GB18030 rows in one
/// file. Each row is read in its own encoding, so every agency comes out right, and the rows
/// read each way are named in a warning.
@Suite struct MixedEncodingSheetTests {
    /// `text` in GB18030, through the C library's iconv (independent of the program's reader).
    static func gb18030(_ text: String) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 8)
        let left: Int = input.withUnsafeMutableBytes { i in
            output.withUnsafeMutableBytes { o in
                var ip = i.baseAddress?.assumingMemoryBound(to: CChar.self), il = i.count
                var op = o.baseAddress?.assumingMemoryBound(to: CChar.self), ol = o.count
                _ = iconv(cd, &ip, &il, &op, &ol)
                return ol
            }
        }
        return Array(output.prefix(output.count - left))
    }

    @Test func everyAgencyIsReadInItsRowsOwnEncoding() throws {
        try withScratch("gkexport-mixed") { dir in
            let fixture = try SheetFixture(count: 6, in: dir)
            // Physical lines 3 and 7 (data rows 2 and 6) as Excel on Chinese Windows saves them.
            let bytes = fixture.bytes { line, text in line == 3 || line == 7 ? Self.gb18030(text) : Array(text.utf8) }
            #expect(String(data: bytes, encoding: .utf8) == nil)
            try bytes.write(to: dir.appendingPathComponent("mixed.csv"))
            let result = try CLI.run(["batch", "mixed.csv", "-o", "out"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("mixed.csv: 警告：表格的编码不统一：第 3、7 行按 GB18030 读入，其余按 UTF-8"), "\(result.stderr)")
            let summary = try JSONDecoder().decode(BatchSummary.self, from: Data(contentsOf: dir.appendingPathComponent("out/summary.json")))
            #expect(summary.results.map(\.agency) == (0..<6).map(fixture.agency))
            // The GB18030 rows say so themselves; the UTF-8 rows are clean.
            #expect(summary.results.map { $0.status == .warnings } == [false, true, false, false, false, true])
            #expect(summary.results[1].diagnostics.joined().contains("mixed.csv:3: 警告：这一行按 GB18030 编码读入"))
            // And the document carries the agency's name, not mojibake.
            let name = try #require(summary.results[1].files.first { $0.hasSuffix(".docx") })
            #expect(name.hasPrefix(fixture.agency(1)))
        }
    }

    @Test func aWhollyGB18030SheetNeedsNoWarning() throws {
        try withScratch("gkexport-mixed") { dir in
            let fixture = try SheetFixture(count: 3, in: dir)
            try fixture.bytes { Self.gb18030($1) }.write(to: dir.appendingPathComponent("gb.csv"))
            let result = try CLI.run(["batch", "gb.csv", "-o", "out"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("警告"), "\(result.stderr)")
            let summary = try JSONDecoder().decode(BatchSummary.self, from: Data(contentsOf: dir.appendingPathComponent("out/summary.json")))
            #expect(summary.results.map(\.agency) == (0..<3).map(fixture.agency))
        }
    }

    @Test func aLineInNeitherEncodingIsNamed() throws {
        try withScratch("gkexport-mixed") { dir in
            let fixture = try SheetFixture(count: 3, in: dir)
            // 0xFF never starts a character in UTF-8 or in GB18030.
            try fixture.bytes { line, text in line == 3 ? Self.gb18030(text) + [0xFF, 0xFF] : Array(text.utf8) }
                .write(to: dir.appendingPathComponent("bad.csv"))
            let result = try CLI.run(["batch", "bad.csv", "-o", "out"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("bad.csv:3: 错误：第 3 行既不是 UTF-8 也不是 GB18030 编码的文字"), "\(result.stderr)")
        }
    }
}
