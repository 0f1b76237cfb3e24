import Foundation
import Testing
import TestSupport

/// `--format html` on the command line: the page and its fragment, beside the other formats,
/// from `render` and from `batch`.
@Suite struct HTMLOutputCommandTests {
    let stem = "丰城市行政审批局2020年政府信息公开工作年度报告"

    @Test func renderWritesThePageAndTheFragment() throws {
        let out = Paths.temporaryDirectory("gkexport-html")
        let result = try CLI.run(["render", Paths.example.path, "--format", "docx,html", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: out) == [stem + ".docx", stem + ".fragment.html", stem + ".html"])
        #expect(result.stdout.contains(out.appendingPathComponent(stem + ".fragment.html").path))
        let page = try String(contentsOf: out.appendingPathComponent(stem + ".html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(page.contains("<h1 class=\"s-Title\">丰城市行政审批局2020年<br>政府信息公开工作年度报告</h1>")
                    || page.contains("<h1 class=\"s-Title\">丰城市行政审批局2020年政府信息公开工作年度报告</h1>"))
        let fragment = try String(contentsOf: out.appendingPathComponent(stem + ".fragment.html"), encoding: .utf8)
        #expect(fragment.hasPrefix("<style>"))
        #expect(!fragment.contains("<html") && !fragment.contains("<body") && !fragment.contains("<head"))
        // No script and nothing fetched, in either file.
        for text in [page, fragment] {
            #expect(!text.contains("<script") && !text.contains("http:") && !text.contains("https:") && !text.contains("url("))
        }
    }

    @Test func batchWritesThePageAndTheFragmentPerAgency() throws {
        let work = Paths.temporaryDirectory("gkexport-html-batch")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("r"), withIntermediateDirectories: true)
        for name in ["fengcheng-2020.yaml", "qingyuan-2021.yaml"] {
            try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("examples/\(name)"), to: work.appendingPathComponent("r/\(name)"))
        }
        let out = work.appendingPathComponent("out")
        let result = try CLI.run(["batch", work.appendingPathComponent("r").path, "--format", "html", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: out).filter { $0.hasSuffix(".html") } == [
            stem + ".fragment.html", stem + ".html",
            "清远县人民政府办公室2021年政府信息公开工作年度报告.fragment.html", "清远县人民政府办公室2021年政府信息公开工作年度报告.html",
        ])
    }

    @Test func anUnknownFormatListsHTML() throws {
        let result = try CLI.run(["render", Paths.example.path, "--format", "htm", "-o", Paths.temporaryDirectory("x").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("choose from: docx, odt, html, pdf"))
    }
}
