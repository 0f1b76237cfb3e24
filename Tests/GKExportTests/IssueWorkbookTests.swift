import Foundation
import OOXMLWriter
import ReportReview
import Testing
import TestSupport

/// `--issues FILE.xlsx`: the 问题清单 as a workbook — valid SpreadsheetML, the CSV's columns and
/// lines read back by our reader and by openpyxl, the header frozen and filtered, the severity
/// limited to 错误/警告 and coloured; and `batch --review` lists what `validate --review` lists.
@Suite struct IssueWorkbookTests {
    /// The examples, a renamed copy (a near copy across the batch), a placeholder left in, and
    /// a report that cannot be read: findings of every severity, and a message over two lines.
    static func inputs() throws -> (folder: URL, files: [String]) {
        let folder = Paths.temporaryDirectory("issue-workbook")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let f = try String(contentsOf: Paths.root.appendingPathComponent("examples/fengcheng-2020.yaml"), encoding: .utf8)
        let q = try String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), encoding: .utf8)
        let texts = [
            "a-fengcheng.yaml": f,
            "b-qingyuan.yaml": q,
            "c-copy.yaml": f.replacingOccurrences(of: "agency: 丰城市行政审批局", with: "agency: 别的局"),
            "d-placeholder.yaml": q.replacingOccurrences(of: "agency: 清远县人民政府办公室", with: "agency: 甲局")
                .replacingOccurrences(of: "现将有关情况报告如下。", with: "现将有关情况报告如下。（请填写本年度重点工作）"),
            "e-broken.yaml": "agency: 坏局\nyear: 2021\n",
        ]
        for (name, text) in texts { try text.write(to: inputs.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return (folder, texts.keys.sorted().map { inputs.appendingPathComponent($0).path })
    }

    static func lines(_ json: URL) throws -> [IssueList.Line] {
        try JSONDecoder().decode([IssueList.Line].self, from: Data(contentsOf: json))
    }

    @Test(.needsShared) func validSameLinesAsTheJSONFrozenFilteredAndChecked() throws {
        let (folder, files) = try Self.inputs()
        let xlsx = folder.appendingPathComponent("问题清单.xlsx"), json = folder.appendingPathComponent("问题清单.json")
        let run = try CLI.run(["validate"] + files + ["--issues", xlsx.path, "--issues", json.path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("问题清单：\(xlsx.path)（"))
        let lines = try Self.lines(json)
        #expect(Set(lines.map(\.rule)).isSuperset(of: ["sameness_batch", "placeholder", "输入"]))
        #expect(Set(lines.map(\.severity)) == ["错误", "警告"])
        #expect(lines.contains { $0.message.contains("\n") }, "a near copy's passages side by side")

        let bytes = try [UInt8](Data(contentsOf: xlsx))
        for (part, errors) in try Schemas.validateXLSX(bytes) { #expect(errors.isEmpty, "\(part): \(errors.prefix(3))") }
        let again = try CLI.run(["validate"] + files + ["--issues", xlsx.path])
        #expect(again.status == 1)
        #expect(try [UInt8](Data(contentsOf: xlsx)) == bytes, "same run, same bytes")

        let book = try WorkbookReading.read(bytes)
        let sheet = try #require(book.sheet("问题清单"))
        func text(_ row: Int, _ column: Int) -> String? { sheet.cells[CellAddress(row: row, column: column)]?.value }
        #expect((0..<7).map { text(0, $0) } == IssueList.header)
        #expect(sheet.cells.keys.map(\.row).max() == lines.count, "one row a line, after the header")
        for (i, line) in lines.enumerated() {
            let want = [line.agency, line.input, line.severity, line.rule, line.place, line.message, line.fix]
            #expect((0..<7).map { text(i + 1, $0) ?? "" } == want, "row \(i + 1)")
        }

        let zip = try ZipReader(bytes)
        let xml = String(decoding: try zip.data("xl/worksheets/sheet1.xml"), as: UTF8.self)
        let last = lines.count + 1
        #expect(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), "header row frozen")
        #expect(xml.contains("<autoFilter ref=\"A1:G\(last)\"/>"))
        #expect(xml.contains("type=\"list\"") && xml.contains("sqref=\"C2:C\(last)\"") && xml.contains("<formula1>\"错误,警告\"</formula1>"))
        #expect(xml.contains("<conditionalFormatting sqref=\"C2:C\(last)\">") && (xml.contains("C2=&quot;错误&quot;") || xml.contains("C2=\"错误\"")))
        let styles = String(decoding: try zip.data("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("wrapText=\"1\""), "message and fix wrap")
    }

    @Test(.enabled(if: OpenpyxlReader.available, "needs python3 with openpyxl (pip install openpyxl)"))
    func openpyxlReadsTheSameLinesAndSettings() throws {
        let (folder, files) = try Self.inputs()
        let xlsx = folder.appendingPathComponent("问题清单.xlsx"), json = folder.appendingPathComponent("问题清单.json")
        #expect(try CLI.run(["validate"] + files + ["--issues", xlsx.path, "--issues", json.path]).status == 1)
        let lines = try Self.lines(json)
        let rows = try OpenpyxlReader.rows(xlsx, sheet: "问题清单")
        #expect(rows[0].map { $0 ?? "" } == IssueList.header)
        #expect(rows.count == lines.count + 1)
        for (line, row) in zip(lines, rows.dropFirst()) {
            #expect(row.map { $0 ?? "" } == [line.agency, line.input, line.severity, line.rule, line.place, line.message, line.fix])
        }
        let script = """
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])["问题清单"]
        print(json.dumps({
            "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
            "lists": [[v.type, v.formula1, str(v.sqref)] for v in ws.data_validations.dataValidation],
            "fills": [str(r.sqref) for r in ws.conditional_formatting],
            "wrap": all(ws.cell(row=r, column=6).alignment.wrap_text for r in range(1, ws.max_row + 1)),
            "widths": [ws.column_dimensions[c].width for c in "ABCDEFG"],
        }, ensure_ascii=False))
        """
        let output = try Shell.run("/usr/bin/env", ["python3", "-c", script, xlsx.path]).output
        let got = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let last = lines.count + 1
        #expect(got["freeze"] as? String == "A2")
        #expect(got["filter"] as? String == "A1:G\(last)")
        #expect((got["lists"] as? [[String]]) == [["list", "\"错误,警告\"", "C2:C\(last)"]])
        #expect((got["fills"] as? [String]) == ["C2:C\(last)"])
        #expect(got["wrap"] as? Bool == true)
        let widths = try #require(got["widths"] as? [Double])
        #expect(widths.count == 7 && widths[5] > widths[2] * 4, "the message column is the widest: \(widths)")
    }

    /// The batch reviews each report as its renderers read it; what it lists is what `validate`
    /// lists for the same files.
    @Test func batchReviewListsWhatValidateLists() throws {
        let (folder, files) = try Self.inputs()
        let fromValidate = folder.appendingPathComponent("validate.json"), fromBatch = folder.appendingPathComponent("batch.json")
        #expect(try CLI.run(["validate"] + files + ["--issues", fromValidate.path]).status == 1)
        let batch = try CLI.run(["batch", folder.appendingPathComponent("in").path, "-o", folder.appendingPathComponent("out").path,
                                 "--issues", fromBatch.path, "--issues", folder.appendingPathComponent("batch.xlsx").path])
        #expect(batch.status == 1, "\(batch.stderr)")
        let a = try Self.lines(fromValidate), b = try Self.lines(fromBatch)
        #expect(a.count > 5)
        func key(_ l: IssueList.Line) -> String { [l.input, l.rule, l.place, l.message].joined(separator: "|") }
        #expect(a.map(key).sorted() == b.map(key).sorted())
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("batch.xlsx").path))
    }

    @Test func otherExtensionsAreRefused() throws {
        let run = try CLI.run(["validate", "examples/fengcheng-2020.yaml", "--issues", "x.txt"])
        #expect(run.status == 64 && run.stderr.contains(".csv, .json or .xlsx"))
    }
}
