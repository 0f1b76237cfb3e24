import Foundation
import OOXMLWriter
import ReportExport
import Testing
import TestSupport

/// Rows joined by a vertical merge never break across pages, and header rows repeat above a
/// continued table, on LibreOffice's PDF of both formats: the seed's narrative grows one line at
/// a time (30 positions, more than a page of 22 lines), pushing its tables down through every
/// place a page can end. All documents go through one LibreOffice start; each PDF is read with
/// `pdftotext -raw`, which gives a cell's lines one after another, so a cell's text is found
/// whole on a page once white space is removed.
@Suite(.enabled(if: (Shell.has("soffice") && Shell.has("pdftotext")) || ProcessInfo.processInfo.environment["CI"] != nil,
                "needs LibreOffice (soffice) and poppler's pdftotext"))
struct TableGroupPagesTests {
    static let positions = 30

    /// What must hold on the pages for one table.
    struct TableExpectation {
        /// The header rows' cell texts in reading order, white space removed.
        var header: String
        /// Each body row's label (its last text cell that is not a number).
        var rowLabels: [String]
        /// For each vertical merge in the body: its own text and the labels of the rows it joins.
        var groups: [[String]]
    }

    @Test func mergedGroupsStayOnOnePageAndHeadersRepeat() throws {
        let dir = Paths.temporaryDirectory("gkexport-groups")
        var inputs: [URL] = []
        var expectations: [TableExpectation] = []
        for n in 0..<Self.positions {
            let report = try Fixtures.renderer.read(path: Fixtures.reportFile(Self.narrative(extraLines: n), name: "p\(n).yaml"))
            let document = try Fixtures.renderer.document(for: report)
            if n == 0 { expectations = Self.expectations(document) }
            for format in [OutputFormat.docx, .odt] {
                let file = dir.appendingPathComponent(String(format: "p%02d-%@.%@", n, format.rawValue, format.rawValue))
                try Data(try Fixtures.renderer.bytes(document, format: format)).write(to: file)
                inputs.append(file)
            }
        }
        // The control: the seed as it was before rows kept with the next, where LibreOffice cut
        // group （四） across pages 3 and 4 — the check below must see that.
        let seed = try Fixtures.renderer.document(for: try Fixtures.renderer.read(path: Paths.example.path))
        let control = dir.appendingPathComponent("control-docx.docx")
        try Data(try Fixtures.renderer.bytes(Self.withoutKeeps(seed), format: .docx)).write(to: control)
        inputs.append(control)

        #expect(expectations.contains { !$0.groups.isEmpty }, "the seed has tables with vertical merges")
        let pdfs = try Self.convert(inputs, in: dir)

        var continued = 0
        for (input, pdf) in zip(inputs, pdfs) {
            let pages = try Self.pageTexts(pdf)
            let problems = Self.problems(pages, expectations)
            if input == control {
                #expect(problems.contains { $0.contains("（四）无法提供") }, "the control shows no split group: \(problems)")
                continue
            }
            #expect(problems.isEmpty, "\(input.lastPathComponent): \(problems.joined(separator: "; "))")
            // Tables with header rows (二's labels recur in the narrative, and it repeats no header).
            let headed = expectations.filter { !$0.header.isEmpty }
            continued += headed.filter { Self.pagesHolding($0.rowLabels, pages).count > 1 }.count
            let spread = headed.filter { !$0.rowLabels.isEmpty }.map { Self.pagesHolding($0.rowLabels, pages).sorted().map(String.init).joined(separator: "–") }
            print("\(input.lastPathComponent): \(pages.count) pages, tables on pages \(spread.joined(separator: ", "))")
        }
        // Positions where a table continues onto a second page are where headers must repeat.
        #expect(continued >= 10, "only \(continued) continued tables in \(Self.positions) positions")
        print("table groups: \(inputs.count - 1) PDFs checked, \(continued) continued tables, no group split, headers repeated")
    }

    /// The example with `extraLines` one-line paragraphs added to its overview, before 表二 and 表三.
    static func narrative(extraLines: Int) -> String {
        let anchor = "  （三）监督保障\n"
        let text = Fixtures.exampleText
        precondition(text.contains(anchor), "the example's overview has changed")
        let extra = (0..<extraLines).map { "  补充说明第\($0 + 1)项。\n" }.joined()
        return text.replacingOccurrences(of: anchor, with: extra + anchor)
    }

    /// Header text, row labels and groups of every table, from the laid-out document (the
    /// spans as the format gives them, not as any serializer writes them).
    static func expectations(_ document: Document) -> [TableExpectation] {
        document.body.compactMap { block -> TableExpectation? in
            guard case .table(let table) = block else { return nil }
            let header = table.rows.prefix { $0.isHeader }.flatMap(\.cells).map(text).joined()
            let headerCount = table.rows.prefix { $0.isHeader }.count
            var labels: [String] = []
            var groups: [[String]] = []
            for row in table.rows[headerCount...] {
                labels.append(row.cells.filter { $0.rowSpan == 1 }.map(text).last { !isNumber($0) } ?? "")
            }
            for (r, row) in table.rows.enumerated() where r >= headerCount {
                for cell in row.cells where cell.rowSpan > 1 {
                    let joined = (r..<(r + cell.rowSpan)).map { labels[$0 - headerCount] }.filter { !$0.isEmpty }
                    groups.append([text(cell)] + joined)
                }
            }
            return TableExpectation(header: header, rowLabels: labels.filter { !$0.isEmpty }, groups: groups)
        }
    }

    static func text(_ cell: Cell) -> String {
        cell.paragraphs.map(\.plainText).joined().filter { !$0.isWhitespace }
    }

    static func isNumber(_ text: String) -> Bool {
        text.isEmpty || text.allSatisfy { $0.isNumber || $0 == "." || $0 == "万" || $0 == "-" }
    }

    /// What is wrong on these pages: a group whose texts are not all on one page, or a page
    /// holding a table's body rows without its header.
    static func problems(_ pages: [String], _ expectations: [TableExpectation]) -> [String] {
        var problems: [String] = []
        for table in expectations {
            for group in table.groups {
                let found = group.map { needle in (needle, pages.indices.filter { pages[$0].contains(needle) }.map { $0 + 1 }) }
                if Set(found.flatMap(\.1)).count != 1 || found.contains(where: { $0.1.count != 1 }) {
                    problems.append("group split: " + found.map { "\($0.0) on \($0.1)" }.joined(separator: ", "))
                }
            }
            guard !table.header.isEmpty else { continue }
            for page in pagesHolding(table.rowLabels, pages) where !pages[page - 1].contains(table.header) {
                problems.append("page \(page) holds rows of a table without its header rows")
            }
        }
        return problems
    }

    /// The 1-based pages on which any of `labels` is found.
    static func pagesHolding(_ labels: [String], _ pages: [String]) -> Set<Int> {
        Set(pages.indices.filter { page in labels.contains { pages[page].contains($0) } }.map { $0 + 1 })
    }

    static func pageTexts(_ pdf: URL) throws -> [String] {
        let raw = try Shell.run("/usr/bin/env", ["pdftotext", "-raw", pdf.path, "-"]).output
        var pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { String($0.filter { !$0.isWhitespace }) }
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }

    /// All files to PDF in one LibreOffice start, with the project's font mapping and a fresh profile.
    static func convert(_ inputs: [URL], in dir: URL) throws -> [URL] {
        let converter = try PDFConverter()
        let out = dir.appendingPathComponent("pdf")
        let profile = dir.appendingPathComponent("profile")
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = try converter.fonts.file().path
        try Shell.run(converter.soffice, ["-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
                                          "--convert-to", "pdf", "--outdir", out.path] + inputs.map(\.path),
                      environment: environment)
        return try inputs.map { input in
            let pdf = out.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no \(pdf.lastPathComponent)")
            return pdf
        }
    }

    /// The document with no row keeping with the next, as every table was laid out before.
    static func withoutKeeps(_ document: Document) throws -> Document {
        var copy = document
        copy.body = try document.body.map { block in
            guard case .table(let table) = block else { return block }
            let rows = table.rows.map { row in
                var row = row
                row.keepWithNext = false
                return row
            }
            return .table(try Table(columnWidths: table.columnWidths, rows: rows, borderWidth: table.borderWidth,
                                    cellPadding: table.cellPadding))
        }
        return copy
    }
}
