import Foundation
import Testing
import TestSupport

@Suite struct PDFOutputTests {
    let base = "丰城市行政审批局2020年政府信息公开工作年度报告"

    @Test(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
    func pdfEmbedsCJKFontsAndTwoSimultaneousRunsBothSucceed() async throws {
        let dirs = [Paths.temporaryDirectory("gkexport-pdf-a"), Paths.temporaryDirectory("gkexport-pdf-b")]
        // Started together: each run gets its own LibreOffice profile, so neither waits on or
        // breaks the other.
        let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
            for dir in dirs {
                group.addTask { try CLI.run(["render", Paths.example.path, "-o", dir.path, "--format", "docx,odt,pdf"]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        for dir in dirs {
            #expect(CLI.files(in: dir) == ["\(base).docx", "\(base).odt", "\(base).pdf"])
            let pdf = dir.appendingPathComponent("\(base).pdf")
            let (_, fonts) = try Shell.run("/usr/bin/env", ["pdffonts", pdf.path])
            let embeddedCJK = fonts.split(separator: "\n").filter { line in
                (line.contains("CJK") || line.contains("UKai") || line.contains("UMing")) && line.contains(" yes ")
            }
            #expect(embeddedCJK.count >= 2, "\(fonts)")
            let (_, text) = try Shell.run("/usr/bin/env", ["pdftotext", pdf.path, "-"])
            #expect(text.contains("政府信息公开工作年度报告"))
        }
    }

    @Test func withoutLibreOfficeItSaysWhatToInstallAndWritesNothing() throws {
        let out = Paths.temporaryDirectory("gkexport-nopdf")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf"],
                                 environment: ["PATH": "/nonexistent"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("找不到 LibreOffice（soffice）"))
        #expect(result.stderr.contains("apt-get install libreoffice-writer-nogui"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func aFailedConversionLeavesNoFile() throws {
        // A stand-in soffice that fails the way a broken installation does.
        let bin = Paths.temporaryDirectory("gkexport-fake-soffice")
        let fake = bin.appendingPathComponent("soffice")
        try Data("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let out = Paths.temporaryDirectory("gkexport-badpdf")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "odt,pdf"],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("LibreOffice 未能把"))
        #expect(result.stderr.contains("source file could not be loaded"))
        #expect(CLI.files(in: out).isEmpty)
    }
}
