import Foundation
import Testing
@testable import ReportBatch

/// The sheet parser on the shapes Excel, WPS and hand edits produce: quoting, line ends,
/// BOMs, blank and short rows, and the physical line each record is reported at.
@Suite struct CSVSheetTests {
    static func sheet(_ text: String) throws -> CSVSheet { try CSVSheet(data: Data(text.utf8)) }

    static func failure(_ bytes: [UInt8]) -> CSVSheet.Failure? {
        do {
            _ = try CSVSheet(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ text: String) -> CSVSheet.Failure? { failure(Array(text.utf8)) }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKeepTheirPhysicalLines() throws {
        let sheet = try Self.sheet("agency,note,year\n\"丰城市,人民政府\",\"说 \"\"有\"\" 事\",2020\n\"两\n行\",,2021\nlast,x,2022\n")
        #expect(sheet.header == ["agency", "note", "year"])
        #expect(sheet.records.map(\.fields) == [["丰城市,人民政府", "说 \"有\" 事", "2020"], ["两\n行", "", "2021"], ["last", "x", "2022"]])
        #expect(sheet.records.map(\.line) == [2, 3, 5])
        #expect(sheet.records.map(\.lastLine) == [2, 4, 5])
        #expect(sheet.encoding == "UTF-8" && sheet.encodingNote == nil && sheet.oddLines.isEmpty)
    }

    @Test func trailingEmptyColumnsAreKeptAsEmptyFields() throws {
        let sheet = try Self.sheet("a,b,c,,\n1,,,,\n2\n")
        #expect(sheet.header == ["a", "b", "c", "", ""])
        #expect(sheet.records.map(\.fields) == [["1", "", "", "", ""], ["2"]])
    }

    @Test func crlfEndsOneRecordAndStaysInsideAQuotedField() throws {
        let sheet = try Self.sheet("h,i\r\n\"a\r\nb\",c\r\nd,e\r\n")
        #expect(sheet.records.map(\.fields) == [["a\r\nb", "c"], ["d", "e"]])
        #expect(sheet.records.map(\.line) == [2, 4])
    }

    @Test func aLoneCRIsALineBreakInsideAndOutsideQuotes() throws {
        let sheet = try Self.sheet("h\r\"a\rb\"\rc\r")
        #expect(sheet.records.map(\.fields) == [["a\rb"], ["c"]])
        #expect(sheet.records.map(\.line) == [2, 4])
        #expect(sheet.records[0].lastLine == 3)
    }

    @Test func aUTF8BOMIsDroppedFromTheFirstColumnName() throws {
        let sheet = try CSVSheet(data: Data([0xEF, 0xBB, 0xBF] + Array("agency,year\n丰城市,2020\n".utf8)))
        #expect(sheet.header == ["agency", "year"])
        #expect(sheet.records.first?.line == 2)
    }

    @Test func columnNamesAreTrimmedButCellsAreNot() throws {
        let sheet = try Self.sheet(" agency ,\u{3000}year\t\n 丰城市 ,2020\n")
        #expect(sheet.header == ["agency", "year"])
        #expect(sheet.records[0].fields == [" 丰城市 ", "2020"])
    }

    @Test func blankRowsAreDroppedWithoutShiftingLaterLineNumbers() throws {
        let sheet = try Self.sheet("h,i\n\n , \u{3000}\n,\nx,y")
        #expect(sheet.records.map(\.fields) == [["x", "y"]])
        #expect(sheet.records.map(\.line) == [5])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsLiteral() throws {
        let sheet = try Self.sheet("h,i\nab\"c,d\n")
        #expect(sheet.records[0].fields == ["ab\"c", "d"])
    }

    @Test func spacesAfterAClosingQuoteAreKept() throws {
        let sheet = try Self.sheet("h,i\n\"a\" ,b\n")
        #expect(sheet.records[0].fields == ["a ", "b"])
    }

    @Test func textAfterAClosingQuoteIsRefusedAtItsLine() {
        let failure = Self.failure("h\n\"x\nb\"c\n")
        #expect(failure?.line == 3)
        #expect(failure?.message == "第 3 行：引号后面多了字符“c”（字段里的引号要写成两个 \"\"）")
    }

    @Test func anUnclosedQuoteIsRefusedAtTheLineItOpens() {
        let failure = Self.failure("h\nx\n\"abc\n\n")
        #expect(failure?.line == 3)
        #expect(failure?.message == "第 3 行开始的引号没有结束")
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF]] as [[UInt8]])
    func anEmptySheetAsksForAHeader(_ bytes: [UInt8]) {
        let failure = Self.failure(bytes)
        #expect(failure?.line == nil)
        #expect(failure?.message == "表格是空的：第一行应是列名")
    }

    @Test func theLastRecordNeedsNoLineBreak() throws {
        #expect(try Self.sheet("h\n\"q\"").records.map(\.fields) == [["q"]])
        #expect(try Self.sheet("h\n,x").records.map(\.fields) == [["", "x"]])
        #expect(try Self.sheet("h\nx\n,").records.map(\.fields) == [["x"]])  // a blank last row is dropped too
    }

    @Test func aWholeGB18030SheetIsReadAsGB18030() throws {
        // 局长,2020 in GB18030, written from the code table.
        let bytes: [UInt8] = Array("agency,year\n".utf8) + [0xBE, 0xD6, 0xB3, 0xA4] + Array(",2020\r\n".utf8)
        let sheet = try CSVSheet(bytes: bytes)
        #expect(sheet.records.map(\.fields) == [["局长", "2020"]])
        #expect(sheet.encoding == "GB18030")
        #expect(sheet.encodingNote == nil)
        #expect(sheet.oddLines.isEmpty && sheet.oddEncoding == nil)
    }

    @Test func aMixedSheetNamesItsFewerLines() throws {
        let juZhang: [UInt8] = [0xBE, 0xD6, 0xB3, 0xA4]
        let bytes = Array("agency,year\n丰城市,2020\n".utf8) + juZhang + Array(",2021\n清远市,2022\n".utf8)
        let sheet = try CSVSheet(bytes: bytes)
        #expect(sheet.records.map { $0.fields[0] } == ["丰城市", "局长", "清远市"])
        #expect(sheet.oddLines == [3])
        #expect(sheet.oddEncoding == "GB18030")
        #expect(sheet.encodingNote == "第 3 行按 GB18030 读入，其余按 UTF-8")
    }

    @Test func aLineNeitherEncodingReadsIsNamed() {
        let failure = Self.failure(Array("h\nok\n".utf8) + [0x80, 0xFF, 0x0A])
        #expect(failure?.line == 3)
        #expect(failure?.message == "第 3 行既不是 UTF-8 也不是 GB18030 编码的文字")
    }

    @Test func columnsAreCountedUpToTheCapAndNoFurther() throws {
        let most = String(repeating: ",", count: CSVSheet.maxColumns - 1)
        #expect(try Self.sheet("h\n" + most + "x\n").records[0].fields.count == CSVSheet.maxColumns)
        let failure = Self.failure("h\n" + most + ",x\n")
        #expect(failure?.line == 2)
        #expect(failure?.message == "第 2 行超过 1000 格：报告表格只有两百多列，确认这是各单位的表格")
    }

    @Test func aCellIsCappedInLength() throws {
        let longest = String(repeating: "字", count: CSVSheet.maxCellLength)
        #expect(try Self.sheet("h\n\"" + longest + "\"\n").records[0].fields == [longest])
        let failure = Self.failure("h\nok\n" + longest + "字\n")
        #expect(failure?.line == 3)
        #expect(failure?.message == "第 3 行有一格超过 10000 字：格子里只写名称、数字和文件路径，叙述文字放在文本文件里")
    }

    @Test func columnsAreNamedAsExcelNamesThem() {
        #expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(CSVSheet.columnLetters) == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
        #expect(CSVSheet.columnName(2) == "第 3 列（C）")
    }
}
