import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// How a sheet's bytes become text: UTF-8 when the whole file is; otherwise line by line, a
/// line GB18030 spells in bytes that also happen to be valid UTF-8 read as the Chinese it is.
@Suite struct SheetDecodingTests {
    /// GB18030 bytes written out by hand (from the GB18030 code table), independent of iconv.
    static let yiYe: [UInt8] = [0xD2, 0xBB, 0xD2, 0xB5]           // 一业 — also valid UTF-8: "һҵ"
    static let juZhang: [UInt8] = [0xBE, 0xD6, 0xB3, 0xA4]        // 局长 — not valid UTF-8

    @Test func ambiguousGB18030LineInAMixedSheetIsReadAsGB18030() throws {
        let bytes = Array("agency,year\n".utf8) + Self.yiYe + Array(",2020\n".utf8) + Self.juZhang + Array(",2020\n".utf8)
            + Array("丰城市,2020\n".utf8)
        let sheet = try CSVSheet(data: Data(bytes))
        #expect(sheet.records.map { $0.fields[0] } == ["一业", "局长", "丰城市"])
        #expect(sheet.encoding == "UTF-8 与 GB18030 混合")
        #expect(sheet.encodingNote == "第 4 行按 UTF-8 读入，其余按 GB18030")
    }

    @Test func utf8LineWithToneMarksBesideChineseStaysUTF8() throws {
        let bytes = Array("agency,year\n".utf8) + Self.juZhang + Array(",2020\n".utf8) + Array("Lǚ 局,2020\n".utf8)
        let sheet = try CSVSheet(data: Data(bytes))
        #expect(sheet.records.map { $0.fields[0] } == ["局长", "Lǚ 局"])
    }

    @Test func unicodeByteOrderMarksAreNamed() {
        for (bom, name) in [([0xFF, 0xFE, 0x00, 0x00] as [UInt8], "UTF-32"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"),
                            ([0xFF, 0xFE], "UTF-16"), ([0xFE, 0xFF], "UTF-16")] {
            #expect(throws: CSVSheet.Failure.self) { try CSVSheet(data: Data(bom + [0x61, 0, 0, 0])) }
            do {
                _ = try CSVSheet(data: Data(bom + [0x61, 0, 0, 0]))
            } catch {
                #expect(error.message.contains("表格文件是 \(name) 编码"), "\(error.message)")
            }
        }
    }

    @Test func utf32ReportIsNotCalledUTF16() throws {
        do {
            _ = try ReportFileReader().load(bytes: Data([0xFF, 0xFE, 0x00, 0x00, 0x61, 0, 0, 0]), name: "r.yaml")
            Issue.record("a UTF-32 report was accepted")
        } catch {
            #expect(error.description.contains("文件是 UTF-32 编码，报告文件须为 UTF-8"), "\(error.description)")
        }
    }
}
