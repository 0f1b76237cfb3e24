import Foundation
import Testing
import TestSupport
import ReportBatch
@testable import ReportExport

/// The one report builder: a report file and a sheet row reaching the same rule get the same
/// rule's message, each at a place of its own kind (file:line:column, sheet row and column).
@Suite struct ReportBuilderTests {
    static let library = TemplateLibrary()

    /// A report file of `lines`, read and checked.
    static func file(_ lines: [String]) throws -> [Diagnostic] {
        try ReportFileReader(templates: library).load(bytes: Data((lines.joined(separator: "\n") + "\n").utf8), name: "r.yaml").diagnostics
    }

    /// A sheet of one row, `header` and `row`, read and checked.
    static func sheet(_ header: [String], _ row: [String]) throws -> [Diagnostic] {
        let folder = Paths.temporaryDirectory("gkexport-builder")
        let path = folder.appendingPathComponent("s.csv").path
        try Data((header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return try SheetReports(path: path, templates: library).load(0).diagnostics
    }

    static func first(_ diagnostics: [Diagnostic], containing text: String) -> Diagnostic? {
        diagnostics.first { $0.message.contains(text) }
    }

    @Test func aBadValueIsSaidAlikeAtEachInputsOwnPlace() throws {
        let yaml = try Self.file(["agency: 某局", "year: 2021", "applications:", "  received:", "    natural_person: -3"])
        let csv = try Self.sheet(["agency", "year", "applications.received.natural_person"], ["某局", "2021", "-3"])
        let fromFile = try #require(Self.first(yaml, containing: "「自然人」："))
        let fromRow = try #require(Self.first(csv, containing: "「自然人」："))
        #expect(fromFile.message == fromRow.message)
        #expect(fromFile.location.description == "r.yaml:5:21")
        #expect(fromRow.location.description.hasSuffix("s.csv:2:3"))
    }

    @Test func theYearRangeIsOneRuleInEachInputsWords() throws {
        let yaml = try Self.file(["agency: 某局", "year: 2101"])
        let csv = try Self.sheet(["agency", "year"], ["某局", "2101"])
        #expect(yaml.contains { $0.message == "“year”应是四位数的年份，填写的是“2101”" && $0.location.description == "r.yaml:2:7" })
        #expect(csv.contains { $0.message == "year（报告年度）应是四位数的年份，填写的是“2101”" && $0.location.description.hasSuffix("s.csv:2:2") })
        // 2008 and 2100 are in range: no year problem in either input.
        for year in ["2008", "2100"] {
            #expect(try !Self.file(["agency: 某局", "year: \(year)"]).contains { $0.message.contains("四位数的年份") })
            #expect(try !Self.sheet(["agency", "year"], ["某局", year]).contains { $0.message.contains("四位数的年份") })
        }
    }

    @Test func aYearWithoutAFormatIsSaidInEachInputsWords() throws {
        let yaml = try Self.file(["agency: 某局", "year: 2009"])
        let csv = try Self.sheet(["agency", "year"], ["某局", "2009"])
        #expect(yaml.contains { $0.message == "没有适用于 2009 年的报告格式" && $0.location.description == "r.yaml:2:7" })
        #expect(csv.contains { $0.message == "没有“2009”的报告格式" && $0.hint?.hasPrefix("可用的版本：") == true })
    }

    @Test func aControlCharacterInAFieldIsRefusedInBothInputs() throws {
        let yaml = try Self.file(["agency: \"某\\u0001局\"", "year: 2021"])
        let csv = try Self.sheet(["agency", "year", "title"], ["某局", "2021", "标\u{1}题"])
        #expect(yaml.contains { $0.message == "“agency”含有不可打印的控制字符 U+0001（第 2 个字符）" && $0.location.line == 1 })
        #expect(csv.contains { $0.message == "title 含有不可打印的控制字符 U+0001" && $0.location.column == 3 })
    }

    @Test func theRequiredAgencyIsOneRule() throws {
        let yaml = try Self.file(["year: 2021"])
        let csv = try Self.sheet(["agency", "year"], ["", "2021"])
        #expect(yaml.contains { $0.message == "缺少必填项“agency”（填报单位名称）" && $0.location.line == nil })
        #expect(csv.contains { $0.message == "这一行没有填写 agency（单位名称）" && $0.location.line == 2 && $0.location.column == nil })
    }

    @Test func theBuilderSaysWhatAKeyOfNoFormatCouldHaveBeen() throws {
        var builder = ReportBuilder(source: "x", whole: SourceLocation(file: "x"), words: .reportFile,
                                    cap: .stopLooking(max: ReportBuilder.maxProblems), templates: Self.library)
        builder.chooseFormat(year: 2021, named: nil, namedAt: SourceLocation(file: "x"), noEditionAt: SourceLocation(file: "x"))
        builder.unknownKey("overveiw", at: SourceLocation(file: "x", line: 3), fixed: YAMLReportDecoder.fixedKeys)
        #expect(builder.problems.map(\.message) == ["不认识的键“overveiw”，是不是“overview”？"])
        #expect(builder.report.unusable.contains(.narrative("overview")))
        // The suggested part is then not reported missing a second time.
        builder.checkNarratives { _ in SourceLocation(file: "x") }
        #expect(!builder.problems.contains { $0.message.contains("（键 overview）") })
    }
}
