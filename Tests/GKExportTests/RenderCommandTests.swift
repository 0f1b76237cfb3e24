import Foundation
import OOXMLWriter
import Testing
import TestSupport

@Suite struct RenderCommandTests {
    let outputName = "丰城市行政审批局2020年政府信息公开工作年度报告.docx"

    @Test func rendersTheExampleAndSaysWhatItWrote() throws {
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(out.appendingPathComponent(outputName).path))
        let odtName = outputName.replacingOccurrences(of: ".docx", with: ".odt")
        #expect(result.stdout.contains(out.appendingPathComponent(odtName).path))
        #expect(CLI.files(in: out) == [outputName, odtName])
        let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent(outputName)))
        #expect(try ZipReader(bytes).names.contains("word/document.xml"))
    }

    @Test func missingFile() throws {
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", "/nonexistent/报告.yaml", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/报告.yaml: 错误：无法读取报告文件：文件不存在"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func unreadableFile() throws {
        // A folder where a file should be (a mode-000 file is readable to root, who runs CI).
        let dir = Paths.temporaryDirectory("gkexport-in")
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", dir.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(dir.path): 错误：无法读取报告文件：这是一个文件夹，不是文件"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func malformedYAMLNamesLineAndColumn() throws {
        let file = try CLI.exampleVariant([("year: 2020\n", "year: 2020\noverview: [unclosed\n")])
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 1)
        // The flow sequence opened on line 4 is never closed: libyaml notices further down.
        let pattern = try Regex("\(file.path):[0-9]+:[0-9]+: 错误：YAML 格式有误")
        #expect(result.stderr.contains(pattern), "\(result.stderr)")
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func missingAgencyAndYearAreBothReported() throws {
        let file = try CLI.exampleVariant([("agency: 丰城市行政审批局\n", ""), ("year: 2020\n", "")])
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path): 错误：缺少必填项“agency”（填报单位名称）"))
        #expect(result.stderr.contains("\(file.path): 错误：缺少必填项“year”（报告年度）"))
        #expect(result.stderr.contains("→ 在文件开头加上一行：agency: 丰城市行政审批局"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func forbiddenCharacterNamesTheLineAndKeepsTheEarlierOutput() throws {
        let text = try String(contentsOf: Paths.example, encoding: .utf8)
        let sentence = "全力畅通监督沟通渠道。"
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(sentence) }! + 1
        let file = try CLI.exampleVariant([(sentence, "全力畅通\u{7}监督沟通渠道。")])
        let out = Paths.temporaryDirectory("gkexport-out")
        let earlier = out.appendingPathComponent(outputName)
        try Data("an earlier render".utf8).write(to: earlier)

        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):\(line):7: 错误：含有不可打印的控制字符 U+0007"),
                "\(result.stderr)")
        #expect(try String(contentsOf: earlier, encoding: .utf8) == "an earlier render")
        #expect(CLI.files(in: out) == [outputName])  // no temporary file left behind
    }

    @Test(.needsShared) func markupCharactersAreTextNotMarkup() throws {
        // Decided: <&>" are ordinary characters of a report (《》 and & appear in real ones); they are
        // escaped, never refused, and come back out of the DOCX exactly as written.
        let odd = "测试<b>&amp;\"引号\"</b>"
        let file = try CLI.exampleVariant([("全力畅通监督沟通渠道。", "全力畅通监督沟通渠道\(odd)。"),
                                           ("agency: 丰城市行政审批局", "agency: \"丰城市<行政>审批局&\"")])
        let out = Paths.temporaryDirectory("gkexport-out")
        let result = try CLI.run(["render", file.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "丰城市_行政_审批局&2020年政府信息公开工作年度报告.docx"
        #expect(CLI.files(in: out) == [name, name.replacingOccurrences(of: ".docx", with: ".odt")])
        let odt = try ZipReader([UInt8](try Data(contentsOf: out.appendingPathComponent(name.replacingOccurrences(of: ".docx", with: ".odt")))))
        let content = try SafeXMLParser.parse(try odt.data("content.xml"))
        #expect(content.allText.contains(odd))
        #expect(Schemas.odfDocument.errors(in: try odt.data("content.xml")).isEmpty)
        let zip = try ZipReader([UInt8](try Data(contentsOf: out.appendingPathComponent(name))))
        let root = try SafeXMLParser.parse(try zip.data("word/document.xml"))
        let texts = root.descendants("t", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main").map(\.text)
        #expect(texts.contains { $0.contains(odd) })
        #expect(texts.contains("丰城市<行政>审批局&"))
        #expect(Schemas.wml.errors(in: try zip.data("word/document.xml")).isEmpty)
    }

    @Test func noArgumentsIsAUsageError() throws {
        let result = try CLI.run(["render"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Missing expected argument '<reports> ...'"))
    }
}
