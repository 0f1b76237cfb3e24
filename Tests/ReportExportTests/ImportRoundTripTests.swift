import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// Every example and golden case: render, import the DOCX, the ODT and the HTML page, render
/// the imported report again — the same bytes as the first render.
@Suite struct ImportRoundTripTests {
    /// The examples, then any golden case source that is not one of them (the project's
    /// golden cases reference the examples, so each file is rendered once).
    static let goldenSources: [String] = {
        let suite = GoldenSuite(directory: Paths.root.appendingPathComponent("Tests/Golden"), renderer: Fixtures.renderer)
        return ((try? suite.cases()) ?? []).map(\.source.standardizedFileURL.path)
    }()

    static let inputs: [String] = {
        let examples = Paths.root.appendingPathComponent("examples")
        let listed = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
            .map { examples.appendingPathComponent($0).standardizedFileURL.path }
        return listed + goldenSources.filter { !listed.contains($0) }
    }()

    @Test func thereAreCases() {
        #expect(Self.inputs.count >= 5)
        #expect(Self.goldenSources.count == 5)
        #expect(Self.goldenSources.allSatisfy(Self.inputs.contains))
    }

    @Test(arguments: inputs)
    func importedReportRendersTheSameBytes(_ path: String) throws {
        let renderer = Fixtures.renderer
        let document = try renderer.document(for: try renderer.read(path: path))
        let docx = try renderer.bytes(document, format: .docx)
        let odt = try renderer.bytes(document, format: .odt)
        let html = try renderer.bytes(document, format: .html)
        for (label, imported) in [("docx", try ReportImporter().read(bytes: docx, kind: "docx")), ("odt", try ReportImporter().read(bytes: odt, kind: "odt")),
                                  ("html", try ReportImporter().read(bytes: html, kind: "html"))] {
            let result = try ReportRecognizer().recognize(imported)
            #expect(result.unplaced.isEmpty, "\(label): \(result.unplaced)")
            #expect(result.corrected.isEmpty, "\(label): \(result.corrected)")
            let file = Fixtures.reportFile(result.yaml)
            let again = try renderer.document(for: try renderer.read(path: file))
            #expect(try renderer.bytes(again, format: .docx) == docx, "\(path) via \(label): DOCX differs")
            #expect(try renderer.bytes(again, format: .odt) == odt, "\(path) via \(label): ODT differs")
        }
    }
}

@Suite struct SeedImportTests {
    @Test(.needsShared) func theSeedTextImportsWithEveryNumberAndSentence() throws {
        let seed = Paths.shared.appendingPathComponent("seeds/000_301ed09330789fba.txt")
        let result = try ReportImporter().recognize(path: seed.path)
        #expect(result.agency == "丰城市行政审批局" && result.year == 2020 && result.edition == "2019")
        #expect(result.attachment == "附件2")
        #expect(result.unplaced.isEmpty, "\(result.unplaced)")
        #expect(result.corrected == [
            "「第二十六条第（六）项」→「第二十条第（六）项」",
            "「（二）部分公开（区分处理的），只计这一情形，不计其他情形」→「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」",
            "「（三）不予以公开」→「（三）不予公开」",
            "「5、属于第三类内部事务信息」→「5.属于三类内部事务信息」",
            "「1、信访举报类申请」→「1.信访举报投诉类申请」",
        ])
        // Rendered, it carries the seed's numbers and sentences: the same document the
        // hand-written example gives.
        let file = Fixtures.reportFile(result.yaml)
        #expect(try Fixtures.docx(file) == Fixtures.docx(Paths.example.path))
        #expect(try Fixtures.odt(file) == Fixtures.odt(Paths.example.path))
    }

    @Test func anHTMLPageWithMergedCellsImports() throws {
        // A page as a government site publishes it: the three tables with rowspan/colspan, the
        // narrative in <p>, built here from the example's own rendered tables.
        let renderer = Fixtures.renderer
        let docx = try renderer.bytes(try renderer.document(for: try renderer.read(path: Paths.example.path)), format: .docx)
        let imported = try ReportImporter().read(bytes: docx, kind: "docx")
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title><style>td{border:1px}</style></head><body>\n"
        for block in imported.blocks {
            switch block {
            case .paragraph(let p):
                html += "<p>\n    \(p.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))\n</p>\n"
            case .table(let t):
                html += "<table>\n"
                for r in 0..<t.rows {
                    html += "<tr>" + t.cells.filter { $0.row == r }.map { c in
                        "<td rowspan=\"\(c.rowSpan)\" colspan=\"\(c.colSpan)\">\(c.text.replacingOccurrences(of: "\n", with: "<br>"))</td>"
                    }.joined() + "</tr>\n"
                }
                html += "</table>\n"
            }
        }
        html += "<script>var x = '<p>not text</p>';</script></body></html>"
        let page = Paths.temporaryDirectory("gkexport-html").appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let result = try ReportImporter().recognize(path: page.path)
        #expect(result.unplaced.isEmpty, "\(result.unplaced)")
        #expect(try Fixtures.docx(Fixtures.reportFile(result.yaml)) == docx)
    }
}
