import Foundation
import OOXMLWriter
@testable import ReportExport
import SampleReports
import Testing
import TestSupport

/// The page range estimated from our own layout: wide enough for every real rendering, narrow
/// enough that a truncated, blank or runaway PDF falls outside.
@Suite struct PageEstimateTests {
    static func seed() throws -> Document {
        try Fixtures.renderer.document(for: try Fixtures.renderer.read(path: Paths.example.path))
    }

    /// The seed with its narratives replaced by `paragraphs` paragraphs of 60 characters each.
    static func withNarrative(_ document: Document, paragraphs: Int) -> Document {
        var copy = document
        let body = String(repeating: "本机关依法推进政府信息公开工作，", count: 4)
        let extra = (0..<paragraphs).map { _ in Block.paragraph(Paragraph(style: "Body", text: body)) }
        // After the title: the first part's heading and its narrative grow by `extra`.
        copy.body.insert(contentsOf: extra, at: 2)
        return copy
    }

    /// The seed with every table's body rows (those after its header rows) repeated `times`
    /// times: 0 leaves the header rows alone.
    static func withRows(_ document: Document, times: Int) throws -> Document {
        var copy = document
        copy.body = try document.body.map { block in
            guard case .table(let table) = block else { return block }
            let header = table.rows.prefix { $0.isHeader }
            let body = table.rows.dropFirst(header.count)
            let rows = Array(header) + (0..<times).flatMap { _ in body }
            guard !rows.isEmpty else { return block }
            return .table(try Table(columnWidths: table.columnWidths, rows: rows, borderWidth: table.borderWidth,
                                    cellPadding: table.cellPadding, caption: table.caption))
        }
        return copy
    }

    @Test func seedRangeExcludesTruncatedAndRunawayCounts() throws {
        let range = PageEstimate.range(of: try Self.seed())
        #expect(range.lowest >= 3, "\(range)")
        #expect(range.highest <= 12, "\(range)")
        #expect(!range.contains(1))
        #expect(!range.contains(40))
    }

    @Test func moreTextMeansMorePages() throws {
        let seed = try Self.seed()
        let short = PageEstimate.range(of: Self.withNarrative(seed, paragraphs: 0))
        let long = PageEstimate.range(of: Self.withNarrative(seed, paragraphs: 200))
        // 200 paragraphs of 64 characters on a 28-character line are 600 lines, 27 pages of 22.
        #expect(long.lowest >= short.highest, "\(short) vs \(long)")
        #expect(long.lowest >= 18 && long.highest <= 50, "\(long)")
    }

    @Test func moreRowsMeanMorePages() throws {
        let seed = try Self.seed()
        let none = PageEstimate.range(of: try Self.withRows(seed, times: 0))
        let many = PageEstimate.range(of: try Self.withRows(seed, times: 10))
        #expect(none.lowest >= 1 && none.highest < many.lowest, "\(none) vs \(many)")
    }

    @Test func aParagraphWrapsOnTheCharacterGrid() throws {
        let seed = try Self.seed()
        let measure = PageEstimate.Measure(styles: Dictionary(uniqueKeysWithValues: seed.styles.map { ($0.id, $0) }),
                                           defaultStyle: seed.defaultStyle, pitch: seed.section.linePitch?.points ?? 0)
        let width = seed.section.textWidth.points
        let line = measure.height(Paragraph(style: "Body", text: "一"), width: width)
        // Body text: 2 characters of first-line indent, so 26 fit the first line and 28 each after.
        #expect(measure.height(Paragraph(style: "Body", text: String(repeating: "一", count: 26)), width: width) == line)
        #expect(measure.height(Paragraph(style: "Body", text: String(repeating: "一", count: 27)), width: width) == 2 * line)
        #expect(measure.height(Paragraph(style: "Body", text: String(repeating: "a", count: 52)), width: width) == line)
        #expect(measure.height(Paragraph(style: "Body", runs: [Run("一"), Run(content: .lineBreak), Run("一")]), width: width) == 2 * line)
    }

    @Test func rangeText() {
        #expect(PageRange(lowest: 3, highest: 7).description == "3–7 页")
        #expect(PageRange(lowest: 2, highest: 2).description == "2 页")
        #expect(PageRange(lowest: 5, highest: 1).highest == 5)
    }
}

/// Every example and a spread of synthetic sizes, printed by LibreOffice from DOCX and ODT, fall
/// inside their estimated ranges. All documents go through one LibreOffice start.
@Suite(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs LibreOffice (soffice)"))
struct PageEstimateLibreOfficeTests {
    @Test func realPageCountsFallInsideTheRange() throws {
        let dir = Paths.temporaryDirectory("gkexport-pages")
        var documents: [(String, Document)] = []
        let examples = try FileManager.default.contentsOfDirectory(atPath: Paths.example.deletingLastPathComponent().path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        for name in examples {
            let path = Paths.example.deletingLastPathComponent().appendingPathComponent(name).path
            documents.append((name, try Fixtures.renderer.document(for: try Fixtures.renderer.read(path: path))))
        }
        let library = TemplateLibrary()
        let samples = SampleReports(format: try library.format("2021"), year: 2021)
        for i in [0, 7, 42] {
            let path = Fixtures.reportFile(samples.variedReportFile(i), name: "sample\(i).yaml")
            documents.append(("sample\(i)", try Fixtures.renderer.document(for: try Fixtures.renderer.read(path: path))))
        }
        let seed = try PageEstimateTests.seed()
        for n in [1, 10, 40, 120, 300] {
            documents.append(("narrative+\(n)", PageEstimateTests.withNarrative(seed, paragraphs: n)))
        }
        for times in [0, 2, 5, 12] {
            documents.append(("rows×\(times)", try PageEstimateTests.withRows(seed, times: times)))
        }

        var inputs: [URL] = [], ranges: [PageRange] = [], names: [String] = []
        for (i, (name, document)) in documents.enumerated() {
            let range = PageEstimate.range(of: document)
            for format in [OutputFormat.docx, .odt] {
                let file = dir.appendingPathComponent("d\(i).\(format.rawValue)")
                try Data(try Fixtures.renderer.bytes(document, format: format)).write(to: file)
                inputs.append(file)
                ranges.append(range)
                names.append("\(name) (\(format.rawValue))")
            }
        }
        let pdfs = try Self.convert(inputs, in: dir)
        var widths: [Int] = []
        for (i, pdf) in pdfs.enumerated() {
            let bytes = [UInt8](try Data(contentsOf: pdf))
            let pages = PDFCheck.pages(bytes, path: pdf.path)
            #expect(ranges[i].contains(pages), "\(names[i]): \(pages) pages, estimated \(ranges[i])")
            print("\(names[i]): \(pages) pages, estimated \(ranges[i]) (\(String(format: "%.2f", PageEstimate.estimate(documents[i / 2].1))) pages of content)")
            widths.append(ranges[i].width)
        }
        let median = widths.sorted()[widths.count / 2]
        print("page estimate: \(pdfs.count) PDFs, every page count checked against its range; median width \(median) pages, widest \(widths.max() ?? 0)")
    }

    /// One LibreOffice start over every file, like the pool; files in ODT and DOCX share stems.
    static func convert(_ inputs: [URL], in dir: URL) throws -> [URL] {
        let converter = try PDFConverter()
        let out = dir.appendingPathComponent("pdf")
        var pdfs: [URL] = []
        for format in ["docx", "odt"] {
            let batch = inputs.filter { $0.pathExtension == format }
            let folder = out.appendingPathComponent(format)
            var environment = ProcessInfo.processInfo.environment
            environment["FONTCONFIG_FILE"] = try converter.fonts.file().path
            try Shell.run(converter.soffice, ["-env:UserInstallation=\(dir.appendingPathComponent("profile").absoluteURL.absoluteString)",
                                              "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path] + batch.map(\.path),
                          environment: environment)
        }
        for input in inputs {
            let pdf = out.appendingPathComponent(input.pathExtension).appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no \(pdf.lastPathComponent)")
            pdfs.append(pdf)
        }
        return pdfs
    }
}
