import Testing
@testable import ReportBatch

/// Line-by-line decoding of a sheet whose lines may each be UTF-8 or GB18030.
@Suite struct LineDecodingTests {
    static let juZhang: [UInt8] = [0xBE, 0xD6, 0xB3, 0xA4]  // 局长 in GB18030, not valid UTF-8

    @Test func validUTF8IsTakenWholeWithNoLinesNamed() throws {
        let decoded = try LineDecoding.decode(Array("a\n丰城市\r\nb".utf8))
        #expect(decoded.text == "a\n丰城市\r\nb")
        #expect(decoded.gb18030Lines.isEmpty && decoded.utf8Lines.isEmpty)
        #expect(decoded.encoding == "UTF-8" && !decoded.isMixed && decoded.note == nil)
    }

    @Test func eachLineIsReadOnItsOwnAndASCIILinesCountForNeither() throws {
        let bytes = Array("ascii\n".utf8) + Self.juZhang + Array("\r\n丰城\n\n".utf8)
        let decoded = try LineDecoding.decode(bytes)
        #expect(decoded.text == "ascii\n局长\r\n丰城\n\n")
        #expect(decoded.gb18030Lines == [2])
        #expect(decoded.utf8Lines == [3])
        #expect(decoded.encoding == "UTF-8 与 GB18030 混合")
        #expect(decoded.note == "第 2 行按 GB18030 读入，其余按 UTF-8")
    }

    @Test func onlyGB18030LinesIsGB18030() throws {
        let decoded = try LineDecoding.decode(Self.juZhang + [0x0A] + Self.juZhang)
        #expect(decoded.text == "局长\n局长")
        #expect(decoded.encoding == "GB18030" && decoded.note == nil)
    }

    @Test func theFewerLinesAreNamedAndLongListsAreCut() throws {
        var bytes: [UInt8] = Array("丰城\n".utf8)
        for _ in 0..<12 { bytes += Self.juZhang + [0x0A] }
        let decoded = try LineDecoding.decode(bytes)
        #expect(decoded.note == "第 1 行按 UTF-8 读入，其余按 GB18030")
        #expect(LineDecoding.lineList(Array(2...13)) == "第 2、3、4、5、6、7、8、9、10、11 行等 12 行")
        #expect(LineDecoding.lineList([7]) == "第 7 行")
    }

    @Test func anUndecodableLineIsNamed() {
        #expect(throws: LineDecoding.Failure.self) { try LineDecoding.decode(Array("ok\n".utf8) + [0xFF, 0xFF]) }
        do {
            _ = try LineDecoding.decode(Array("ok\n".utf8) + [0xFF, 0xFF])
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func plausibleUTF8HasChineseOrNoLettersBelowU2000() {
        #expect(LineDecoding.isPlausible("Lǚ 局"))
        #expect(LineDecoding.isPlausible("plain ascii"))
        #expect(LineDecoding.isPlausible("𠀀"))  // CJK extension B
        #expect(!LineDecoding.isPlausible("һҵ"))  // 一业 in GB18030 read as UTF-8
        #expect(!LineDecoding.isPlausible("¥12"))
    }
}
