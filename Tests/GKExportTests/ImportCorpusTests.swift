import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import SampleReports
import ReportExport
import Testing
import TestSupport

/// Reports as agencies publish them (Tests/Corpus/import-real, built by
/// scripts/import-corpus/generate.py): `gkexport import` reads every number each one holds, or
/// exits 2 naming exactly the rows it could not read — and never writes a number it did not read.
@Suite struct ImportCorpusTests {
    static let folder = Paths.root.appendingPathComponent("Tests/Corpus/import-real")

    struct Expected: Decodable {
        let exit: Int32
        let agency: String
        let year: Int
        let edition: String
        let values: [String: [String: [String: String]]]
        let missing: [String]
        /// Narrative parts whose paragraphs must come back as printed (page furniture and the
        /// signature gone).
        let narratives: [String: [String]]
    }

    static let cases: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }()

    /// Converters the case needs that are not installed: such a case is skipped, not failed.
    static func missingTool(_ name: String) -> String? {
        let ext = (name as NSString).pathExtension
        let tool = ext == "pdf" ? "pdftotext" : ["doc", "wps", "rtf"].contains(ext) ? "soffice" : nil
        guard let tool else { return nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") } ? nil : tool
    }

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 25)
        let kinds = Set(Self.cases.map { ($0 as NSString).pathExtension })
        #expect(kinds.isSuperset(of: ["html", "docx", "doc", "wps", "rtf", "pdf", "md", "txt"]), "\(kinds)")
    }

    @Test(arguments: cases)
    func importReadsEveryNumberOrSaysWhichNot(_ name: String) throws {
        guard Self.missingTool(name) == nil else { return }
        let input = Self.folder.appendingPathComponent(name)
        let stem = (name as NSString).deletingPathExtension
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent(stem + ".expected.json")))
        let output = Paths.temporaryDirectory("gkexport-corpus").appendingPathComponent("report.yaml")
        let result = try CLI.run(["import", input.path, "-o", output.path])
        #expect(result.status == expected.exit, "\(name): exit \(result.status)\n\(result.stderr)")
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("待填") == (expected.exit == 2), "\(name): 待填 markers do not match the exit code")

        // The file as the report-file reader sees it: every value read equals the document's,
        // and no value is there that the document does not hold.
        let loaded = try ReportFileReader().load(path: output.path)
        if expected.exit == 0 {
            #expect(loaded.errors.isEmpty, "\(name): the imported file does not validate: \(loaded.errors)")
        } else {
            #expect(!loaded.errors.isEmpty, "\(name): a partial import must not validate")
        }
        #expect(loaded.report.agency == expected.agency, "\(name): agency \(loaded.report.agency)")
        #expect(loaded.report.year == expected.year, "\(name): year \(loaded.report.year)")
        #expect(loaded.report.edition == expected.edition, "\(name): edition \(loaded.report.edition ?? "-")")
        var got: [String: String] = [:]
        for (key, v) in loaded.report.values.cells { got[key.path] = v.printed }
        var want: [String: String] = [:]
        for (t, rows) in expected.values { for (r, cols) in rows { for (c, v) in cols { want[CellKey(table: t, row: r, column: c).path] = v } } }
        for (key, value) in want.sorted(by: { $0.key < $1.key }) {
            #expect(got[key] == value, "\(name): \(key) is \(got[key] ?? "missing"), the document says \(value)")
        }
        for key in got.keys.sorted() where want[key] == nil {
            #expect(Bool(false), "\(name): \(key) = \(got[key]!) was not read from the document")
        }

        for (key, paragraphs) in expected.narratives.sorted(by: { $0.key < $1.key }) {
            let got = loaded.report.narratives[key]?.paragraphs.map(\.text) ?? []
            #expect(got == paragraphs, "\(name): \(key) is \(got)")
        }

        // Exit 2 names exactly what is missing: one 待填 line per missing row (or field).
        let missingLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("待填：") }
        #expect(missingLines.count == expected.missing.count, "\(name): \(missingLines)")
        guard let format = loaded.format else { return }
        for key in expected.missing {
            let parts = key.split(separator: ".").map(String.init)
            let needle = parts.count >= 2 ? format.table(parts[0])?.row(parts[1])?.displayLabel ?? key : "单位名称"
            #expect(missingLines.contains { $0.contains(needle) }, "\(name): nothing says \(key) is missing")
        }
    }
}
