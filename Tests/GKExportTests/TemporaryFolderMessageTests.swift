import Foundation
import Testing
import TestSupport

/// A missing or unwritable TMPDIR is said in Chinese, naming the folder and what to do —
/// never a raw Foundation error — and nothing is written.
@Suite struct TemporaryFolderMessageTests {
    @Test(.enabled(if: Shell.has("soffice"), "PDF output needs LibreOffice"), arguments: ["missing", "a file"])
    func renderWithPDFSaysWhichTemporaryFolderFailed(_ kind: String) throws {
        let work = Paths.temporaryDirectory("gkexport-tmpdir")
        defer { try? FileManager.default.removeItem(at: work) }
        let tmp = work.appendingPathComponent("tmp")
        if kind == "a file" { try Data("x".utf8).write(to: tmp) }
        let out = work.appendingPathComponent("out")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf"], environment: ["TMPDIR": tmp.path])
        #expect(result.status == 4)
        #expect(result.stderr.contains("无法写入 临时文件夹 \(tmp.path)（环境变量 TMPDIR=\(tmp.path)）："), "\(result.stderr)")
        #expect(result.stderr.contains("→ 让这个文件夹存在并可写，或把 TMPDIR 设为一个可写的文件夹"))
        #expect(CLI.files(in: out).isEmpty)
    }
}
