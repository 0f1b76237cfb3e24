import Foundation
import Testing
import TestSupport
@testable import ReportExport

/// An unknown value, a value of the wrong kind or a missing key in a style set or a format file
/// is an error naming the file and the key (and, for an enum-like field, the values allowed) —
/// never a silent default.
@Suite struct TemplateValueTests {
    /// A copy of the bundled templates with one file's text changed.
    static func templates(_ folder: String, _ file: String, replacing old: String, with new: String) throws -> TemplateLibrary {
        let dir = Paths.temporaryDirectory("gkexport-template-values")
        for sub in ["formats", "styles"] {
            try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("templates/\(sub)"), to: dir.appendingPathComponent(sub))
        }
        let url = dir.appendingPathComponent(folder).appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(old) not in \(file)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        return TemplateLibrary(directory: dir)
    }

    static func styleFailure(replacing old: String, with new: String) throws -> TemplateError {
        let library = try templates("styles", "gbt9704.yaml", replacing: old, with: new)
        return try #require(throws: TemplateError.self) { try library.styleSet("gbt9704") }
    }

    @Test func anUnknownAlignNamesFileKeyAndChoices() throws {
        let error = try Self.styleFailure(replacing: "title: {name: 标题, font: 方正小标宋简体, size: 22, align: center",
                                          with: "title: {name: 标题, font: 方正小标宋简体, size: 22, align: middle")
        #expect(error.path.hasSuffix("styles/gbt9704.yaml"))
        #expect(error.key == "paragraphs.title.align")
        #expect(error.message == "样式集「gbt9704」（\(error.path)）：paragraphs.title.align 应为 left、center、right 或 justify，写的是“middle”")
    }

    @Test func anUnknownLookNamesFileKeyAndChoices() throws {
        let error = try Self.styleFailure(replacing: "look: sans", with: "look: gothic")
        #expect(error.path.hasSuffix("styles/gbt9704.yaml"))
        #expect(error.key == "fonts[2].look")
        #expect(error.message.contains("fonts[2].look 应为 serif、sans、script、monospace 或 decorative，写的是“gothic”"), "\(error.message)")
    }

    @Test func aRendererSaysTheTemplateErrorTyped() throws {
        let library = try Self.templates("styles", "gbt9704.yaml", replacing: "look: sans", with: "look: gothic")
        let renderer = ReportRenderer(templates: library)
        let loaded = try renderer.load(path: Paths.example.path)
        #expect {
            _ = try renderer.document(for: loaded)
        } throws: { error in
            guard case .template(let template) = error as? ReportRenderer.Failure else { return false }
            return template.key == "fonts[2].look" && template.path.hasSuffix("styles/gbt9704.yaml")
        }
    }

    @Test func aWrongKindOfValueNamesItsKey() throws {
        let error = try Self.styleFailure(replacing: "line_pitch: 28.95", with: "line_pitch: 二十八")
        #expect(error.key == "line_pitch")
        #expect(error.message.hasSuffix("：line_pitch 应为数"), "\(error.message)")
        let list = try Self.styleFailure(replacing: "line_pitch: 28.95", with: "line_pitch: [28.95]")
        #expect(list.key == "line_pitch")
        #expect(list.message.hasSuffix("：line_pitch 应为单个值（不是列表或映射）"), "\(list.message)")
    }

    @Test func aMissingKeyIsNamed() throws {
        let error = try Self.styleFailure(replacing: "  padding: 1\n", with: "")
        #expect(error.key == "tables.padding")
        #expect(error.message.contains("缺少 tables.padding"), "\(error.message)")
    }

    @Test func anUnknownCellStyleInAFormatNamesFileAndKey() throws {
        let library = try Self.templates("formats", "2021.yaml", replacing: "style: head", with: "style: heading")
        let error = try #require(throws: TemplateError.self) { try library.format("2021") }
        #expect(error.path.hasSuffix("formats/2021.yaml"))
        let key = try #require(error.key)
        #expect(key.wholeMatch(of: /tables\[\d+\]\.rows\[\d+\]\.cells\[\d+\]\.style/) != nil, "\(key)")
        #expect(error.message.contains("\(key) 应为 head、section、group 或 label，写的是“heading”"), "\(error.message)")
        #expect(error.message.hasPrefix("报告格式「2021」（\(error.path)）："), "\(error.message)")
    }

    @Test func anUnknownSeverityInACrossYearRuleNamesItsKey() throws {
        let library = try Self.templates("formats", "2021.yaml", replacing: "severity: warning", with: "severity: fatal")
        let error = try #require(throws: TemplateError.self) { try library.format("2021") }
        #expect(error.path.hasSuffix("formats/2021.yaml"))
        let key = try #require(error.key)
        #expect(key.wholeMatch(of: /cross_year\[\d+\]\.severity/) != nil, "\(key)")
        #expect(error.message.contains("\(key) 应为 error 或 warning，写的是“fatal”"), "\(error.message)")
    }

    @Test func aWrongCrossYearIdNamesItsKey() throws {
        let library = try Self.templates("formats", "2021.yaml", replacing: "table: proactive\n", with: "table: proactiv\n")
        let error = try #require(throws: TemplateError.self) { try library.format("2021") }
        #expect(error.key?.wholeMatch(of: /cross_year\[\d+\]\.table/) != nil, "\(error.key ?? "nil")")
    }

    @Test func keyPathsReadAsTheFileSpellsThem() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) { stringValue = "Index \(intValue)"; self.intValue = intValue }
        }
        let path: [CodingKey] = [Key(stringValue: "tables"), Key(intValue: 2), Key(stringValue: "rows"), Key(intValue: 5),
                                 Key(stringValue: "cells"), Key(intValue: 0), Key(stringValue: "style")]
        #expect(TemplateKeyPath.string(path) == "tables[2].rows[5].cells[0].style")
        #expect(TemplateKeyPath.choices(["error", "warning"]) == "error 或 warning")
        #expect(TemplateKeyPath.choices(["a", "b", "c"]) == "a、b 或 c")
    }
}
