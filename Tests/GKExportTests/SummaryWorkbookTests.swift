import Foundation
import OOXMLWriter
import ReportBatch
import ReportExport
import Testing
import TestSupport

/// `batch --summary-xlsx`: 汇总.xlsx for the office — valid SpreadsheetML, the same bytes on a
/// rerun, and read back (by our reader and by openpyxl) every agency's status, problems and
/// table values equal to what its report holds.
@Suite struct SummaryWorkbookTests {
    static let library = TemplateLibrary()
    static let examples = ["examples/fengcheng-2020.yaml", "examples/qingyuan-2021.yaml", "examples/qingyuan-2021-variant.yaml"]

    /// A batch of the examples, a fresh `init` workbook and one report that fails.
    static func batch() throws -> (inputs: URL, out: URL) {
        let folder = Paths.temporaryDirectory("summary-xlsx")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for path in examples {
            let source = Paths.root.appendingPathComponent(path)
            try FileManager.default.copyItem(at: source, to: inputs.appendingPathComponent(source.lastPathComponent))
        }
        let made = try CLI.run(["init", "甲局", "2021", "-o", inputs.appendingPathComponent("甲局.xlsx").path])
        #expect(made.status == 0, "\(made.stderr)")
        try Data("agency: 坏局\nyear: 2021\n".utf8).write(to: inputs.appendingPathComponent("坏局.yaml"))
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["batch", inputs.path, "-o", out.path, "--summary-xlsx"])
        #expect(run.status == 1, "one agency fails: \(run.stderr)")
        #expect(run.stdout.contains("汇总表：\(out.appendingPathComponent("汇总.xlsx").path)"))
        return (inputs, out)
    }

    /// Every value cell of a format with the column name 汇总.xlsx gives it.
    static func named(_ format: FormatSpec) -> [(CellKey, String)] {
        format.tables.flatMap { table in
            table.valueRows.flatMap { row in
                row.valueColumns.map { (row.key(in: table.id).cell($0), ReportBuilder.name(table, row, $0)) }
            }
        }
    }

    /// Per input file name, what the summary must say: its report, status word and format.
    static func expected(_ inputs: URL) throws -> [String: (report: Report, format: FormatSpec)] {
        var out: [String: (Report, FormatSpec)] = [:]
        for name in examples.map({ URL(fileURLWithPath: $0).lastPathComponent }) + ["甲局.xlsx"] {
            let loaded = try ReportFileReader(templates: library).load(path: inputs.appendingPathComponent(name).path)
            out[name] = (loaded.report, try #require(loaded.format))
        }
        return out
    }

    @Test(.needsShared) func validSameBytesAndTheReportsValues() throws {
        let (inputs, out) = try Self.batch()
        let url = out.appendingPathComponent(SummaryWorkbook.fileName)
        let bytes = try [UInt8](Data(contentsOf: url))
        for (part, errors) in try Schemas.validateXLSX(bytes) { #expect(errors.isEmpty, "\(part): \(errors.prefix(3))") }

        let rerun = try CLI.run(["batch", inputs.path, "-o", out.path, "--summary-xlsx"])
        #expect(rerun.status == 1)
        #expect(try [UInt8](Data(contentsOf: url)) == bytes, "same batch, same bytes")

        let book = try WorkbookReading.read(bytes)
        let sheet = try #require(book.sheet(SummaryWorkbook.agenciesSheet))
        func text(_ row: Int, _ column: Int) -> String? { sheet.cells[CellAddress(row: row, column: column)]?.value }
        let rows = (sheet.cells.keys.map(\.row).max() ?? 0)
        let columns = (sheet.cells.keys.map(\.column).max() ?? 0) + 1
        var header: [String: Int] = [:]
        for c in 0..<columns { if let name = text(0, c) { header[name] = c } }
        #expect((0..<SummaryWorkbook.fixedHeadings.count).map { text(0, $0) } == SummaryWorkbook.fixedHeadings)
        #expect(rows == 5, "one row per agency")

        let expected = try Self.expected(inputs)
        var checked = 0
        for row in 1...rows {
            let input = URL(fileURLWithPath: try #require(text(row, 6))).lastPathComponent
            if input == "坏局.yaml" {
                #expect(text(row, 1) == "坏局" && text(row, 4) == "失败")
                #expect(text(row, 5)?.contains("坏局.yaml") == true, "its problems are listed")
                #expect(text(row, 7) == nil || text(row, 7) == "")
                continue
            }
            let (report, format) = try #require(expected[input], "\(input)")
            #expect(text(row, 1) == report.agency && text(row, 2) == String(report.year) && text(row, 3) == format.edition)
            #expect(text(row, 4) == "成功" && (text(row, 5) ?? "").isEmpty)
            #expect(text(row, 7)?.split(separator: "\n").count == 2, "its DOCX and ODT")
            for (key, name) in Self.named(format) {
                let column = try #require(header[name], "no column \(name)")
                #expect(text(row, column) == report.value(key)?.printed, "\(input) \(name)")
                checked += 1
            }
        }
        #expect(checked > 400)
        let totals = try #require(book.sheet(SummaryWorkbook.totalsSheet))
        #expect(totals.cells[CellAddress(row: 2, column: 1)]?.value == "5" && totals.cells[CellAddress(row: 5, column: 1)]?.value == "1")
    }

    @Test func withoutTheFlagThereIsNone() throws {
        let folder = Paths.temporaryDirectory("summary-xlsx-none")
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["batch", Paths.root.appendingPathComponent("examples").path, "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!CLI.files(in: out).contains(SummaryWorkbook.fileName))
    }

    /// A folder where 汇总.xlsx should be: said, exit 4, summary.json and the documents still there.
    @Test func aSummaryWorkbookThatCannotBeWrittenIsSaid() throws {
        let folder = Paths.temporaryDirectory("summary-xlsx-blocked")
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent(SummaryWorkbook.fileName), withIntermediateDirectories: true)
        let run = try CLI.run(["batch", Paths.root.appendingPathComponent("examples").path, "-o", out.path, "--summary-xlsx"])
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("没有 汇总.xlsx"))
        #expect(CLI.files(in: out).contains("summary.json"))
    }

    @Test(.enabled(if: OpenpyxlReader.available, "needs python3 with openpyxl (pip install openpyxl)"))
    func openpyxlReadsTheSameValues() throws {
        let (inputs, out) = try Self.batch()
        let dump = try OpenpyxlReader.rows(out.appendingPathComponent(SummaryWorkbook.fileName), sheet: SummaryWorkbook.agenciesSheet)
        let header = dump[0].map { $0 ?? "" }
        #expect(Array(header.prefix(SummaryWorkbook.fixedHeadings.count)) == SummaryWorkbook.fixedHeadings)
        let expected = try Self.expected(inputs)
        var checked = 0
        for row in dump.dropFirst() {
            let input = URL(fileURLWithPath: row[6] ?? "").lastPathComponent
            guard let (report, format) = expected[input] else {
                #expect(input == "坏局.yaml" && row[4] == "失败")
                continue
            }
            #expect(row[1] == report.agency && row[4] == "成功")
            for (key, name) in Self.named(format) {
                let column = try #require(header.firstIndex(of: name))
                let value = column < row.count ? row[column] : nil
                let want = report.value(key)?.printed
                // openpyxl gives numbers as Python prints them (0.5 for a stored 0.50).
                #expect(value == want || (value.flatMap(Double.init) != nil && value.flatMap(Double.init) == want.flatMap(Double.init)),
                        "\(input) \(name): \(value ?? "nil") ≠ \(want ?? "nil")")
                checked += 1
            }
        }
        #expect(checked > 400)
    }
}

/// A sheet read by openpyxl, a reader that is not ours: each row's cells as text (nil: empty).
enum OpenpyxlReader {
    static var available: Bool {
        Shell.has("python3") && (try? Shell.run("/usr/bin/env", ["python3", "-c", "import openpyxl"])) != nil
    }

    static func rows(_ workbook: URL, sheet: String) throws -> [[String?]] {
        let script = """
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
        def text(v):
            if v is None: return None
            if isinstance(v, bool): return str(v)
            if isinstance(v, float) and v.is_integer(): return str(int(v))
            return str(v)
        print(json.dumps([[text(c) for c in row] for row in ws.iter_rows(values_only=True)], ensure_ascii=False))
        """
        let output = try Shell.run("/usr/bin/env", ["python3", "-c", script, workbook.path, sheet]).output
        return try JSONDecoder().decode([[String?]].self, from: Data(output.utf8))
    }
}
