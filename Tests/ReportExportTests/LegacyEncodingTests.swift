import Testing
@testable import ReportExport

/// The one iconv wrapper, and the byte-order marks it names.
@Suite struct LegacyEncodingTests {
    @Test func gb18030IsConvertedAndInvalidBytesAreNil() {
        #expect(LegacyEncoding.gb18030([0xBE, 0xD6, 0xB3, 0xA4, 0x0D, 0x0A]) == "局长\r\n")
        #expect(LegacyEncoding.gb18030([0x81, 0x30, 0x81, 0x30]) == "\u{80}")   // a four-byte sequence
        #expect(LegacyEncoding.gb18030([]) == "")
        #expect(LegacyEncoding.gb18030([0xBE]) == nil)                          // cut off mid-character
        #expect(LegacyEncoding.gb18030([0xFF, 0xFF]) == nil)
    }

    @Test func otherCharsetsByIconvName() {
        #expect(LegacyEncoding.convert([0xA7, 0xBD, 0xAA, 0xF8], from: "BIG5-HKSCS") == "局長")
        #expect(LegacyEncoding.convert([0x40, 0x5C, 0x3D, 0xD8, 0x00, 0xDE], from: "UTF-16LE") == "局😀")
        #expect(LegacyEncoding.convert([0x61], from: "NO-SUCH-CHARSET") == nil)
    }

    @Test func byteOrderMarksAreNamedUTF32First() {
        #expect(LegacyEncoding.unicodeBOM([0xFF, 0xFE, 0x00, 0x00]) == "UTF-32")
        #expect(LegacyEncoding.unicodeBOM([0x00, 0x00, 0xFE, 0xFF]) == "UTF-32")
        #expect(LegacyEncoding.unicodeBOM([0xFF, 0xFE, 0x61, 0x00]) == "UTF-16")
        #expect(LegacyEncoding.unicodeBOM([0xFE, 0xFF]) == "UTF-16")
        #expect(LegacyEncoding.unicodeBOM([0xEF, 0xBB, 0xBF]) == nil)
        #expect(LegacyEncoding.unicodeBOM([]) == nil)
    }
}
