import Foundation
import OOXMLWriter
import Testing
import TestSupport

/// Files from outside built to hurt: each must fail with a clear message, in under a second,
/// without growing memory (`HostileRun`). Counts, sizes and the file itself: ImportCountTests,
/// ImportSizeTests, ImportFileReadTests.
@Suite(.serialized) struct HostileImportTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func docx(_ documentXML: [UInt8], extra: [(String, [UInt8])] = [], withDocument: Bool = true) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8))
        for (name, data) in extra { zip.add(name, data) }
        if withDocument { zip.add("word/document.xml", documentXML) }
        return zip.finish()
    }

    static func expectRefused(_ bytes: [UInt8], name: String, saying message: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try HostileRun.importing(bytes, name: name)
        run.expect(exit: 1, saying: [message], name, sourceLocation: sourceLocation)
        #expect(!run.stdout.contains("root:"), "\(name) leaked a local file", sourceLocation: sourceLocation)
    }

    @Test func declaredGigabyteDocument() throws {
        var bytes = Self.docx(Array(repeating: 0x20, count: 1000))
        // Declare 4 GB − 16 for every entry's uncompressed size, in the central directory.
        var i = 0
        while i + 4 < bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02 {
                for k in 0..<4 { bytes[i + 24 + k] = k == 0 ? 0xF0 : 0xFF }
            }
            i += 1
        }
        try Self.expectRefused(bytes, name: "bomb-declared.docx", saying: "解压后超过")
    }

    @Test func documentThatInflatesFarBeyondWhatItDeclares() throws {
        // 64 MB of spaces compressed to ~64 KB, declared as 1 KB.
        let bomb = Deflate.compress([UInt8](repeating: 0x20, count: 64 << 20))
        let bytes = Self.rebuild(name: "word/document.xml", payload: bomb, declaredSize: 1024,
                                 crc: Deflate.crc32(Array(repeating: 0x20, count: 1024)))
        try Self.expectRefused(bytes, name: "bomb-lying.docx", saying: "已损坏")
    }

    /// A one-entry ZIP written byte by byte, so its headers can lie.
    static func rebuild(name: String, payload: [UInt8], declaredSize: UInt32, crc: UInt32) -> [UInt8] {
        func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
        let n = Array(name.utf8)
        var out: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc)
            + le32(UInt32(payload.count)) + le32(declaredSize) + le16(UInt16(n.count)) + le16(0) + n + payload
        let cd = UInt32(out.count)
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc)
            + le32(UInt32(payload.count)) + le32(declaredSize) + le16(UInt16(n.count)) + le16(0) + le16(0) + le16(0) + le16(0)
            + le32(0) + le32(0) + n
        out += central
        out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count)) + le32(cd) + le16(0)
        return out
    }

    @Test func zipInsideTheZip() throws {
        let inner = Self.docx(Array("<w:document xmlns:w=\"\(Self.w)\"/>".utf8))
        try Self.expectRefused(Self.docx(inner, extra: [("word/embeddings/inner.zip", inner)]), name: "nested.docx",
                               saying: "word/document.xml 无法解析")
    }

    @Test func pathTraversalEntryName() throws {
        try Self.expectRefused(Self.docx(Array("<w:document xmlns:w=\"\(Self.w)\"><w:body/></w:document>".utf8),
                                         extra: [("../../etc/cron.d/evil", Array("x".utf8))]),
                               name: "traversal.docx", saying: "不安全的文件名“../../etc/cron.d/evil”")
    }

    @Test func billionLaughs() throws {
        var dtd = "<!DOCTYPE w:document [<!ENTITY lol \"lol\">"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
        dtd += "]>"
        let xml = "<?xml version=\"1.0\"?>\(dtd)<w:document xmlns:w=\"\(Self.w)\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        try Self.expectRefused(Self.docx(Array(xml.utf8)), name: "laughs.docx", saying: "word/document.xml 无法解析")
    }

    @Test func externalEntityToALocalFile() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"\(Self.w)\"><w:body><w:p><w:r><w:t>一、总体情况&x;</w:t></w:r></w:p></w:body></w:document>"
        try Self.expectRefused(Self.docx(Array(xml.utf8)), name: "xxe.docx", saying: "word/document.xml 无法解析：含有文档类型定义（DTD）")
    }

    @Test func truncatedZip() throws {
        let whole = [UInt8](try Data(contentsOf: Paths.root.appendingPathComponent("Tests/Golden/golden/seed-2020.docx")))
        try Self.expectRefused(Array(whole.prefix(whole.count / 2)), name: "truncated.docx", saying: "不是可读的 Office 文件")
    }

    @Test func docxWithoutDocumentXML() throws {
        try Self.expectRefused(Self.docx([], withDocument: false), name: "empty.docx", saying: "ZIP 压缩包里没有 word/document.xml")
    }

    @Test func fiftyMegabyteHTMLPage() throws {
        var page = Array("<html><body><p>".utf8)
        page += [UInt8](repeating: 0x61, count: 50 << 20)
        try Self.expectRefused(page, name: "huge.html", saying: "文件过大（50 MB）")
    }
}
