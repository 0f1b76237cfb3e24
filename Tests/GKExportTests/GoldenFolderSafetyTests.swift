import Foundation
import Testing
import TestSupport

/// `golden update` writes and deletes only files named after its current cases; whatever
/// else lives in `golden/` survives (documents of removed cases are listed, not deleted), and
/// no cases at all is an error, never a wipe.
@Suite struct GoldenFolderSafetyTests {
    /// A copy of the project suite with a person's own files in `golden/`.
    static func suiteWithStrangers() throws -> (work: URL, suite: URL) {
        let work = Paths.temporaryDirectory("gkexport-golden-safety")
        let suite = work.appendingPathComponent("suite")
        try GoldenCommandTests.copySuite(to: suite)
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

    @Test func updateKeepsEverythingThatIsNotNamedAfterACase() throws {
        let (work, suite) = try Self.suiteWithStrangers()
        defer { try? FileManager.default.removeItem(at: work) }
        let golden = suite.appendingPathComponent("golden")
        // One case removed: its two documents are named after no case now, so they stay and are
        // listed for a person to delete; a rendered document kept for reference stays too.
        try FileManager.default.removeItem(at: suite.appendingPathComponent("cases/variant-2021.yaml"))
        try FileManager.default.copyItem(at: golden.appendingPathComponent("seed-2020.docx"), to: golden.appendingPathComponent("reference.docx"))
        let before = try FolderSnapshot(golden)

        let check = try CLI.run(["golden", "check", suite.path])
        #expect(check.status == 1)
        let unexpected = check.stdout.split(separator: "\n").filter { $0.contains("没有对应的 case（如不再需要请手动删除）") }
        #expect(unexpected.count == 3, "\(check.stdout)")

        let update = try CLI.run(["golden", "update", suite.path])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("reference.docx：没有对应的 case（如不再需要请手动删除）\nvariant-2021.docx：没有对应的 case（如不再需要请手动删除）\nvariant-2021.odt：没有对应的 case（如不再需要请手动删除）\ngolden：更新 0 个，删除 0 个，未变 8 个"),
                "\(update.stdout)")
        #expect(!update.stdout.split(separator: "\n").contains { $0.hasPrefix("删除 ") }, "\(update.stdout)")
        #expect(try FolderSnapshot(golden) == before)
        for name in Self.strangers { #expect(before.entries[name] != nil, "\(name) missing from the fixture") }
        // Deleted by hand, the suite is whole again.
        for name in ["reference.docx", "variant-2021.docx", "variant-2021.odt"] { try FileManager.default.removeItem(at: golden.appendingPathComponent(name)) }
        #expect(try CLI.run(["golden", "check", suite.path]).status == 0)
    }

    /// A failing LibreOffice during `update --layout` changes nothing: documents and page
    /// images are all prepared before any file is replaced.
    @Test func failedLayoutUpdateLeavesGoldenAsItWas() throws {
        let (work, suite) = try Self.suiteWithStrangers()
        defer { try? FileManager.default.removeItem(at: work) }
        let golden = suite.appendingPathComponent("golden")
        // A case whose render changed: update would rewrite its documents.
        let seed = golden.appendingPathComponent("seed-2020.docx")
        try Data("PK old".utf8).write(to: seed)
        let bin = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let soffice = bin.appendingPathComponent("soffice")
        try Data("#!/bin/sh\necho cannot convert >&2\nexit 1\n".utf8).write(to: soffice)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        let before = try FolderSnapshot(golden)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let update = try CLI.run(["golden", "update", suite.path, "--layout"], environment: ["PATH": path])
        #expect(update.status == 2, "\(update.stdout)")
        #expect(update.stderr.contains("golden 文件一个也没有改动"), "\(update.stderr)")
        #expect(try FolderSnapshot(golden) == before)
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
