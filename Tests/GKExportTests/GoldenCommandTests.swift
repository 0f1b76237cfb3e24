import Foundation
import Testing
import TestSupport

@Suite struct GoldenCommandTests {
    static let suite = Paths.root.appendingPathComponent("Tests/Golden")

    /// A private copy of the project's golden suite (or of some of its cases).
    static func copy(cases: [String]? = nil) throws -> URL {
        let dir = Paths.temporaryDirectory("gkexport-golden")
        let copy = dir.appendingPathComponent("suite")
        try copySuite(to: copy)
        if let cases {
            for name in try FileManager.default.contentsOfDirectory(atPath: copy.appendingPathComponent("cases").path)
            where !cases.contains(name) {
                try FileManager.default.removeItem(at: copy.appendingPathComponent("cases").appendingPathComponent(name))
            }
            _ = try CLI.run(["golden", "update", copy.path])
        }
        return copy
    }

    /// The project suite copied to `copy`, self-contained: each `<name>.case` reference (a path
    /// relative to cases/, which would not resolve from the copy) becomes a copy of the report
    /// it names, as `<name>.<its extension>`.
    static func copySuite(to copy: URL) throws {
        try FileManager.default.copyItem(at: suite, to: copy)
        let cases = copy.appendingPathComponent("cases")
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path) where name.hasSuffix(".case") {
            let reference = cases.appendingPathComponent(name)
            let path = try String(contentsOf: reference, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let source = URL(fileURLWithPath: path, relativeTo: suite.appendingPathComponent("cases")).standardizedFileURL
            try FileManager.default.removeItem(at: reference)
            let stem = reference.deletingPathExtension().lastPathComponent
            try FileManager.default.copyItem(at: source, to: cases.appendingPathComponent("\(stem).\(source.pathExtension)"))
        }
    }

    /// Name → bytes and modification date of every file under `golden/`.
    static func snapshot(_ suite: URL) throws -> [String: (Data, Date)] {
        let folder = suite.appendingPathComponent("golden")
        var out: [String: (Data, Date)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            out[name] = (try Data(contentsOf: url), try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date)
        }
        return out
    }

    static func same(_ a: [String: (Data, Date)], _ b: [String: (Data, Date)]) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key]?.0 == $0.value.0 && b[$0.key]?.1 == $0.value.1 }
    }

    @Test func theProjectSuiteIsCurrent() throws {
        let result = try CLI.run(["golden", "check", Self.suite.path])
        #expect(result.status == 0, "golden files are stale — run: swift run gkexport golden update Tests/Golden\n\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("相同：10 个文件与 golden 一致"))
    }

    @Test func oneChangedNumberIsReportedAsThatCellAndNothingElse() throws {
        let copy = try Self.copy()
        let before = try Self.snapshot(copy)
        let case_ = copy.appendingPathComponent("cases/seed-2020.yaml")
        let text = try String(contentsOf: case_, encoding: .utf8).replacingOccurrences(of: "decisions: 35422", with: "decisions: 35423")
        try Data(text.utf8).write(to: case_)
        let result = try CLI.run(["golden", "check", copy.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            seed-2020.docx [word/document.xml]: 表二「行政许可」×「处理决定数量」: 35422 → 35423
            seed-2020.odt [content.xml]: 表二「行政许可」×「处理决定数量」: 35422 → 35423
            不同：10 个文件中发现 2 处差异

            """)
        #expect(Self.same(before, try Self.snapshot(copy)), "check modified golden files")

        let json = try CLI.run(["golden", "check", copy.path, "--json"])
        #expect(json.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let differences = parsed["differences"] as! [[String: Any]]
        #expect(differences.map { $0["kind"] as! String } == ["cell", "cell"])

        // update rewrites exactly the two changed files, and then nothing.
        let update = try CLI.run(["golden", "update", copy.path])
        #expect(update.stdout.contains("更新 seed-2020.docx\n更新 seed-2020.odt\ngolden：更新 2 个，删除 0 个，未变 8 个"))
        let after = try Self.snapshot(copy)
        for name in before.keys where !name.hasPrefix("seed-2020.") { #expect(after[name]!.1 == before[name]!.1, "\(name) rewritten") }
        #expect(try CLI.run(["golden", "update", copy.path]).stdout.contains("golden：更新 0 个，删除 0 个，未变 10 个"))
        #expect(try CLI.run(["golden", "check", copy.path]).status == 0)
    }

    static func templatesWithLeftMargin(_ mm: Int) throws -> URL {
        let dir = Paths.temporaryDirectory("gkexport-templates").appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("templates"), to: dir)
        let styles = dir.appendingPathComponent("styles/gbt9704.yaml")
        let text = try String(contentsOf: styles, encoding: .utf8).replacingOccurrences(of: "left: 28,", with: "left: \(mm),")
        try Data(text.utf8).write(to: styles)
        return dir
    }

    @Test func aColumnWidthChangeIsReportedInTheReportsTerms() throws {
        let copy = try Self.copy(cases: ["seed-2020.yaml"])
        let templates = Paths.temporaryDirectory("gkexport-templates").appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("templates"), to: templates)
        let format = templates.appendingPathComponent("formats/2019.yaml")
        let old = "widths: [10, 15, 55, 10.85,"
        let text = try String(contentsOf: format, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: "widths: [10, 13, 57, 10.85,").utf8).write(to: format)
        let result = try CLI.run(["golden", "check", copy.path, "--templates", templates.path])
        #expect(result.status == 1)
        for part in ["seed-2020.docx", "seed-2020.odt"] {
            let lines = result.stdout.split(separator: "\n").filter { $0.contains(part) }
            #expect(lines.contains { $0.hasSuffix("表三 第 2 列宽: 15 mm → 13 mm") }, "\(part): \(lines)")
            #expect(lines.contains { $0.hasSuffix("表三 第 3 列宽: 55 mm → 57 mm") }, "\(part): \(lines)")
            #expect(!lines.contains { $0.contains("XML 内容不同") }, "\(part): \(lines)")
        }
    }

    @Test func aMarginChangeIsReportedAsAMarginChange() throws {
        let copy = try Self.copy()
        let before = try Self.snapshot(copy)
        let result = try CLI.run(["golden", "check", copy.path, "--templates", try Self.templatesWithLeftMargin(25).path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").dropLast()
        #expect(lines.count == 10)
        for line in lines {
            #expect(line.hasSuffix("页边距 左: 28 mm → 25 mm") || line.hasSuffix("页边距 左: 28mm → 25mm"), "\(line)")
        }
        #expect(Self.same(before, try Self.snapshot(copy)))
    }

    @Test(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
    func withLayoutEveryPageDiffersAndHasADiffImage() throws {
        let copy = try Self.copy(cases: ["seed-2020.yaml"])
        let images = copy.appendingPathComponent("diff")
        let result = try CLI.run(["golden", "check", copy.path, "--layout", "--templates", try Self.templatesWithLeftMargin(25).path])
        #expect(result.status == 1, "\(result.stderr)")
        let pages = result.stdout.split(separator: "\n").filter { $0.contains("的像素不同") }
        #expect(pages.count >= 8, "\(result.stdout)")  // every page of the DOCX and of the ODT
        for format in ["docx", "odt"] {
            let files = CLI.files(in: images).filter { $0.hasPrefix("seed-2020.\(format)-page-") }
            #expect(files.count == pages.filter { $0.hasPrefix("seed-2020.\(format)") }.count)
            for file in files {
                let png = try Data(contentsOf: images.appendingPathComponent(file))
                #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            }
        }
        #expect(!CLI.files(in: copy.appendingPathComponent("golden")).contains { $0.hasSuffix(".png") })
    }

    @Test func aMissingSuiteCannotRun() throws {
        let result = try CLI.run(["golden", "check", "/nonexistent/suite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("找不到 /nonexistent/suite/cases"))
    }
}
