import Foundation
import Testing
import TestSupport

/// `validate PARENT --children DIR`: the 汇总 report against its subordinates, end to end.
@Suite struct ChildrenCommandTests {
    @Test func parentAgainstChildrenFolder() throws {
        let folder = Paths.temporaryDirectory("gkexport-children")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kids = folder.appendingPathComponent("kids")
        try FileManager.default.createDirectory(at: kids, withIntermediateDirectories: true)
        let q = try String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), encoding: .utf8)
        try q.write(to: kids.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try q.replacingOccurrences(of: "agency: 清远县人民政府办公室", with: "agency: 别的局")
            .write(to: kids.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let parent = folder.appendingPathComponent("parent.yaml")
        #expect(try CLI.run(["aggregate", kids.path, "-o", parent.path]).status == 0)

        let good = try CLI.run(["validate", parent.path, "--children", kids.path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("读了 2 份下级报告（\(kids.path)/a.yaml、\(kids.path)/b.yaml）；汇总报告与下级合计一致"))

        // One cell off by one, and a child that cannot be read: both named, exit 1, in the 问题清单.
        let text = try String(contentsOf: parent, encoding: .utf8)
        try text.replacingOccurrences(of: "decisions: 7124 ", with: "decisions: 7125 ").write(to: parent, atomically: true, encoding: .utf8)
        try "garbage: [\n".write(to: kids.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let issues = folder.appendingPathComponent("issues.json")
        let bad = try CLI.run(["validate", parent.path, "--children", kids.path, "--issues", issues.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("〔children_sum〕表二「行政许可」×「本年处理决定数量」：汇总 7125，下级合计 7124"))
        #expect(bad.stderr.contains("〔children_sum〕下级报告未能读取，未计入合计：\(kids.path)/c.yaml"))
        #expect(bad.stdout.contains("1 份未能读取；1 处不一致"))
        let list = try JSONSerialization.jsonObject(with: Data(contentsOf: issues)) as! [[String: String]]
        #expect(list.filter { $0["rule"] == "children_sum" }.count == 2)
        #expect(try CLI.run(["validate", parent.path, "examples/qingyuan-2021.yaml", "--children", kids.path]).status != 0)
    }
}
