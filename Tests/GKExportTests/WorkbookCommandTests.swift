import Foundation
import Testing
import TestSupport

/// The workbook through the command line: init chooses it by extension; validate, batch and
/// aggregate take it like a report file.
@Suite struct WorkbookCommandTests {
    @Test func initBatchAndAggregateTakeWorkbooks() throws {
        let folder = Paths.temporaryDirectory("workbook-cli")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for agency in ["甲局", "乙局"] {
            let made = try CLI.run(["init", agency, "2021", "-o", inputs.appendingPathComponent("\(agency).xlsx").path])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let again = try CLI.run(["init", "甲局", "2021", "-o", inputs.appendingPathComponent("甲局.xlsx").path])
        #expect(again.status != 0 && again.stderr.contains("已存在"))
        #expect(try CLI.run(["validate", inputs.appendingPathComponent("甲局.xlsx").path]).status == 0)

        let out = folder.appendingPathComponent("out")
        let batch = try CLI.run(["batch", inputs.path, "-o", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.count == 4)

        let sum = folder.appendingPathComponent("汇总.xlsx")
        let aggregated = try CLI.run(["aggregate", inputs.appendingPathComponent("甲局.xlsx").path,
                                      inputs.appendingPathComponent("乙局.xlsx").path, "--agency", "某县", "-o", sum.path])
        #expect(aggregated.status == 0, "\(aggregated.stderr)")
        #expect(try CLI.run(["validate", sum.path]).status == 0)
    }

    /// `import 报告.xlsx`: exit 0 and a report file that renders as the workbook does; the
    /// batch's 汇总.xlsx (not a report) refused with exit 1, naming what it lacks.
    @Test func importTakesAWorkbook() throws {
        let folder = Paths.temporaryDirectory("workbook-import")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        let workbook = folder.appendingPathComponent("in/甲局.xlsx").path, yaml = folder.appendingPathComponent("甲局.yaml").path
        #expect(try CLI.run(["init", "甲局", "2021", "-o", workbook]).status == 0)
        let imported = try CLI.run(["import", workbook, "-o", yaml])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("识别为：甲局2021年") && imported.stderr.contains("个总计是公式"))
        for (input, out) in [(workbook, "a"), (yaml, "b")] {
            #expect(try CLI.run(["render", input, "-o", folder.appendingPathComponent(out).path]).status == 0)
        }
        for name in CLI.files(in: folder.appendingPathComponent("a")) {
            #expect(try Data(contentsOf: folder.appendingPathComponent("a/\(name)")) == Data(contentsOf: folder.appendingPathComponent("b/\(name)")), "\(name)")
        }
        #expect(CLI.files(in: folder.appendingPathComponent("a")).count == 2)

        let out = folder.appendingPathComponent("out")
        #expect(try CLI.run(["batch", folder.appendingPathComponent("in").path, "-o", out.path, "--summary-xlsx"]).status == 0)
        let foreign = try CLI.run(["import", out.appendingPathComponent("汇总.xlsx").path, "-o", folder.appendingPathComponent("汇总.yaml").path])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("不是 gkexport init 生成的报告工作簿，缺少定义名称 gk_edition（报告格式版本）"), "\(foreign.stderr)")
    }
}
