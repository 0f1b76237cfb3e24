import Foundation
import OOXMLWriter
import Testing
import TestSupport

@Suite struct InitCommandTests {
    @Test(arguments: [("2019", 2020), ("2021", 2022)])
    func skeletonValidatesAndRendersAsItIs(_ edition: String, _ year: Int) throws {
        let dir = Paths.temporaryDirectory("gkexport-init")
        let file = dir.appendingPathComponent("report.yaml")
        let made = try CLI.run(["init", "某某县人民政府办公室", String(year), "--edition", edition, "-o", file.path])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("edition: \"\(edition)\""))
        #expect(text.contains("# 一、本年新收政府信息公开申请数量"))
        #expect(text.contains("# 自然人"))
        let valid = try CLI.run(["validate", file.path, "--verbose"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("\(file.path): 通过"))
        let out = dir.appendingPathComponent("out")
        let rendered = try CLI.run(["render", file.path, "-o", out.path])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(CLI.files(in: out).count == 2)
    }

    @Test func neverOverwritesAFile() throws {
        let dir = Paths.temporaryDirectory("gkexport-init")
        let file = dir.appendingPathComponent("report.yaml")
        try Data("mine".utf8).write(to: file)
        let result = try CLI.run(["init", "某局", "2021", "-o", file.path])
        #expect(result.status == 4)
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    }
}

@Suite struct ValidateCommandTests {
    @Test func allProblemsOfAllFilesInOneRun() throws {
        let corpus = Paths.root.appendingPathComponent("Tests/Corpus/bad-reports")
        let result = try CLI.run(["validate", Paths.example.path,
                                  corpus.appendingPathComponent("rule-balance.yaml").path,
                                  corpus.appendingPathComponent("unknown-row.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("检查了 3 个报告文件：1 个通过，2 个有错误"))
        #expect(result.stderr.contains("两者应相等"))
        #expect(result.stderr.contains("是不是“received”"))
    }

    @Test func allowInvalidRendersWithWarningsButNotBadInput() throws {
        let corpus = Paths.root.appendingPathComponent("Tests/Corpus/bad-reports")
        let out = Paths.temporaryDirectory("gkexport-allow")
        let ruleBroken = try CLI.run(["render", corpus.appendingPathComponent("rule-results-total.yaml").path, "-o", out.path, "--allow-invalid"])
        #expect(ruleBroken.status == 0)
        #expect(ruleBroken.stderr.contains("警告：表三「（七）总计」×「自然人」应为 2"))
        #expect(CLI.files(in: out).count == 2)
        let badInput = try CLI.run(["render", corpus.appendingPathComponent("negative-count.yaml").path, "-o", out.path, "--allow-invalid"])
        #expect(badInput.status == 1)
        #expect(badInput.stderr.contains("错误：表三「（一）予以公开」×「自然人」：“-1”是负数"))
    }
}

@Suite struct FieldsCommandTests {
    @Test func docsFieldsMdIsCurrent() throws {
        let result = try CLI.run(["fields"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("docs/fields.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/fields.md is stale: run swift run gkexport fields -o docs/fields.md")
        for id in ["natural_person", "other_documents", "fee_amount", "other_unpaid_fees", "suit_after_review_total"] {
            #expect(committed.contains("`\(id)`"))
        }
    }
}
