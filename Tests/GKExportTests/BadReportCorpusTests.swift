import Foundation
import Testing
import TestSupport

/// Every file under Tests/Corpus/bad-reports breaks one thing (scripts/make-bad-reports.py
/// writes them); each must give its expected message and exit code through both `validate`
/// and `render`, never crash, and never write output.
@Suite struct BadReportCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let status: Int32
        let expected: String
        var testDescription: String { file }
    }

    static let folder = Paths.root.appendingPathComponent("Tests/Corpus/bad-reports")

    static let cases: [Case] = {
        let tsv = try! String(contentsOf: folder.appendingPathComponent("expectations.tsv"), encoding: .utf8)
        return tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: f[0], status: Int32(f[1])!, expected: f[2])
        }
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 25)
    }

    static func check(_ result: CLI.Result, _ path: String, _ c: Case) {
        #expect(result.status == c.status, "\(c.file): exit \(result.status)\n\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("crashed"), "\(c.file) crashed")
        var rest = Substring(result.stderr)
        for part in c.expected.replacingOccurrences(of: "FILE", with: path).components(separatedBy: "*") {
            guard let range = rest.range(of: part) else {
                Issue.record("\(c.file): standard error lacks “\(part)”:\n\(result.stderr)")
                return
            }
            rest = rest[range.upperBound...]
        }
    }

    @Test(arguments: cases)
    func validateAndRenderRefuseIt(_ c: Case) throws {
        let path = Self.folder.appendingPathComponent(c.file).path
        Self.check(try CLI.run(["validate", path]), path, c)
        let out = Paths.temporaryDirectory("gkexport-bad")
        Self.check(try CLI.run(["render", path, "-o", out.path]), path, c)
        #expect(CLI.files(in: out).isEmpty, "\(c.file) left files behind")
    }

    @Test func tenMegabyteNarrativeIsRefusedUnread() throws {
        let dir = Paths.temporaryDirectory("gkexport-big")
        let file = dir.appendingPathComponent("big.yaml")
        var text = try String(contentsOf: Paths.example, encoding: .utf8)
        text += "\n# " + String(repeating: "很长的说明。", count: 10 * 1_048_576 / 18) + "\n"
        try Data(text.utf8).write(to: file)
        let result = try CLI.run(["render", file.path, "-o", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path): 错误：文件过大（10 MB）"))
        #expect(CLI.files(in: dir) == ["big.yaml"])
    }

    @Test func overlongNarrativeNamesItsPart() throws {
        let long = String(repeating: "这是一段非常长的叙述文字。", count: 8_000)
        let file = try CLI.exampleVariant([("  全力畅通监督沟通渠道。", "  \(long)全力畅通监督沟通渠道。")])
        let out = Paths.temporaryDirectory("gkexport-long")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("“overview”长达"))
        #expect(result.stderr.contains("超过上限 100000 字"))
        #expect(CLI.files(in: out).isEmpty)
    }
}
