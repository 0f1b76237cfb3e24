import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// The example rendered by LibreOffice and measured on the PDF against print.md. Runs wherever
/// `soffice` is installed and always in CI (where a missing LibreOffice is a failure).
@Suite(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
struct PrintLayoutTests {
    static func renderExample(_ format: OutputFormat) throws -> PrintMeasurements {
        let dir = Paths.temporaryDirectory("gkexport-print")
        let file = dir.appendingPathComponent("example.\(format.rawValue)")
        try Data(try Fixtures.render(Paths.example.path, format)).write(to: file)
        let pdf = dir.appendingPathComponent("example.pdf")
        try PDFConverter().convert(file, to: pdf)
        return try PrintMeasurements(pdf: pdf)
    }

    @Test func docxAndODTPrintTheSameNumberOfPages() throws {
        let docx = try Self.renderExample(.docx).text.pages.count
        let odt = try Self.renderExample(.odt).text.pages.count
        #expect(docx == odt, "DOCX \(docx) pages, ODT \(odt)")
        print("pages: DOCX \(docx), ODT \(odt)")
    }

    @Test(arguments: [OutputFormat.docx, .odt])
    func measuresAsPrintMdSays(_ format: OutputFormat) throws {
        let m = try Self.renderExample(format)
        let pages = m.text.pages.count
        #expect(pages >= 4 && pages <= 6, "pages: \(pages)")

        for (w, h) in m.pageSizes {
            #expect(abs(w - 595.3) < 1 && abs(h - 841.9) < 1, "not A4: \(w) × \(h)")
        }
        #expect(m.bodyLeftEdges.count >= 3)
        for edge in m.bodyLeftEdges {
            #expect(abs(edge - 28) <= 1, "body left edge \(edge) mm")
        }

        let pitches = m.linePitches.sorted()
        #expect(pitches.count > 40)
        let median = pitches[pitches.count / 2]
        #expect(abs(median - 28.95) <= 1, "line pitch \(median) pt")

        let counts = m.fullLineCounts
        let with28 = counts.filter { $0 == 28 }.count
        #expect(counts.count >= 10 && with28 * 2 > counts.count, "full-line character counts: \(counts)")

        for number in m.pageNumbers {
            guard let line = number.found else {
                Issue.record("page \(number.page) has no — \(number.page) —")
                continue
            }
            let centreFromBottom = (m.text.pages[0].height - (line.yMin + line.yMax) / 2) / PrintMeasurements.mm
            #expect(centreFromBottom > 25 && centreFromBottom < 31, "page \(number.page): number \(centreFromBottom) mm above the bottom")
            if number.page % 2 == 1 {
                let gap = m.right - line.xMax
                #expect(gap > 8 && gap < 22, "odd page \(number.page): \(gap) pt from the right edge")
            } else {
                let gap = line.xMin - m.left
                #expect(gap > 8 && gap < 22, "even page \(number.page): \(gap) pt from the left edge")
            }
        }

        let tableLines = m.text.pages.flatMap { m.tableLines($0) }
        #expect(tableLines.count > 50)
        for line in tableLines {
            #expect(line.xMin >= m.left - 1 && line.xMax <= m.right + 1, "table text outside the text block: \(line)")
        }
        print("print layout \(format.rawValue): \(pages) pages, left edges \(m.bodyLeftEdges.map { String(format: "%.2f", $0) }) mm, "
              + "median pitch \(String(format: "%.2f", median)) pt, \(with28)/\(counts.count) full CJK lines hold 28 characters")
    }
}
