import Foundation
import Testing
import TestSupport

/// What `import` says beyond the numbers: the document's own 勾稽 errors as the document's, and
/// a missing converter by name.
@Suite struct ImportMessagesTests {
    @Test func aDocumentThatBreaksItsOwnRulesIsImportedAsItIsAndSaidSo() throws {
        var text = try String(contentsOf: Paths.shared.appendingPathComponent("seeds/000_301ed09330789fba.txt"), encoding: .utf8)
        let row = "\t一、本年新收政府信息公开申请数量\n\t0\n"
        #expect(text.contains(row))
        text = text.replacingOccurrences(of: row, with: "\t一、本年新收政府信息公开申请数量\n\t5\n")
        let input = Paths.temporaryDirectory("gkexport-rules").appendingPathComponent("report.txt")
        try Data(text.utf8).write(to: input)
        let output = input.deletingLastPathComponent().appendingPathComponent("report.yaml")
        let result = try CLI.run(["import", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("提示：原文的数字本身不符合勾稽关系：表三「一、本年新收政府信息公开申请数量」×「总计」应为 5"), "\(result.stderr)")
        // The number stays as the document prints it; validate names the document's error.
        #expect(try String(contentsOf: output, encoding: .utf8).contains("natural_person: 5"))
        let validate = try CLI.run(["validate", output.path])
        #expect(validate.status == 1)
    }

    @Test func aWordDocWithoutLibreOfficeSaysWhatToInstall() throws {
        let doc = Paths.root.appendingPathComponent("Tests/Corpus/import-real/libreoffice-2021.doc")
        let result = try CLI.run(["import", doc.path], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("需要 LibreOffice（soffice），本机没有安装"), "\(result.stderr)")
    }
}
