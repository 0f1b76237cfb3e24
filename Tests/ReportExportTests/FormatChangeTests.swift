import Foundation
import Testing
import TestSupport
import Yams
@testable import ReportExport

/// A variant format's `changes:` applied to its base: rows inserted (rowspans across the point
/// grow), rows relabelled, column labels added, and the errors a wrong change gets.
@Suite struct FormatChangeTests {
    /// A table whose first cell spans rows a, b and c (a group label, as in 表三).
    static let baseTable = """
        id: t
        name: 表九
        widths: [20, 20, 20]
        labels: {x: 甲列}
        rows:
          - cells: [{text: 表头, colspan: 3, style: head}]
          - {id: a, cells: [{text: 分组, rowspan: 3, style: group}, {text: 第一行}], values: [x]}
          - {id: b, cells: [{text: 第二行}], values: [x]}
          - {id: c, cells: [{text: 第三行}], values: [x]}
          - {id: d, cells: [{text: 第四行, colspan: 2}], values: [x]}
        """

    static func spec() throws -> FormatSpec {
        FormatSpec(edition: "base", name: "基础", years: nil, parts: [], tables: [try YAMLDecoder().decode(TableSpec.self, from: baseTable)], rules: [])
    }

    static func apply(_ change: String) throws -> FormatSpec {
        var spec = try spec()
        try YAMLDecoder().decode(FormatChange.self, from: change).apply(to: &spec)
        return spec
    }

    static func failure(_ change: String) throws -> String? {
        var spec = try spec()
        do {
            try YAMLDecoder().decode(FormatChange.self, from: change).apply(to: &spec)
            return nil
        } catch let error as TemplateError {
            return error.message
        }
    }

    static let newRow = "rows: [{id: n, cells: [{text: 新行}], values: [x]}]"

    @Test(arguments: [
        ("insert_after: a", ["a", "n", "b", "c", "d"], 4),
        ("insert_before: b", ["a", "n", "b", "c", "d"], 4),
        ("insert_after: b", ["a", "b", "n", "c", "d"], 4),
        ("insert_before: a", ["n", "a", "b", "c", "d"], 3),
        ("insert_after: c", ["a", "b", "c", "n", "d"], 3),
        ("insert_before: c", ["a", "b", "n", "c", "d"], 4),
        ("insert_after: d", ["a", "b", "c", "d", "n"], 3),
    ])
    func insertedRowsGrowOnlyTheSpansTheyFallInside(_ anchor: String, _ order: [String], _ span: Int) throws {
        let table = try Self.apply("table: t\n\(anchor)\n\(Self.newRow)").tables[0]
        #expect(table.rows.compactMap(\.id) == order)
        #expect(table.row("a")?.cells?[0].rowspan == span)
        #expect(table.row("d")?.cells?[0].colspan == 2)
        #expect(table.row("n")?.valueColumns == ["x"])
    }

    @Test func severalRowsGrowASpanBySeveral() throws {
        let table = try Self.apply("table: t\ninsert_after: b\nrows: [{id: n, values: [x]}, {id: m, values: [x]}]").tables[0]
        #expect(table.rows.compactMap(\.id) == ["a", "b", "n", "m", "c", "d"])
        #expect(table.row("a")?.cells?[0].rowspan == 5)
    }

    @Test func aRelabelChangesTheRowsLastTextCell() throws {
        let table = try Self.apply("table: t\nrelabel: {row: a, text: 改名}").tables[0]
        #expect(table.row("a")?.cells?.map(\.text) == ["分组", "改名"])
        #expect(table.row("a")?.displayLabel == "改名")
    }

    @Test func labelsAreAddedAndOverride() throws {
        let table = try Self.apply("table: t\nlabels: {x: 新甲列, y: 乙列}").tables[0]
        #expect(table.labels == ["x": "新甲列", "y": "乙列"])
    }

    @Test func anEmptyRowListChangesNothing() throws {
        #expect(try Self.apply("table: t\ninsert_after: nowhere\nrows: []") == (try Self.spec()))
    }

    @Test func wrongChangesAreNamed() throws {
        #expect(try Self.failure("table: nope\nrelabel: {row: a, text: x}") == "变体格式修改的表格“nope”在基础格式中不存在")
        #expect(try Self.failure("table: t\nrelabel: {row: zz, text: x}") == "变体格式要改名的行“zz”在表九中不存在")
        #expect(try Self.failure("table: t\ninsert_after: zz\n\(Self.newRow)") == "变体格式插入行的位置“zz”在表九中不存在")
        #expect(try Self.failure("table: t\n\(Self.newRow)") == "变体格式插入行的位置“（未指定）”在表九中不存在")
    }

    /// The bundled variant through TemplateLibrary: its base with one row more in 表二.
    @Test func theBundledVariantIsItsBaseWithOneRowMore() throws {
        let library = TemplateLibrary()
        let base = try library.format("2021"), variant = try library.format("2021-other-documents")
        var expected = base.tables
        let row = try #require(variant.table("proactive")?.row("other_documents"))
        let at = try #require(expected[0].rows.firstIndex { $0.id == "normative_documents" }) + 1
        expected[0].rows.insert(row.spec, at: at)
        #expect(variant.tables == expected)
        #expect(row.displayLabel == "其他主动公开文件")
        #expect(row.valueColumns == ["issued", "repealed", "in_force"])
        #expect(variant.parts == base.parts)
        #expect(variant.years == nil)
        #expect(variant.rules == base.rules)
    }

    static func library(_ variant: String) throws -> TemplateLibrary {
        let dir = Paths.temporaryDirectory("gkexport-format-change")
        let formats = dir.appendingPathComponent("formats")
        try FileManager.default.createDirectory(at: formats, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TemplateLibrary().directory.appendingPathComponent("formats/2021.yaml"), to: formats.appendingPathComponent("2021.yaml"))
        try Data(variant.utf8).write(to: formats.appendingPathComponent("v.yaml"))
        return TemplateLibrary(directory: dir)
    }

    @Test func aWrongChangeInAUsersVariantNamesTheFormat() throws {
        let library = try Self.library("edition: v\nname: 变体\nbase: \"2021\"\nchanges:\n  - {table: proactive, relabel: {row: nope, text: x}}\n")
        #expect(throws: TemplateError.self) { try library.format("v") }
        do {
            _ = try library.format("v")
        } catch {
            #expect(error.message == "报告格式「v」：变体格式要改名的行“nope”在表二中不存在")
            #expect(error.path.hasSuffix("formats/v.yaml"))
        }
    }

    @Test func aBaseCycleIsRefusedAndNamedOnce() throws {
        let library = try Self.library("edition: v\nname: 变体\nbase: v\n")
        let formats = library.directory.appendingPathComponent("formats")
        try Data("edition: w\nname: 变体\nbase: u\n".utf8).write(to: formats.appendingPathComponent("w.yaml"))
        try Data("edition: u\nname: 变体\nbase: w\n".utf8).write(to: formats.appendingPathComponent("u.yaml"))
        for (edition, chain) in [("v", "v → v"), ("w", "w → u → w")] {
            do {
                _ = try library.format(edition)
                Issue.record("\(edition) loaded")
            } catch {
                #expect(error.message == "报告格式的 base 循环引用：\(chain)")
            }
        }
    }
}
