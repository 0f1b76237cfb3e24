import Testing
import ReportExport
@testable import ReportImport

/// The encodings pages and text files come in, declared or not.
@Suite struct TextEncodingTests {
    static let juZhang: [UInt8] = [0xBE, 0xD6, 0xB3, 0xA4]   // 局长 in GB18030
    static let big5: [UInt8] = [0xA7, 0xBD, 0xAA, 0xF8]       // 局長 in Big5

    @Test func declaredNamesMapToIconvNames() {
        #expect(TextEncoding.iconvName(" GB2312 ") == "GB18030")
        #expect(TextEncoding.iconvName("x-gbk") == "GB18030")
        #expect(TextEncoding.iconvName("Big5") == "BIG5-HKSCS")
        #expect(TextEncoding.iconvName("utf8") == "UTF-8")
        #expect(TextEncoding.iconvName("UTF-16LE") == "UTF-16LE")
        #expect(TextEncoding.iconvName("iso-8859-1") == nil)
        #expect(TextEncoding.iconvName("shift_jis") == nil)
    }

    @Test func theDeclaredCharsetIsFoundInMetaOrXMLDeclaration() {
        #expect(TextEncoding.declaredCharset(Array("<html><head><meta charset=\"gb2312\">".utf8)) == "gb2312")
        #expect(TextEncoding.declaredCharset(Array("<META http-equiv=Content-Type content='text/html; charset=GBK'>".utf8)) == "GBK")
        #expect(TextEncoding.declaredCharset(Array("<?xml version=\"1.0\" encoding=\"big5\"?>".utf8)) == "big5")
        #expect(TextEncoding.declaredCharset(Array("<p>charset=gbk</p>".utf8)) == nil)
        #expect(TextEncoding.declaredCharset(Array((String(repeating: " ", count: 4096) + "<meta charset=gbk>").utf8)) == nil)
    }

    @Test func utf16WithoutABOMIsToldByItsZeroBytes() {
        #expect(TextEncoding.bomlessUTF16([0x3C, 0, 0x70, 0]) == "UTF-16LE")
        #expect(TextEncoding.bomlessUTF16([0, 0x3C, 0, 0x70]) == "UTF-16BE")
        #expect(TextEncoding.bomlessUTF16([0x3C, 0]) == nil)
        #expect(TextEncoding.bomlessUTF16(Array("<p>x".utf8)) == nil)
    }

    @Test func decodingSaysWhatItTook() {
        #expect(TextEncoding.decode([0xEF, 0xBB, 0xBF] + Array("局长".utf8), markup: false).map { "\($0.text)|\($0.note ?? "")" } == "局长|")
        #expect(TextEncoding.decode([0xFF, 0xFE, 0x40, 0x5C], markup: false).map { "\($0.text)|\($0.note ?? "")" } == "局|按 UTF-16 编码读入")
        #expect(TextEncoding.decode([0xFE, 0xFF, 0x5C, 0x40], markup: false).map { "\($0.text)|\($0.note ?? "")" } == "局|按 UTF-16 编码读入")
        #expect(TextEncoding.decode(Self.juZhang, markup: false).map { "\($0.text)|\($0.note ?? "")" } == "局长|不是 UTF-8，按 GB18030（GBK）编码读入")
        #expect(TextEncoding.decode(Array("局长".utf8), markup: false).map { "\($0.text)|\($0.note ?? "")" } == "局长|")
    }

    @Test func aPageIsReadAsItDeclaresUnlessItIsPlainlyUTF8() {
        let head = Array("<meta charset=big5>".utf8)
        #expect(TextEncoding.decode(head + Self.big5, markup: true).map { "\($0.text)|\($0.note ?? "")" } == "<meta charset=big5>局長|按网页声明的 big5 编码读入")
        let gbLabel = Array("<meta charset=gb2312>".utf8)
        #expect(TextEncoding.decode(gbLabel + Array("局长".utf8), markup: true).map(\.note) == "声明为 gb2312，实为 UTF-8，按 UTF-8 读入")
        // Not markup: a declaration in a text file is only text.
        #expect(TextEncoding.decode(head + Self.big5, markup: false)?.note == "不是 UTF-8，按 GB18030（GBK）编码读入")
    }

    @Test func bytesNoEncodingReadsAreNil() {
        #expect(TextEncoding.decode([0xFF, 0xFF, 0xFF], markup: false) == nil)
    }
}
