import Foundation
import Testing
import TestSupport

/// `gkexport import FILE…|DIR -o DIR`: one report file per input, a summary, summary.json, and
/// an exit code that says whether anything is left to fill in.
@Suite struct ImportBatchCommandTests {
    static let corpus = Paths.root.appendingPathComponent("Tests/Corpus/import-real")

    struct Summary: Decodable {
        struct Entry: Decodable {
            let input: String
            let output: String?
            let status: String
            let agency: String?
            let missing: [String]
            let blanks: [String]
        }
        let files: [Entry]
    }

    @Test func aFolderOfReportsIsImportedInOneGo() throws {
        let inbox = Paths.temporaryDirectory("gkexport-import-in")
        let names = ["cms-yearfirst-blank-2022.html", "markdown-2019.md", "cms-row-missing-2022.html", "word-layout-table-2022.docx"]
        for name in names {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: inbox.appendingPathComponent(name))
        }
        try Data("不是报告".utf8).write(to: inbox.appendingPathComponent("notes.txt"))
        let out = Paths.temporaryDirectory("gkexport-import-out").appendingPathComponent("reports")
        let result = try CLI.run(["import", inbox.path, "-o", out.path])
        // One input is not a report at all: exit 1 outranks the partial one's 2.
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("共 5 个文件：完整 3，不完整（待填）1，失败 1"), "\(result.stderr)")
        let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: out.appendingPathComponent("summary.json")))
        #expect(summary.files.count == 5)
        let byName = Dictionary(uniqueKeysWithValues: summary.files.map { (URL(fileURLWithPath: $0.input).lastPathComponent, $0) })
        #expect(byName["cms-row-missing-2022.html"]?.status == "partial")
        #expect(byName["cms-row-missing-2022.html"]?.missing.count == 1)
        #expect(byName["notes.txt"]?.status == "failed" && byName["notes.txt"]?.output == nil)
        #expect(byName["cms-yearfirst-blank-2022.html"]?.blanks.first?.hasPrefix("表") == true)
        #expect(CLI.files(in: out) == ["cms-row-missing-2022.yaml", "cms-yearfirst-blank-2022.yaml", "markdown-2019.yaml", "summary.json", "word-layout-table-2022.yaml"])

        // Only complete and partial reports: exit 2.
        try FileManager.default.removeItem(at: inbox.appendingPathComponent("notes.txt"))
        let again = try CLI.run(["import", inbox.path, "-o", out.path])
        #expect(again.status == 2, "\(again.stderr)")
        // Everything complete: exit 0.
        let complete = try CLI.run(["import", Self.corpus.appendingPathComponent("markdown-2019.md").path,
                                    Self.corpus.appendingPathComponent("cms-utf16-2020.html").path, "-o", out.path])
        #expect(complete.status == 0, "\(complete.stderr)")
    }

    @Test func severalFilesNeedAnOutputFolder() throws {
        let result = try CLI.run(["import", Self.corpus.appendingPathComponent("markdown-2019.md").path,
                                  Self.corpus.appendingPathComponent("cms-utf16-2020.html").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("-o"))
    }
}
