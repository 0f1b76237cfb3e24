import Foundation
import Testing
import TestSupport

/// `golden update` writes and deletes only case outputs (`<case stem>.docx/.odt`); whatever
/// else lives in `golden/` survives, and no cases at all is an error, never a wipe.
@Suite struct GoldenFolderSafetyTests {
    /// A copy of the project suite with a person's own files in `golden/`.
    static func suiteWithStrangers() throws -> (work: URL, suite: URL) {
        let work = Paths.temporaryDirectory("gkexport-golden-safety")
        let suite = work.appendingPathComponent("suite")
        try FileManager.default.copyItem(at: GoldenCommandTests.suite, to: suite)
        let golden = suite.appendingPathComponent("golden")
        try Data("# 说明\n".utf8).write(to: golden.appendingPathComponent("README.md"))
        try Data().write(to: golden.appendingPathComponent(".gitkeep"))
        let sub = golden.appendingPathComponent("archive/2019")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        // gkexport's own documents, but in a subfolder or hidden: not the suite's.
        try FileManager.default.copyItem(at: golden.appendingPathComponent("seed-2020.docx"), to: sub.appendingPathComponent("old-case.docx"))
        try FileManager.default.copyItem(at: golden.appendingPathComponent("seed-2020.odt"), to: golden.appendingPathComponent(".old-case.odt"))
        // A document gkexport did not make.
        try Data("PK\u{03}\u{04} not gkexport's".utf8).write(to: golden.appendingPathComponent("notes.docx"))
        return (work, suite)
    }

    static let strangers = ["README.md", ".gitkeep", "archive", "archive/2019", "archive/2019/old-case.docx", ".old-case.odt", "notes.docx"]

    @Test func updateKeepsEverythingThatIsNotACaseOutput() throws {
        let (work, suite) = try Self.suiteWithStrangers()
        defer { try? FileManager.default.removeItem(at: work) }
        let golden = suite.appendingPathComponent("golden")
        // One case removed: its two documents are the only files that may go.
        try FileManager.default.removeItem(at: suite.appendingPathComponent("cases/variant-2021.yaml"))
        let before = try FolderSnapshot(golden)

        let check = try CLI.run(["golden", "check", suite.path])
        #expect(check.status == 1)
        let unexpected = check.stdout.split(separator: "\n").filter { $0.contains("没有对应的 case") }
        #expect(unexpected.count == 2 && unexpected.allSatisfy { $0.hasPrefix("variant-2021.") }, "\(check.stdout)")

        let update = try CLI.run(["golden", "update", suite.path])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("删除 variant-2021.docx（已没有生成它的 case）\n删除 variant-2021.odt（已没有生成它的 case）\ngolden：更新 0 个，删除 2 个，未变 8 个"),
                "\(update.stdout)")
        let after = try FolderSnapshot(golden)
        #expect(after.names == before.names.filter { !$0.hasPrefix("variant-2021.") })
        for name in Self.strangers { #expect(after.entries[name] == before.entries[name], "\(name) changed") }
        #expect(try CLI.run(["golden", "check", suite.path]).status == 0)
    }

    @Test(arguments: ["empty", "missing", "only a README"])
    func noCasesIsAnErrorAndGoldenIsUntouched(_ kind: String) throws {
        let (work, suite) = try Self.suiteWithStrangers()
        defer { try? FileManager.default.removeItem(at: work) }
        let cases = suite.appendingPathComponent("cases")
        try FileManager.default.removeItem(at: cases)
        if kind != "missing" { try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true) }
        if kind == "only a README" { try Data("x".utf8).write(to: cases.appendingPathComponent("README.md")) }
        let before = try FolderSnapshot(suite)

        for command in ["update", "check"] {
            let result = try CLI.run(["golden", command, suite.path])
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr.contains(kind == "missing" ? "找不到 \(cases.path)" : "\(cases.path) 中没有报告文件"), "\(result.stderr)")
            #expect(result.stderr.contains("→ "))
        }
        #expect(try FolderSnapshot(suite) == before)
    }
}
