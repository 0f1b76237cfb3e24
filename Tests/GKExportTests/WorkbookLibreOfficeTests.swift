import Foundation
import OOXMLWriter
import ReportExport
import Testing
import TestSupport

/// The workbook through tools that are not ours: openpyxl fills it with an example's numbers
/// and text, LibreOffice recalculates it (and prints it), openpyxl reads LibreOffice's values
/// back. Totals and checks must be what the format's rules say, merged ranges the format's
/// spans, and the filled workbook must render byte for byte as the example's report file.
@Suite(.serialized, .enabled(if: WorkbookTools.available, "needs soffice and python3 with openpyxl (pip install openpyxl)"))
struct WorkbookLibreOfficeTests {
    static let library = TemplateLibrary()

    struct Outcome {
        let values: [String: [String: Any]]
        let merges: [String: [String]]
        let folder: URL
    }

    /// init → fill (openpyxl) → recalculate (LibreOffice) → read (openpyxl).
    static func run(_ report: Report, edition: String, folder: URL) throws -> Outcome {
        let format = try library.format(edition)
        let layout = try WorkbookLayout(format: format)
        let workbook = folder.appendingPathComponent("报告.xlsx")
        let made = try CLI.run(["init", report.agency, String(report.year), "--edition", edition, "-o", workbook.path])
        try #require(made.status == 0, "\(made.stderr)")
        var table: [String: Any] = [:]
        let totals = Set(layout.cells.keys.filter { key in
            if case .formula = try! ReportWorkbook(format: format, styles: library.styleSet()).skeleton(agency: "", year: report.year)
                .sheets[0][layout.cells[key]!.first]!.content { return true }
            return false
        })
        for (key, range) in layout.cells where !totals.contains(key) {
            switch report.value(key) {
            case .count(let n): table[range.first.description] = n
            case .amount(let text): table[range.first.description] = Int(text).map { $0 as Any } ?? Double(text).map { $0 as Any } ?? text
            case nil: table[range.first.description] = NSNull()
            }
        }
        var text: [String: Any] = [:]
        let fields = [report.attachment, report.title, report.date]
        for (i, _) in WorkbookLayout.textFields.enumerated() {
            text["B\(WorkbookLayout.textFirstFieldRow + i + 1)"] = fields[i].map { $0 as Any } ?? NSNull()
        }
        for (key, row) in layout.narrativeRows {
            text["B\(row + 1)"] = report.narratives[key]?.paragraphs.map(\.text).joined(separator: "\n") ?? NSNull()
        }
        let fill = folder.appendingPathComponent("fill.json")
        try JSONSerialization.data(withJSONObject: [WorkbookLayout.tablesSheet: table, WorkbookLayout.textSheet: text]).write(to: fill)
        let out = folder.appendingPathComponent("out")
        try Shell.run("/usr/bin/env", ["python3", Paths.root.appendingPathComponent("scripts/workbook-recalc").path, workbook.path, fill.path, out.path])
        let result = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("result.json"))) as! [String: Any]
        return Outcome(values: result["values"] as! [String: [String: Any]], merges: result["merges"] as! [String: [String]], folder: out)
    }

    static func report(_ path: String) throws -> Report {
        try ReportFileReader(templates: library).read(path: Paths.root.appendingPathComponent(path).path)
    }

    @Test(arguments: ["examples/fengcheng-2020.yaml", "examples/qingyuan-2021.yaml", "examples/qingyuan-2021-variant.yaml"])
    func filledByOpenpyxlRecalculatedByLibreOffice(_ path: String) throws {
        let report = try Self.report(path)
        let edition = try report.edition ?? Self.library.edition(forYear: report.year)!
        let format = try Self.library.format(edition)
        let layout = try WorkbookLayout(format: format)
        let folder = Paths.temporaryDirectory("workbook-lo")
        let outcome = try Self.run(report, edition: edition, folder: folder)
        let values = outcome.values[WorkbookLayout.tablesSheet] ?? [:]

        // Every number, totals included, as LibreOffice computed it.
        for (key, range) in layout.cells {
            guard let expected = report.value(key) else { continue }
            let found = values[range.first.description]
            switch expected {
            case .count(let n): #expect((found as? NSNumber)?.intValue == n, "\(key) at \(range.first): \(String(describing: found))")
            case .amount(let text): #expect(found.map { "\($0)" } == text || (found as? NSNumber)?.doubleValue == Double(text), "\(key)")
            }
        }
        // Every check holds.
        let checks = values.filter { ($0.value as? String)?.hasPrefix("✓") == true || ($0.value as? String)?.hasPrefix("✗") == true }
        #expect(!checks.isEmpty)
        #expect(checks.allSatisfy { ($0.value as? String) == "✓" }, "\(checks.filter { ($0.value as? String) != "✓" })")
        // Merged ranges there: the format's spans, cell by cell.
        let merges = Set(outcome.merges[WorkbookLayout.tablesSheet] ?? [])
        for table in layout.tables {
            for (r, row) in table.spec.rows.enumerated() {
                for (c, slot) in table.grid.slots[r].enumerated() {
                    guard case .anchor(let index) = slot else { continue }
                    let cell = row.allCells[index]
                    let range = table.range(row: r, column: c, rowSpan: cell.rowspan ?? 1, colSpan: cell.colspan ?? 1)
                    if range.first != range.last { #expect(merges.contains(range.description), "\(table.spec.name) \(range)") }
                    else { #expect(!merges.contains { $0.hasPrefix(range.first.description + ":") }, "\(range) merged") }
                }
            }
        }
        // The workbook openpyxl filled renders as the report file.
        let renderer = ReportRenderer(templates: Self.library)
        let fromWorkbook = try renderer.read(path: outcome.folder.appendingPathComponent("filled.xlsx").path)
        for kind in [OutputFormat.docx, .odt] {
            #expect(try renderer.bytes(try renderer.document(for: fromWorkbook), format: kind)
                    == renderer.bytes(try renderer.document(for: report), format: kind), "\(path) \(kind)")
        }
        // Printed: A4 pages.
        let pdf = try Shell.run("/usr/bin/env", ["pdfinfo", outcome.folder.appendingPathComponent("recalculated.pdf").path]).output
        #expect(pdf.contains("(A4)"))
    }

    /// A broken rule typed in shows ✗ with the difference in LibreOffice, and validate names
    /// the same rule in the same column of the same table, by its cell.
    @Test func aBrokenRuleShowsInLibreOfficeAndInValidate() throws {
        var report = try Self.report("examples/qingyuan-2021.yaml")
        let key = CellKey(table: "applications", row: "received", column: "natural_person")
        report.values[key] = .count((report.value(key)?.intValue ?? 0) + 5)
        let format = try Self.library.format("2021")
        let layout = try WorkbookLayout(format: format)
        let outcome = try Self.run(report, edition: "2021", folder: Paths.temporaryDirectory("workbook-lo-broken"))
        let rule = format.rules.first { $0.equals != nil }!
        let checkRow = layout.table("applications")!.columnChecks.first { $0.rule == rule }!.row
        let column = layout.cells[key]!.first.column
        let check = CellAddress(row: checkRow, column: column).description
        #expect(outcome.values[WorkbookLayout.tablesSheet]?[check] as? String == "✗ 差 5")

        let validated = try CLI.run(["validate", outcome.folder.appendingPathComponent("filled.xlsx").path])
        #expect(validated.status != 0)
        let said = CellAddress(row: layout.cells[CellKey(table: "applications", row: "results_total", column: "natural_person")]!.first.row,
                               column: column).description
        #expect(validated.stderr.contains("表格!\(said)") && validated.stderr.contains(rule.says), "\(validated.stderr)")
    }
}

enum WorkbookTools {
    static let available: Bool = {
        guard Shell.has("soffice"), Shell.has("pdfinfo"), Shell.has("python3") else { return false }
        return (try? Shell.run("/usr/bin/env", ["python3", "-c", "import openpyxl"])) != nil
    }()
}
