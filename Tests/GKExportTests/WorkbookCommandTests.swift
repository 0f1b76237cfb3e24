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
}
