import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// Both editions and the variant, from report files through both serializers, read back.
@Suite struct EditionTests {
    static func skeleton(_ edition: String, year: Int) throws -> String {
        let format = try TemplateLibrary().format(edition)
        return Fixtures.reportFile(ReportSkeleton(format: format).yaml(agency: "测试单位", year: year))
    }

    static func grids(_ path: String) throws -> (docx: [WordGrid], odt: [WordGrid]) {
        let docx = try WordGrid.tables(inDocumentXML: try ZipReader(try Fixtures.docx(path)).data("word/document.xml"))
        let odt = try ODFGrid.tables(inContentXML: try ZipReader(try Fixtures.odt(path)).data("content.xml"))
        return (docx, odt)
    }

    static func expectSameShapeAndLabels(_ actual: WordGrid, _ expected: WordGrid, _ what: String) {
        #expect(actual.columns == expected.columns && actual.rows == expected.rows, "\(what): size")
        #expect(actual.cells.count == expected.cells.count, "\(what): cell count")
        for (a, e) in zip(actual.cells, expected.cells) {
            #expect(a.row == e.row && a.column == e.column && a.rowSpan == e.rowSpan && a.colSpan == e.colSpan, "\(what): \(a) vs \(e)")
            if e.text != "N" && e.text != "AMOUNT" { #expect(a.text == e.text, "\(what): \(a) vs \(e)") }
        }
    }

    @Test(.needsShared, arguments: ["2019", "2021"])
    func bothFormatsMatchFormatsMarkdown(_ edition: String) throws {
        let path = try Self.skeleton(edition, year: edition == "2019" ? 2020 : 2021)
        let (docx, odt) = try Self.grids(path)
        let headings = ["## Table 二 — edition \(edition)", "## Table 三", "## Table 四"]
        #expect(docx.count == 3 && odt.count == 3)
        for (i, heading) in headings.enumerated() {
            let expected = try FormatsReference.table(heading, edition: edition)
            Self.expectSameShapeAndLabels(docx[i], expected, "\(edition) DOCX \(heading)")
            Self.expectSameShapeAndLabels(odt[i], expected, "\(edition) ODT \(heading)")
        }
    }

    @Test(.needsShared, arguments: ["2019", "2021"])
    func everyPartStaysSchemaValid(_ edition: String) throws {
        let path = try Self.skeleton(edition, year: edition == "2019" ? 2020 : 2021)
        for (part, errors) in try Schemas.validateDOCX(try Fixtures.docx(path)) { #expect(errors.isEmpty, "\(edition) \(part): \(errors.prefix(2))") }
        for (part, errors) in try Schemas.validateODT(try Fixtures.odt(path)) { #expect(errors.isEmpty, "\(edition) \(part): \(errors.prefix(2))") }
    }

    @Test func editionFollowsTheYearUnlessNamed() throws {
        let library = TemplateLibrary()
        #expect(try library.edition(forYear: 2019) == "2019")
        #expect(try library.edition(forYear: 2020) == "2019")
        #expect(try library.edition(forYear: 2021) == "2021")
        #expect(try library.edition(forYear: 2026) == "2021")
        let named = Fixtures.reportFile(try String(contentsOfFile: try Self.skeleton("2021", year: 2021), encoding: .utf8)
            .replacingOccurrences(of: "year: 2021", with: "year: 2020"))
        #expect(try Fixtures.renderer.read(path: named).edition == "2021")
    }

    @Test(.needsShared) func theVariantIsOnlyAFileAndAddsItsRow() throws {
        // The variant file names its base and one change; no table of its own, no code.
        let variantURL = Paths.root.appendingPathComponent("templates/formats/2021-other-documents.yaml")
        let variantText = try String(contentsOf: variantURL, encoding: .utf8)
        #expect(variantText.contains("base: \"2021\""))
        #expect(!variantText.contains("\ntables:"))

        // A copy of the templates with nothing but the base editions, the style set and this file.
        let templates = Paths.temporaryDirectory("gkexport-templates")
        let bundled = Paths.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("formats"), withIntermediateDirectories: true)
        for file in ["formats/2019.yaml", "formats/2021.yaml", "formats/2021-other-documents.yaml"] {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(file), to: templates.appendingPathComponent(file))
        }
        try FileManager.default.copyItem(at: bundled.appendingPathComponent("styles"), to: templates.appendingPathComponent("styles"))
        let renderer = ReportRenderer(templates: TemplateLibrary(directory: templates))

        let format = try TemplateLibrary(directory: templates).format("2021-other-documents")
        let path = Fixtures.reportFile(ReportSkeleton(format: format).yaml(agency: "测试单位", year: 2022))
        let report = try renderer.read(path: path)
        #expect(report.edition == "2021-other-documents")
        let document = try renderer.document(for: report)
        let docx = try WordGrid.tables(inDocumentXML: try ZipReader(try renderer.bytes(document, format: .docx)).data("word/document.xml"))
        let odt = try ODFGrid.tables(inContentXML: try ZipReader(try renderer.bytes(document, format: .odt)).data("content.xml"))
        let base = try FormatsReference.table("## Table 二 — edition 2021", edition: "2021")
        for grid in [docx[0], odt[0]] {
            #expect(grid.rows == base.rows + 1)
            let labels = grid.cells.filter { $0.column == 0 }.map(\.text)
            #expect(labels.prefix(5) == ["第二十条第（一）项", "信息内容", "规章", "行政规范性文件", "其他主动公开文件"])
            // The new row has the three columns of its section.
            #expect(grid.cells.filter { $0.row == 4 }.count == 4)
        }
        #expect(docx == odt)
    }

    @Test func jsonTwinRendersTheSameBytes() throws {
        let yaml = try Fixtures.docx(Paths.example.path)
        let json = try Fixtures.docx(Paths.root.appendingPathComponent("examples/fengcheng-2020.json").path)
        #expect(json == yaml)
    }
}
