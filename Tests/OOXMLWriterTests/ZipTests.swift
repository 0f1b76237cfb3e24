import Foundation
import OOXMLWriter
import Testing
import TestSupport

@Suite struct ZipTests {
    func sample() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        zip.add("a/b.xml", Array(String(repeating: "<x>政府信息公开</x>", count: 500).utf8))
        zip.add("empty", [])
        return zip.finish()
    }

    @Test func roundTripsThroughTheReader() throws {
        let reader = try ZipReader(sample())
        #expect(reader.names == ["mimetype", "a/b.xml", "empty"])
        #expect(try reader.data("mimetype") == Array("application/vnd.oasis.opendocument.text".utf8))
        #expect(try reader.data("a/b.xml") == Array(String(repeating: "<x>政府信息公开</x>", count: 500).utf8))
        #expect(try reader.data("empty") == [])
    }

    @Test func unzipAgreesWhenAvailable() throws {
        guard Shell.has("unzip") else { return }
        let dir = Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("t.zip")
        try Data(sample()).write(to: file)
        let (_, output) = try Shell.run("/usr/bin/env", ["unzip", "-t", file.path])
        #expect(output.contains("No errors detected"))
    }

    @Test func headersAreFixedTimeNoExtraStoredFirst() throws {
        let bytes = sample()
        // First local header: signature, version 20, flags 0, method 0 (stored), time 0, date 1980-01-01.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(bytes[10] == 0 && bytes[11] == 0 && bytes[12] == 0x21 && bytes[13] == 0)
        #expect(bytes[28] == 0 && bytes[29] == 0)  // extra field length
        // The stored name and payload follow at once: the ODF mimetype rule.
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<46], as: UTF8.self) == "applicat")
    }

    @Test func deflatingIntoTheArchiveGivesTheEntryBytes() {
        // `add(name, data)` deflates straight into the archive; a `ZipEntry` made first must
        // give the very same archive.
        let data = Array(String(repeating: "<w:t>政府信息公开</w:t>", count: 3000).utf8)
        var direct = ZipWriter(), viaEntry = ZipWriter()
        direct.add("word/document.xml", data)
        direct.add("empty", [])
        viaEntry.add(ZipEntry(name: "word/document.xml", data: data))
        viaEntry.add(ZipEntry(name: "empty", data: []))
        #expect(direct.finish() == viaEntry.finish())
    }

    @Test func sameEntriesSameBytes() {
        #expect(sample() == sample())
    }

    @Test func readerRejectsTruncatedAndUnsafeArchives() throws {
        let bytes = sample()
        #expect(throws: ZipReadError.self) { try ZipReader(Array(bytes.prefix(bytes.count - 30))) }
        #expect(throws: ZipReadError.notAZip) { try ZipReader(Array("not a zip at all, just text".utf8)) }
        var evil = ZipWriter()
        evil.add("../../etc/passwd", [1, 2, 3])
        #expect(throws: ZipReadError.unsafeName("../../etc/passwd")) { try ZipReader(evil.finish()) }
    }

    /// Two entries of one name (made by renaming "b" to "a" in both headers): refused, not
    /// read first-wins, and said in Chinese naming the entry.
    @Test func readerRejectsDuplicateEntryNames() throws {
        var writer = ZipWriter()
        writer.add("word/a.xml", [1, 2, 3])
        writer.add("word/b.xml", [4, 5, 6])
        var bytes = writer.finish()
        let from = Array("word/b.xml".utf8), to = Array("word/a.xml".utf8)
        var i = 0
        while i + from.count <= bytes.count {
            if Array(bytes[i..<(i + from.count)]) == from { bytes.replaceSubrange(i..<(i + from.count), with: to) }
            i += 1
        }
        #expect(throws: ZipReadError.duplicateName("word/a.xml")) { try ZipReader(bytes) }
        #expect(ZipReadError.duplicateName("word/a.xml").description.contains("两个同名的文件“word/a.xml”"))
        #expect(ZipReadError.unsafeName("../x").description.contains("不安全的文件名“../x”"))
    }
}
