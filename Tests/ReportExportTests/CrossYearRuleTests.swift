import Foundation
import ReportBatch
import ReportExport
import Testing
import TestSupport

/// Cross-year rules are format data: decoded from `cross_year:`, inherited by variants,
/// refused with file and key when they name what the format does not hold, and checked
/// generically against last year's report.
@Suite struct CrossYearRuleTests {
    /// A one-table format whose stock carries over: this year's opening = last year's closing.
    static let format = """
    edition: stock
    name: 库存格式
    years: {from: 2000, to: 2099}
    parts:
      - {marker: 一、, title: 库存, table: stock}
    tables:
      - id: stock
        name: 表一
        widths: [40, 20, 20, 20]
        labels: {opening: 年初, added: 新增, closing: 年末}
        rows:
          - cells: [{text: 项目, style: head}, {text: 年初, style: head}, {text: 新增, style: head}, {text: 年末, style: head}]
          - {id: books, cells: [{text: 图书}], values: [opening, added, closing]}
    rules: []
    cross_year:
      - table: stock
        rows: [books]
        columns: [opening]
        last_column: closing
        severity: warning
        message: "{place}为 {value}，上年年末为 {last}（见 {previous}）"
        hint: 核对两年的报告

    """

    static let variant = """
    edition: stock-maps
    name: 库存格式（增列地图）
    base: stock
    changes:
      - table: stock
        insert_after: books
        rows:
          - {id: maps, cells: [{text: 地图}], values: [opening, added, closing]}

    """

    /// A templates folder holding the given format files (and the bundled style sets).
    static func templates(_ files: [String: String]) throws -> TemplateLibrary {
        let folder = Paths.temporaryDirectory("gkexport-cross-year")
        let formats = folder.appendingPathComponent("formats")
        try FileManager.default.createDirectory(at: formats, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: formats.appendingPathComponent(name + ".yaml")) }
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("templates/styles"), to: folder.appendingPathComponent("styles"))
        return TemplateLibrary(directory: folder)
    }

    /// A report of `edition` whose books row holds `opening, added, closing`.
    static func report(_ library: TemplateLibrary, _ edition: String, year: Int, books: (Int, Int, Int)) throws -> String {
        let text = ReportSkeleton(format: try library.format(edition)).yaml(agency: "测试单位", year: year)
        let zeros = "books:"
        let range = try #require(text.range(of: zeros))
        let rest = text[range.upperBound...]
        var replaced = String(rest)
        for (column, value) in [("opening", books.0), ("added", books.1), ("closing", books.2)] {
            let line = try #require(replaced.range(of: "\(column): 0"))
            replaced.replaceSubrange(line, with: "\(column): \(value)")
        }
        return Fixtures.reportFile(String(text[..<range.upperBound]) + replaced, name: "\(edition)-\(year).yaml")
    }

    @Test func aFormatFileDeclaresItsCrossYearRule() throws {
        let library = try Self.templates(["stock": Self.format])
        let rules = try library.format("stock").crossYear
        #expect(rules.count == 1)
        let rule = try #require(rules.first)
        #expect(rule.table == "stock" && rule.rows == ["books"] && rule.columns == ["opening"])
        #expect(rule.lastColumn == "closing" && rule.lastRow == nil)
        #expect(rule.diagnosticSeverity == .warning)
    }

    @Test func theRuleIsCheckedAgainstLastYearsReport() throws {
        let library = try Self.templates(["stock": Self.format])
        let last = try Self.report(library, "stock", year: 2020, books: (1, 6, 7))
        let previous = try PreviousReports(.files([last]), templates: library, jobs: 1)
        let reader = ReportFileReader(templates: library)

        let wrong = try reader.load(path: try Self.report(library, "stock", year: 2021, books: (5, 0, 5)))
        let found = previous.check(wrong.report, format: try #require(wrong.format))
        #expect(found.map(\.message) == ["表一「图书」×「年初」为 5，上年年末为 7（见 \(last)）"])
        #expect(found.map(\.severity) == [.warning] && found.map(\.kind) == [.rule])
        #expect(found.first?.hint == "核对两年的报告")

        let right = try reader.load(path: try Self.report(library, "stock", year: 2021, books: (7, 0, 7)))
        #expect(previous.check(right.report, format: try #require(right.format)).isEmpty)
        // Two years apart: no rule applies.
        let later = try reader.load(path: try Self.report(library, "stock", year: 2022, books: (5, 0, 5)))
        #expect(previous.check(later.report, format: try #require(later.format)).isEmpty)
    }

    @Test func aVariantInheritsItsBasesRules() throws {
        let library = try Self.templates(["stock": Self.format, "stock-maps": Self.variant])
        #expect(try library.format("stock-maps").crossYear == library.format("stock").crossYear)
        let last = try Self.report(library, "stock", year: 2020, books: (1, 6, 7))
        let previous = try PreviousReports(.files([last]), templates: library, jobs: 1)
        let loaded = try ReportFileReader(templates: library).load(path: try Self.report(library, "stock-maps", year: 2021, books: (2, 0, 2)))
        #expect(loaded.report.edition == "stock-maps")
        #expect(previous.check(loaded.report, format: try #require(loaded.format)).map(\.message) == ["表一「图书」×「年初」为 2，上年年末为 7（见 \(last)）"])
    }

    @Test(arguments: [
        ("columns: [opening]", "columns: [nope]", "cross_year 第 1 条：columns 写的列“nope”不是表一「图书」的数值列"),
        ("rows: [books]", "rows: [films]", "cross_year 第 1 条：rows 写的行“films”在表一中不存在"),
        ("（见 {previous}）", "（见 {prior}）", "cross_year 第 1 条：message 中的 {prior} 不是可用的占位符"),
        ("last_column: closing", "last_column: closed", "cross_year 第 1 条：last_column 写的列“closed”不是表一「图书」的数值列"),
    ])
    func aMalformedRuleNamesItsFileAndKey(_ good: String, _ bad: String, _ said: String) throws {
        let library = try Self.templates(["stock": Self.format.replacingOccurrences(of: good, with: bad)])
        let error = try #require(throws: TemplateError.self) { try library.format("stock") }
        #expect(error.path.hasSuffix("formats/stock.yaml"))
        #expect(error.message.contains("报告格式「stock」（\(error.path)）"), "\(error.message)")
        #expect(error.message.contains(said), "\(error.message)")
    }

    @Test func aVariantsOwnRuleIsCheckedAgainstItsRows() throws {
        let rule = """
        cross_year:
          - {table: stock, rows: [maps, globes], severity: error, message: "{place}"}

        """
        let library = try Self.templates(["stock": Self.format, "stock-maps": Self.variant + rule])
        let error = try #require(throws: TemplateError.self) { try library.format("stock-maps") }
        #expect(error.path.hasSuffix("formats/stock-maps.yaml"))
        #expect(error.message.contains("cross_year 第 1 条：rows 写的行“globes”在表一中不存在"), "\(error.message)")
    }

    @Test func theBundledRulesAreData() throws {
        let library = TemplateLibrary()
        #expect(try library.format("2019").crossYear.map(\.table) == ["applications"])
        #expect(try library.format("2021").crossYear.map(\.table) == ["applications", "proactive"])
        #expect(try library.format("2021-other-documents").crossYear == library.format("2021").crossYear)
    }
}
